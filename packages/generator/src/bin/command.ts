// What the bundled command (one CommonJS script, see ../code-cache.ts) offers its two entries: the
// command, a corpus worker process's loop, the precompiled validators' code caches to save, and
// the code identity the entry computed.
export { runCommand } from '../cli.js'
export { saveValidatorCodeCaches } from '../precompiled-validator.js'
export { adoptCodeIdentity } from '../run-stamp.js'

/**
 * Start a corpus worker process's loop. Imported when called, as corpus mode is (cli.ts): within
 * the one script, a dynamic import only defers running that code, which a one-article run then
 * never runs. Handlers are in place before the first message, which arrives in a later turn.
 */
export async function serveCorpusJobs(): Promise<void> {
  const { serveCorpusJobs: serve } = await import('../serve-corpus-jobs.js')
  serve()
}
