import { existsSync, readFileSync, statSync } from 'node:fs'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import {
  findUp,
  removeAbandonedStaging,
  StagingFolder,
  sha256,
  writeFileAtomic,
} from '@mfa-residency/repository'
import { assertValidIndex } from './article-schema.js'
import type { WorkerJob, WorkerReply } from './corpus-worker.js'
import { type Article, compare, discoverArticles } from './discover-articles.js'
import {
  type ArticleSummary,
  articleFile,
  type ExtractedArticle,
  extractArticle,
} from './extract-article.js'
import {
  type CacheEntry,
  codeFingerprint,
  ExtractionCache,
  type HashedFile,
  inputsKey,
} from './extraction-cache.js'

export interface CorpusOptions {
  /** The folder laid out as `<locale>/<article>.<ext>`. */
  docsDir: string
  /** Source paths in the output are relative to this folder (default: the docs folder's parent). */
  rootDir?: string
  outDir: string
  sourceLocale?: string
  /** Worker threads for the extraction; 1 extracts in this thread. */
  jobs?: number
  /** Where to keep the extraction cache; `null` turns it off. */
  cacheDir?: string | null
  /** Compare with what is in `outDir` and write nothing. */
  check?: boolean
}

export interface CorpusIndex {
  schemaVersion: 1
  sourceLocale: string
  articles: ArticleSummary[]
}

export interface CorpusResult {
  index: CorpusIndex
  /** Articles parsed in this run; the rest came from the cache. */
  extracted: number
  /** Output files (relative to `outDir`) written, or in check mode, that would be. */
  changed: string[]
  /** Article files of articles no longer in the docs: removed, or in check mode, to be removed. */
  removed: string[]
}

/** Bad input in one or more articles; every problem is listed, nothing was written. */
export class CorpusError extends Error {
  override name = 'CorpusError'
}

export const INDEX_FILE = 'index.json'
// Below this many articles to extract, starting workers costs more than it saves.
const minArticlesPerWorker = 4

/**
 * Generate a corpus dataset: one file per article (`articles/<id>.json`, the v1 dataset shape with
 * any locales) and `index.json` listing them. Articles whose inputs are unchanged since the last run
 * are not parsed again. Output is all or nothing: new files are staged and only moved into place
 * once every article succeeded.
 */
export async function generateCorpus(options: CorpusOptions): Promise<CorpusResult> {
  const docsDir = path.resolve(options.docsDir)
  const rootDir = path.resolve(options.rootDir ?? path.dirname(docsDir))
  const outDir = path.resolve(options.outDir)
  const sourceLocale = options.sourceLocale ?? 'en'
  const articles = await discoverArticles(docsDir, rootDir, sourceLocale)

  const fingerprint = await codeFingerprint()
  const cache =
    options.cacheDir === null
      ? null
      : await ExtractionCache.open(options.cacheDir ?? defaultCacheDir(), outDir, fingerprint)
  const entries: Record<string, CacheEntry> = {}
  const summaries = new Map<string, ArticleSummary>()
  const pending: Pending[] = []
  // Synchronous on purpose: thousands of small reads and stats, each awaited, left the thread idle
  // for most of an incremental run.
  for (const article of articles) {
    const entry = cache?.get(article.id)
    const docs = hashSources(article, rootDir, entry?.docs ?? [], cache?.trustedBefore ?? 0)
    const inputs = inputsKey(fingerprint, sourceLocale, article.docs, docs)
    if (entry?.inputs === inputs && unchangedOutput(outDir, entry)) {
      entries[article.id] = { ...entry, docs }
      summaries.set(article.id, entry.summary)
    } else {
      pending.push({ article, inputs, docs })
    }
  }

  const outDirExisted = existsSync(outDir)
  if (!options.check) await removeAbandonedStaging(outDir)
  const changed: string[] = []
  const failures: string[] = []
  // Made on the first changed article.
  let staging = null as StagingFolder | null
  const accept = ({ article, inputs, docs }: Pending, { summary, text }: ExtractedArticle) => {
    summaries.set(article.id, summary)
    // Recorded without the output's stat, which is taken once the file is in place.
    entries[article.id] = { inputs, docs, summary, size: -1, mtimeMs: -1 }
    const current = readIfPresent(path.join(outDir, summary.file))
    if (current === text) return
    changed.push(summary.file)
    if (options.check) return
    staging ??= StagingFolder.create(outDir)
    staging.write(summary.file, text)
  }
  try {
    await extractAll(
      pending,
      rootDir,
      outDir,
      sourceLocale,
      options.jobs ?? 1,
      accept,
      ({ article }, message) => {
        // Source errors name their file and line; anything else gets the article's source path.
        const named = article.docs.some((doc) => message.startsWith(`${doc.path}:`))
        failures.push(named ? message : `${article.docs[0]!.path}: ${message}`)
      },
    )
    if (failures.length > 0) {
      throw new CorpusError(
        `${failures.length} of ${articles.length} articles have bad input:\n${failures.sort(compare).join('\n')}`,
      )
    }
    const index: CorpusIndex = {
      schemaVersion: 1,
      sourceLocale,
      articles: articles.map((article) => summaries.get(article.id)!),
    }
    const indexText = `${JSON.stringify(index, null, 2)}\n`
    const indexPath = path.join(outDir, INDEX_FILE)
    const currentIndex = await readFile(indexPath, 'utf8').catch(() => null)
    if (currentIndex !== indexText) {
      await assertValidIndex(index, INDEX_FILE)
      changed.push(INDEX_FILE)
    }
    const removed = await orphanedArticleFiles(
      outDir,
      new Set(articles.map((article) => article.id)),
    )
    if (!options.check) {
      await staging?.moveInto(
        outDir,
        changed.filter((name) => name !== INDEX_FILE),
      )
      for (const file of removed) await rm(path.join(outDir, file), { force: true })
      if (currentIndex !== indexText) {
        await ensureDir(outDir)
        await writeFileAtomic(indexPath, indexText)
      }
      if (cache) {
        for (const [id, entry] of Object.entries(entries)) {
          if (entry.size >= 0) continue
          const written = sizeAndTime(path.join(outDir, entry.summary.file))
          if (written) entries[id] = { ...entry, ...written }
          else delete entries[id]
        }
        await cache.save(entries)
      }
    }
    return { index, extracted: pending.length, changed: changed.sort(compare), removed }
  } catch (error) {
    // A failed first run leaves no output folder behind, not even an empty one.
    if (!outDirExisted) await rm(outDir, { recursive: true, force: true })
    throw error
  } finally {
    await staging?.remove()
  }
}

