// What the bundled command (one CommonJS script, see ../code-cache.ts) offers its two entries: the
// command, a corpus worker thread's loop, and the precompiled validators' code caches to save.
export { runCommand } from '../cli.js'
export { saveValidatorCodeCaches } from '../precompiled-validator.js'
export { serveCorpusJobs } from '../serve-corpus-jobs.js'
