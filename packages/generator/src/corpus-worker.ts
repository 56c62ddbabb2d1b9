import { parentPort, workerData } from 'node:worker_threads'
import type { ArticleSummary } from '@mfa-residency/dataset'
import type { Article } from './discover-articles.js'
import { extractArticle } from './extract-article.js'
import type { Vocabulary } from './vocabulary/read-vocabulary.js'

/** A worker thread of the pool in worker-pool.ts: extracts the articles it is sent, one at a time. */
export interface WorkerJob {
  index: number
  article: Article
  /** The article's file from the last run, as memory. */
  memory: string | null
}

export type WorkerReply =
  | {
      index: number
      ok: true
      text: string
      summary: ArticleSummary
    }
  | { index: number; ok: false; message: string }

const { rootDir, sourceLocale, vocabulary } = workerData as {
  rootDir: string
  sourceLocale: string
  vocabulary: Vocabulary | null
}
const port = parentPort!

port.on('message', async ({ index, article, memory }: WorkerJob) => {
  try {
    const { text, summary } = await extractArticle(
      article,
      rootDir,
      sourceLocale,
      memory,
      vocabulary,
    )
    port.postMessage({ index, ok: true, text, summary } satisfies WorkerReply)
  } catch (error) {
    port.postMessage({ index, ok: false, message: (error as Error).message } satisfies WorkerReply)
  }
})
