export { parseCommandLine } from './command-line.js'
export { exitOnClosedPipe } from './exit-on-closed-pipe.js'
export { findUp } from './find-up.js'
export {
  findRepositoryRoot,
  MANIFEST_PATH,
  type Manifest,
  type ManifestDoc,
  parseManifest,
  readManifest,
  type SourceDoc,
  type SourceFormat,
} from './manifest.js'
export { parseJsonFile } from './parse-json.js'
export { replaceFolder } from './replace-folder.js'
export { type InsidePath, resolveInside } from './resolve-inside.js'
export { sha256 } from './sha256.js'
export { type ColorOptions, useColor } from './use-color.js'
export {
  type FileData,
  type FileWrite,
  ReplaceFilesError,
  removeAbandonedStaging,
  replaceFiles,
  StagingFolder,
  writeFileAtomic,
} from './write-safely.js'
