import { loadCommand } from './load-command.js'

// A corpus worker thread of the bundled command (worker-pool.ts starts `corpus-worker.js` beside
// the bundle): the same bundle and code cache as the main thread. The main thread saves the cache.
loadCommand().exports.serveCorpusJobs()
