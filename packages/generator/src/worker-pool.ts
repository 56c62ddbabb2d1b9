import type { ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { debuglog } from 'node:util'
import type { ArticleSummary } from '@mfa-residency/dataset'
import { StagingFolder } from '@mfa-residency/repository'
import { childProcess, os } from './builtins-on-demand.js'
import type { Article } from './discover-articles.js'
import { extractArticle, stageArticle } from './extract-article.js'
import type { ExtractionSetting, WorkerJob, WorkerReply } from './serve-corpus-jobs.js'

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

// `NODE_DEBUG=mfa-residency-workers` says where a corpus run extracted its articles.
const debug = debuglog('mfa-residency-workers')

// With `jobs: 'auto'`, the articles to extract per worker that pay for its start and warm-up: on
// 2 cores, 2 workers were 1.00× as fast as 1 thread for 44 articles, 1.07× for 88, 1.21× for 226
// and 1.48× for 1,114 (bench/worker-threshold.mjs, bench/corpus-scaling.mjs, BENCHMARKS.md).
const minArticlesPerWorker = 40
// Jobs sent ahead to each worker: with one, a worker sat idle 16 % of the time, waiting for the
// main thread to take its reply and send the next article.
const jobsInFlight = 2

/** Extract every pending article, in worker processes when there are enough of them. */
export async function extractAll<Item extends ExtractionItem>(
  pending: readonly Item[],
  setting: ExtractionSetting,
  jobs: number | 'auto',
  accept: (item: Item, result: StagedArticle) => void,
  fail: (item: Item, message: string) => void,
): Promise<void> {
  const cores = os().availableParallelism()
  const workers =
    jobs === 'auto'
      ? Math.min(cores, Math.floor(pending.length / minArticlesPerWorker))
      : Math.min(jobs, pending.length)
  debug(
    `extracting ${pending.length} articles in ${workers > 1 ? `${workers} worker processes` : 'this process'}`,
  )
  if (workers <= 1) return extractHere(pending, setting, accept, fail)
  return extractInWorkers(pending, setting, { workers, cores }, accept, fail)
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
 * Extract the articles in `workers` child processes, each kept `jobsInFlight` articles ahead: sent
 * the next one as it finishes one.
 */
async function extractInWorkers<Item extends ExtractionItem>(
  pending: readonly Item[],
  setting: ExtractionSetting,
  { workers, cores }: { workers: number; cores: number },
  accept: (item: Item, result: StagedArticle) => void,
  fail: (item: Item, message: string) => void,
): Promise<void> {
  const entry = fileURLToPath(new URL('./corpus-worker.js', import.meta.url))
  const execArgv = [...inheritedNodeFlags(), ...workerNodeFlags(workers, cores)]
  const children = Array.from({ length: workers }, () =>
    childProcess().fork(entry, [], {
      execArgv,
      env: workerEnvironment(),
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  )
  const exited = children.map(
    (child) =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        // A process that could not be started has no exit to wait for.
        child.once('error', () => child.pid === undefined && resolve())
      }),
  )
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0
      let done = 0
      const send = (child: ChildProcess) => {
        if (next >= pending.length) return
        const index = next++
        const { article, memory } = pending[index]!
        child.send({ index, article, memory } satisfies WorkerJob)
      }
      for (const child of children) {
        child.on('message', (reply: WorkerReply) => {
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
          else send(child)
        })
        child.on('error', reject)
        child.on('exit', (code, signal) => {
          if (done < pending.length)
            reject(new Error(`a corpus worker process stopped (${signal ?? `exit code ${code}`})`))
        })
        child.send({ vocabulary: null, ...setting } satisfies ExtractionSetting)
        for (let job = 0; job < jobsInFlight; job++) send(child)
      }
    })
  } finally {
    // Every process is stopped and reaped before the caller goes on: none outlives a failed run.
    for (const child of children) child.kill('SIGKILL')
    await Promise.all(exited)
  }
}

// Node flags that say what Node runs (`-e`, `-p`, `--test`, …) or take a port: a worker given them
// would run its parent's code again, not the worker's entry, or fight for the inspector's port.
const notForWorkers =
  /^(?:-[ceip]|--(?:eval|print|interactive|check|input-type|test|watch|inspect|debug)(?:[-=]|$))/
// Those of them whose value may come as the next argument.
const valueFollows = new Set(['-e', '--eval', '-p', '--print', '--input-type', '--watch-path'])

/** This process's other Node flags (a memory limit, a preloaded module, a profiler) for the workers. */
export function inheritedNodeFlags(execArgv: readonly string[] = process.execArgv): string[] {
  const flags: string[] = []
  for (let index = 0; index < execArgv.length; index++) {
    const flag = execArgv[index]!
    if (!notForWorkers.test(flag)) flags.push(flag)
    else if (valueFollows.has(flag)) index++
  }
  return flags
}

/**
 * This process's environment for the workers, without `NODE_EXTRA_CA_CERTS`: Node parses that
 * file at every start (35 of the 57 ms of `node -e 0` on the project's machine, whose bundle holds
 * some 140 certificates), and a worker reads and writes files, never opening a TLS connection.
 */
export function workerEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _certificates, ...rest } = env
  return rest
}

/**
 * Node flags for each worker. V8's background threads (concurrent GC, optimizing compiles) get the
 * cores the workers leave free, shared out; with none free, a background thread only takes a core
 * from a worker, so each runs `--single-threaded`. Then TurboFan compiles on the worker's own
 * thread, and inlining made those compiles its largest cost: a worker's first hundred articles
 * took twice as long as the rest, and the few hundred it extracts do not pay that back. A larger
 * young generation (16 MB semi-spaces by default, grown from 1 MB) means fewer scavenges, which a
 * single thread runs itself. Measured in BENCHMARKS.md.
 */
export function workerNodeFlags(workers: number, cores: number): string[] {
  const spare = Math.floor(cores / workers) - 1
  return [
    ...(spare > 0 ? [`--v8-pool-size=${spare}`] : ['--single-threaded', '--no-turbo-inlining']),
    '--min-semi-space-size=32',
    '--max-semi-space-size=64',
  ]
}
