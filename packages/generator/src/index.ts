export {
  type Matching,
  type MatchOptions,
  matchEntities,
  type Pair,
} from './alignment/match-entities.js'
export { deriveArticleSchema } from './article-schema.js'
export {
  buildDataset,
  type Extraction,
  type ExtractOptions,
  extractDataset,
  readSourceFiles,
  type SourceFile,
  serializeDataset,
} from './build-dataset.js'
export { parseCommandLine } from './command-line.js'
export { type Article, CorpusLayoutError, discoverArticles } from './discover-articles.js'
export { type ArticleSummary, extractArticle } from './extract-article.js'
export {
  CorpusError,
  type CorpusIndex,
  type CorpusOptions,
  type CorpusResult,
  generateCorpus,
  INDEX_FILE,
} from './generate-corpus.js'
export {
  findRepositoryRoot,
  MANIFEST_PATH,
  type Manifest,
  type ManifestDoc,
  parseManifest,
  readManifest,
} from './manifest.js'
export { summarizeChanges } from './summarize-changes.js'
export { assertValidDataset } from './validate-dataset.js'
export { writeFileAtomic } from './write-file-atomic.js'
