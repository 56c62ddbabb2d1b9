import type { Worker } from 'node:worker_threads'
import type { ArticleSummary } from '@mfa-residency/dataset'
import { StagingFolder } from '@mfa-residency/repository'
import { workerThreads } from './builtins-on-demand.js'
import type { Article } from './discover-articles.js'
import { extractArticle, stageArticle } from './extract-article.js'
import type { WorkerJob, WorkerReply } from './serve-corpus-jobs.js'
import type { Vocabulary } from './vocabulary/read-vocabulary.js'

/** Where the articles are read from and their files go, shared by every thread. */
export interface ExtractionSetting {
  rootDir: string
  sourceLocale: string
  vocabulary?: Vocabulary | null
  outDir: string
  /** The run's staging folder, where changed article files are written; `null` in check mode. */
  stagingDir: string | null
}

/** One extracted article: its index entry, and whether its file changes (staged, if not checking). */
export interface StagedArticle {
  summary: ArticleSummary
  staged: boolean
}

/** An article to extract, with its file from the last run (absolute) as memory. */
export interface ExtractionItem {
  article: Article
  memory: string | null
}

// Below this many articles to extract, starting workers costs more than it saves.
const minArticlesPerWorker = 4
// Jobs sent ahead to each worker: with one, a worker sat idle 16 % of the time, waiting for the
// main thread to take its reply and send the next article.
const jobsInFlight = 2

/** Extract every pending article, in worker threads when there are enough of them. */
export async function extractAll<Item extends ExtractionItem>(
  pending: readonly Item[],
  setting: ExtractionSetting,
  jobs: number,
  accept: (item: Item, result: StagedArticle) => void,
  fail: (item: Item, message: string) => void,
): Promise<void> {
  const workers = Math.min(jobs, Math.floor(pending.length / minArticlesPerWorker))
  if (workers <= 1) return extractHere(pending, setting, accept, fail)
  return extractInWorkers(pending, setting, workers, accept, fail)
}

/** Extract the articles one by one in this thread. */
async function extractHere<Item extends ExtractionItem>(
  pending: readonly Item[],
  { rootDir, sourceLocale, vocabulary = null, outDir, stagingDir }: ExtractionSetting,
  accept: (item: Item, result: StagedArticle) => void,
  fail: (item: Item, message: string) => void,
): Promise<void> {
  const staging = stagingDir ? new StagingFolder(stagingDir) : null
  for (const item of pending) {
    const result = await extractArticle(
      item.article,
      rootDir,
      sourceLocale,
      item.memory,
      vocabulary,
    ).catch((error: Error) => {
      fail(item, error.message)
      return null
    })
    if (result)
      accept(item, { summary: result.summary, staged: stageArticle(result, outDir, staging) })
  }
}

/**
 * Extract the articles in `workers` threads, each kept `jobsInFlight` articles ahead: sent the
 * next one as it finishes one.
 */
async function extractInWorkers<Item extends ExtractionItem>(
  pending: readonly Item[],
  setting: ExtractionSetting,
  workers: number,
  accept: (item: Item, result: StagedArticle) => void,
  fail: (item: Item, message: string) => void,
): Promise<void> {
  const { Worker } = workerThreads()
  const threads = Array.from(
    { length: workers },
    () =>
      new Worker(new URL('./corpus-worker.js', import.meta.url), {
        workerData: { vocabulary: null, ...setting } satisfies ExtractionSetting,
      }),
  )
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0
      let done = 0
      const send = (worker: Worker) => {
        if (next >= pending.length) return
        const index = next++
        const { article, memory } = pending[index]!
        worker.postMessage({ index, article, memory } satisfies WorkerJob)
      }
      for (const worker of threads) {
        worker.on('message', (reply: WorkerReply) => {
          // A throw here (a failed staging write) must end the run, not escape as uncaught.
          try {
            const item = pending[reply.index]!
            if (reply.ok) accept(item, reply)
            else if (reply.write) throw new Error(reply.message)
            else fail(item, reply.message)
          } catch (error) {
            return reject(error)
          }
          if (++done === pending.length) resolve()
          else send(worker)
        })
        worker.on('error', reject)
        worker.on('exit', (code) => {
          if (done < pending.length)
            reject(new Error(`a worker thread stopped (exit code ${code})`))
        })
        for (let job = 0; job < jobsInFlight; job++) send(worker)
      }
    })
  } finally {
    // Every thread is stopped before the caller goes on: none outlives a failed run.
    await Promise.all(threads.map((worker) => worker.terminate()))
  }
}
