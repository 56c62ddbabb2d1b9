// What the bundled command (one CommonJS script, see code-cache.ts) offers its two entries: the
// command, and a corpus worker thread's loop.
export { runCommand } from '../cli.js'
export { serveCorpusJobs } from '../serve-corpus-jobs.js'
