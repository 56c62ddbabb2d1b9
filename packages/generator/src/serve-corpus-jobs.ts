import type { ArticleSummary } from '@mfa-residency/dataset'
import { StagingFolder } from '@mfa-residency/repository'
import type { Article } from './discover-articles.js'
import { extractArticle, stageArticle } from './extract-article.js'
import type { Vocabulary } from './vocabulary/read-vocabulary.js'

/** Where the articles are read from and their files go, for the main process and every worker. */
export interface ExtractionSetting {
  rootDir: string
  sourceLocale: string
  vocabulary?: Vocabulary | null
  outDir: string
  /** The run's staging folder, where changed article files are written; `null` in check mode. */
  stagingDir: string | null
}

/** An article for a worker process of the pool in worker-pool.ts. */
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
 * Serve as a worker process of the pool in worker-pool.ts: take the run's setting, then extract
 * the articles it is sent, in order, and stage each one's file itself. A function, not top-level
 * code, so that the bundled command can hold it and its worker entry only call it
 * (src/bin/corpus-worker.ts). It ends with its channel: when the run ends, or dies.
 */
export function serveCorpusJobs(): void {
  let extract: ((job: WorkerJob) => Promise<void>) | null = null
  process.on('disconnect', () => process.exit(0))
  process.on('message', (message: ExtractionSetting | WorkerJob) => {
    if (extract) void extract(message as WorkerJob)
    else extract = articleExtractor(message as ExtractionSetting, reply)
  })
}

/** Send `message` to the run; a run that is gone (ended, or killed) ends this worker too. */
function reply(message: WorkerReply): void {
  if (!process.connected) process.exit(0)
  process.send!(message, undefined, undefined, (error) => {
    if (error) process.exit(0)
  })
}

/** Extract and stage one article with the run's setting, and reply. */
function articleExtractor(
  { rootDir, sourceLocale, vocabulary, outDir, stagingDir }: ExtractionSetting,
  send: (reply: WorkerReply) => void,
): (job: WorkerJob) => Promise<void> {
  const staging = stagingDir ? new StagingFolder(stagingDir) : null
  return async ({ index, article, memory }) => {
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
      send(failed(error, false))
      return null
    })
    if (!extracted) return
    try {
      const staged = stageArticle(extracted, outDir, staging)
      send({ index, ok: true, summary: extracted.summary, staged })
    } catch (error) {
      send(failed(error, true))
    }
  }
}
