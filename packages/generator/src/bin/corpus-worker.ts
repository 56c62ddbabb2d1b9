import { loadCommand } from './load-command.js'

// A corpus worker process of the bundled command (worker-pool.ts starts `corpus-worker.js` beside
// the bundle): the same bundle as the main thread. Only the main thread saves its code cache.
void loadCommand().exports.serveCorpusJobs()