type Pending = { article: Article; inputs: string; docs: HashedFile[] }

/** Extract every pending article, in worker threads when there are enough of them. */
async function extractAll(
  pending: readonly Pending[],
  rootDir: string,
  outDir: string,
  sourceLocale: string,
  jobs: number,
  accept: (item: Pending, result: ExtractedArticle) => void,
  fail: (item: Pending, message: string) => void,
): Promise<void> {
  const workers = Math.min(jobs, Math.floor(pending.length / minArticlesPerWorker))
  if (workers <= 1) {
    for (const item of pending) {
      const result = await extractArticle(item.article, rootDir, sourceLocale, outDir).catch(
        (error: Error) => {
          fail(item, error.message)
          return null
        },
      )
      if (result) accept(item, result)
    }
    return
  }
  const threads = Array.from(
    { length: workers },
    () =>
      new Worker(new URL('./corpus-worker.js', import.meta.url), {
        workerData: { rootDir, sourceLocale, outDir },
      }),
  )
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0
      let done = 0
      const send = (worker: Worker) => {
        if (next >= pending.length) return
        const index = next++
        worker.postMessage({ index, article: pending[index]!.article } satisfies WorkerJob)
      }
      for (const worker of threads) {
        worker.on('message', (reply: WorkerReply) => {
          // A throw here (a failed staging write) must end the run, not escape as uncaught.
          try {
            const item = pending[reply.index]!
            if (reply.ok) accept(item, reply)
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
        send(worker)
      }
    })
  } finally {
    // Every thread is stopped before the caller removes the staging folder they write into.
    await Promise.all(threads.map((worker) => worker.terminate()))
  }
}

/**
 * Each document's hash, read again only when its size or mtime differ from the last run's (as git's
 * index does). An unreadable file hashes as such; the extraction reports it with its path.
 */
function hashSources(
  article: Article,
  rootDir: string,
  known: readonly HashedFile[],
  trustedBefore: number,
): HashedFile[] {
  return article.docs.map(({ path: file }) => {
    const absolute = path.join(rootDir, file)
    const stats = statSync(absolute, { throwIfNoEntry: false })
    if (!stats?.isFile()) return { path: file, size: -1, mtimeMs: -1, sha256: 'unreadable' }
    const { size, mtimeMs } = stats
    // A file changed in the same clock tick as it was hashed keeps its mtime: only older ones count.
    const same =
      mtimeMs < trustedBefore &&
      known.find((doc) => doc.path === file && doc.size === size && doc.mtimeMs === mtimeMs)
    return {
      path: file,
      size,
      mtimeMs,
      sha256: same ? same.sha256 : sha256(readFileSync(absolute)),
    }
  })
}

function unchangedOutput(outDir: string, entry: CacheEntry): boolean {
  const current = sizeAndTime(path.join(outDir, entry.summary.file))
  return current !== null && current.size === entry.size && current.mtimeMs === entry.mtimeMs
}

function sizeAndTime(file: string): { size: number; mtimeMs: number } | null {
  const stats = statSync(file, { throwIfNoEntry: false })
  return stats ? { size: stats.size, mtimeMs: stats.mtimeMs } : null
}

/** `articles/*.json` files in `outDir` whose article is gone from the docs. */
async function orphanedArticleFiles(outDir: string, ids: ReadonlySet<string>): Promise<string[]> {
  const names = await readdir(path.join(outDir, 'articles')).catch(() => [] as string[])
  return names
    .filter((name) => name.endsWith('.json') && !ids.has(path.basename(name, '.json')))
    .map((name) => articleFile(path.basename(name, '.json')))
    .sort(compare)
}

function readIfPresent(file: string): string | null {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return null
  }
}

async function ensureDir(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true })
  return dir
}

/** Beside the generator's own dependencies, as find-cache-dir does: `node_modules/.cache/<name>`. */
function defaultCacheDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const packageJson = findUp(here, 'package.json')
  return path.join(
    packageJson ? path.dirname(packageJson) : here,
    'node_modules',
    '.cache',
    'mfa-residency',
  )
}
