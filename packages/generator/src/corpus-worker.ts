import { serveCorpusJobs } from './serve-corpus-jobs.js'

// A worker thread of the pool in worker-pool.ts, as the library (dist/, not bundled) starts it.
serveCorpusJobs()
