export {
  type AppendOptions,
  type AppendResult,
  appendVersions,
  type IncomingVersion,
  planAppend,
} from './append-versions.js'
export { buildLedger, serializeHistory } from './build-ledger.js'
export { IndexError, parseIndex } from './corpus-index.js'
export { generateHistory } from './generate-history.js'
export { readFolderVersions } from './import-folder.js'
export { readGitVersions } from './import-git.js'
export { pulledVersion } from './pulled-version.js'
export { recordedVersions } from './recorded-versions.js'
export { versionDate } from './version-date.js'
export type { VersionRecord } from './version-record.js'
