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
export { type Article, CorpusLayoutError, discoverArticles } from './discover-articles.js'
export { extractArticle } from './extract-article.js'
export {
  CorpusError,
  type CorpusOptions,
  type CorpusResult,
  generateCorpus,
  INDEX_FILE,
} from './generate-corpus.js'
export { withTermFields } from './older-datasets.js'
export { assertValidDataset } from './validate-dataset.js'
export type { TermIssue } from './vocabulary/link-terms.js'
export {
  parseVocabulary,
  readVocabulary,
  type Vocabulary,
  vocabularyOf,
} from './vocabulary/read-vocabulary.js'
