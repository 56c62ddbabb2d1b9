export {
  type AlignedPair,
  type AlignOptions,
  alignSequences,
  type Match,
} from './align-sequences.js'
export type {
  Block,
  CodeBlock,
  DocumentFormat,
  HeadingBlock,
  LearnPageMetadata,
  Link,
  ListBlock,
  ListItem,
  Locale,
  NoteBlock,
  ParagraphBlock,
  ParsedDocument,
  SourcePosition,
  TableBlock,
  TableRow,
} from './document.js'
export { normalizeMsDate } from './front-matter.js'
export { MAX_CONTAINER_COLUMNS, MAX_ELEMENT_DEPTH, MAX_SOURCE_BYTES } from './input-limits.js'
export { extractLearnArticle } from './learn-article.js'
export { loadDocumentReader } from './load-document-reader.js'
export { parseGfm } from './parse-gfm.js'
export { findQuantities, type Quantity } from './quantities/find-quantities.js'
export { type DocumentReader, type ReadDocumentOptions, readDocument } from './read-document.js'
export { type ReadOptions, readGfm } from './read-gfm.js'
export { type ReadLearnHtmlOptions, readLearnHtml } from './read-learn-html.js'
export { type ReadLearnTextOptions, readLearnText } from './read-learn-text.js'
export { IdRegistry, slugify } from './slug.js'
export { formatIssue, SourceError, type SourceIssue, sourceError } from './source-error.js'
export {
  type JoinedCell,
  type SplitOutcome,
  type SplitResult,
  splitJoinedCells,
} from './split-joined-cells.js'
