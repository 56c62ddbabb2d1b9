export {
  buildDataset,
  type Extraction,
  extractDataset,
  readSourceFiles,
  type SourceFile,
  serializeDataset,
} from './build-dataset.js'
export { parseCommandLine } from './command-line.js'
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
