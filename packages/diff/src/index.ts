export type {
  Action,
  Change,
  ChangeKind,
  Classification,
  Level,
  Report,
  SourceLines,
  Summary,
  SummaryEntity,
  UnmappedValue,
  WordEdit,
} from '@mfa-residency/compare'
export { DATASET_PACKAGE, formatChangeset } from './changeset.js'
export { compareSnapshots } from './compare-snapshots.js'
export { diffDocuments } from './diff-documents.js'
export {
  formatFailureMarkdown,
  formatMarkdown,
  MAX_LENGTH,
  type MarkdownOptions,
} from './format-markdown.js'
export { formatText, type TextOptions } from './format-text.js'
export { formattingChanges } from './formatting-changes.js'
export { COMMITTED_DATASET, resolveSnapshot, type Snapshot } from './snapshot.js'
