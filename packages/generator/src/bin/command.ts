// What the bundled command (one CommonJS script, see ../code-cache.ts) offers its two entries: the
// command, a corpus worker process's loop, the precompiled validators' code caches to save, and
// the code identity the entry computed.
export { runCommand } from '../cli.js'
export { saveValidatorCodeCaches } from '../precompiled-validator.js'
export { adoptCodeIdentity } from '../run-stamp.js'
export { serveCorpusJobs } from '../serve-corpus-jobs.js'
