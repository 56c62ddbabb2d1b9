import { serveCorpusJobs } from './serve-corpus-jobs.js'

// A worker process of the pool in worker-pool.ts, as the library (dist/, not bundled) starts it.
serveCorpusJobs()
