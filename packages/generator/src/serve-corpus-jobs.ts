import type { ArticleSummary } from '@mfa-residency/dataset'
import { StagingFolder } from '@mfa-residency/repository'
import { workerThreads } from './builtins-on-demand.js'
import type { Article } from './discover-articles.js'
import { extractArticle, stageArticle } from './extract-article.js'
import type { ExtractionSetting } from './worker-pool.js'

/** An article for a worker thread of the pool in worker-pool.ts. */
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
      summary: ArticleSummary
      /** Whether the article's file changes (and, outside check mode, was staged). */
      staged: boolean
    }
  /** Bad input (`write` false), or staging the file failed (`write` true: the run must end). */
  | { index: number; ok: false; message: string; write: boolean }

/**
 * Serve as a worker thread of the pool in worker-pool.ts: extract the articles it is sent, in
 * order, and stage each one's file itself. A function, not top-level code, so that the bundled
 * command can hold it and its worker entry only call it (src/bin/corpus-worker.ts).
 */
export function serveCorpusJobs(): void {
  const { parentPort, workerData } = workerThreads()
  const { rootDir, sourceLocale, vocabulary, outDir, stagingDir } = workerData as ExtractionSetting
  const staging = stagingDir ? new StagingFolder(stagingDir) : null
  const port = parentPort!
  port.on('message', async ({ index, article, memory }: WorkerJob) => {
    const failed = (error: unknown, write: boolean): WorkerReply => ({
      index,
      ok: false,
      message: (error as Error).message,
      write,
    })
    const extracted = await extractArticle(
      article,
      rootDir,
      sourceLocale,
      memory,
      vocabulary,
    ).catch((error: unknown) => {
      port.postMessage(failed(error, false))
      return null
    })
    if (!extracted) return
    try {
      const staged = stageArticle(extracted, outDir, staging)
      port.postMessage({
        index,
        ok: true,
        summary: extracted.summary,
        staged,
      } satisfies WorkerReply)
    } catch (error) {
      port.postMessage(failed(error, true))
    }
  })
}
