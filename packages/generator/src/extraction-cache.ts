import { readFileSync, statSync } from 'node:fs'
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ArticleSummary } from '@mfa-residency/dataset'
import { findUp, type SourceDoc, sha256, writeFileAtomic } from '@mfa-residency/repository'
import type { Article } from './discover-articles.js'
import { cacheFolder } from './run-stamp.js'

/** A source file as last hashed: its bytes are not read again while size and mtime stay the same. */
export interface HashedFile {
  path: string
  size: number
  mtimeMs: number
  sha256: string
}

/** What the cache remembers of one article: the inputs it was made from and the file it wrote. */
export interface CacheEntry {
  inputs: string
  docs: HashedFile[]
  summary: ArticleSummary
  size: number
  mtimeMs: number
}

interface CacheFile {
  version: 1
  fingerprint: string
  entries: Record<string, CacheEntry>
}

const generatorDist = path.dirname(fileURLToPath(import.meta.url))

/**
 * Everything besides the source bytes that decides an extraction: our compiled code, the schema,
 * the parser's dependencies and, in this repository, the lockfile (for transitive upgrades). Any
 * change to these makes every entry stale.
 */
export async function codeFingerprint(): Promise<string> {
  const parserEntry = fileURLToPath(import.meta.resolve('@mfa-residency/parser'))
  const parts: string[] = []
  for (const dir of [path.dirname(parserEntry), generatorDist]) {
    // Code and the data it loads at run time (callout-labels.json, the precompiled validators).
    const files = (await readdir(dir)).filter((file) => /\.(?:c?js|json)$/.test(file)).sort()
    for (const name of files) {
      parts.push(name, sha256(await readFile(path.join(dir, name))))
    }
  }
  parts.push(
    sha256(
      await readFile(
        fileURLToPath(import.meta.resolve('@mfa-residency/dataset/dataset.schema.json')),
      ),
    ),
  )
  const parserPackage = path.join(path.dirname(parserEntry), '..', 'package.json')
  const { dependencies = {} } = JSON.parse(await readFile(parserPackage, 'utf8')) as {
    dependencies?: Record<string, string>
  }
  const require = createRequire(parserEntry)
  for (const name of Object.keys(dependencies).sort()) {
    parts.push(name, await installedVersion(require.resolve(name)))
  }
  const lockfile = findUp(generatorDist, 'pnpm-lock.yaml')
  if (lockfile) parts.push(sha256(await readFile(lockfile)))
  parts.push(process.version)
  return sha256(parts.join('\n'))
}

/** The `version` of the package a resolved entry file belongs to. */
async function installedVersion(entry: string): Promise<string> {
  const manifest = findUp(path.dirname(entry), 'package.json')
  if (!manifest) return 'unknown'
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version?: string }
  return version ?? 'unknown'
}

/** The key of an article's inputs: locale, format, path and bytes of each document. */
export function inputsKey(
  fingerprint: string,
  sourceLocale: string,
  docs: readonly SourceDoc[],
  hashes: readonly HashedFile[],
): string {
  return sha256(
    JSON.stringify([
      fingerprint,
      sourceLocale,
      docs.map((doc, index) => [doc.locale, doc.format, doc.path, hashes[index]!.sha256]),
    ]),
  )
}

/**
 * One JSON file per output folder under `cacheDir`. It holds keys and summaries only; the outputs
 * themselves are the cached data, trusted while their size and mtime are what we wrote.
 */
export class ExtractionCache {
  readonly file: string
  private readonly entries: Record<string, CacheEntry>

  private constructor(
    file: string,
    readonly fingerprint: string,
    entries: Record<string, CacheEntry>,
    /**
     * Recorded hashes are reused only for files last modified before this time: the cache's own
     * write time, less two seconds for file systems with coarse timestamps (git's "racy" case).
     */
    readonly trustedBefore: number,
  ) {
    this.file = file
    this.entries = entries
  }

  /** The cache of `outDir`'s output; a missing, unreadable or foreign one starts empty. */
  static async open(
    cacheDir: string,
    outDir: string,
    fingerprint: string,
  ): Promise<ExtractionCache> {
    const file = path.join(cacheDir, `corpus-${sha256(path.resolve(outDir)).slice(0, 16)}.json`)
    const stored = await readFile(file, 'utf8')
      .then((text) => JSON.parse(text) as CacheFile)
      .catch(() => null)
    // An unreadable or foreign cache is a cold start, never an error.
    const usable = stored?.version === 1 && stored.fingerprint === fingerprint
    const savedAt = usable ? (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) : 0
    return new ExtractionCache(file, fingerprint, usable ? stored.entries : {}, savedAt - 2000)
  }

  /** What the last run recorded of an article, if anything. */
  get(id: string): CacheEntry | undefined {
    return Object.hasOwn(this.entries, id) ? this.entries[id] : undefined
  }

  /**
   * Write the entries of this run. Those of articles extracted this run first take their output's
   * size and mtime, now that the file is in place; one whose output is not there is dropped.
   */
  async save(entries: Record<string, CacheEntry>, outDir: string): Promise<void> {
    for (const [id, entry] of Object.entries(entries)) {
      if (entry.size >= 0) continue
      const written = sizeAndTime(path.join(outDir, entry.summary.file))
      if (written) entries[id] = { ...entry, ...written }
      else delete entries[id]
    }
    const sorted = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : 1)))
    const content: CacheFile = { version: 1, fingerprint: this.fingerprint, entries: sorted }
    await mkdir(path.dirname(this.file), { recursive: true })
    writeFileAtomic(this.file, JSON.stringify(content))
  }
}

/** An article the cache cannot vouch for: to extract, with the key and hashes to record for it. */
export interface Pending {
  article: Article
  inputs: string
  docs: HashedFile[]
}

/** Which articles the cache vouches for, and which must be extracted again. */
export interface CacheCheck {
  /** The next cache file's entries so far: one per article whose output is current. */
  entries: Record<string, CacheEntry>
  /** The summaries of those articles, by id. */
  summaries: Map<string, ArticleSummary>
  pending: Pending[]
}

/**
 * Sort the articles into those whose inputs are what the cache recorded and whose output is still
 * the file we wrote, and those to extract.
 */
export function checkArticles(
  cache: ExtractionCache | null,
  articles: readonly Article[],
  { rootDir, outDir, sourceLocale }: { rootDir: string; outDir: string; sourceLocale: string },
  fingerprint: string,
): CacheCheck {
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
  return { entries, summaries, pending }
}

/** The entry of an article extracted this run, until `save` takes its output's stat. */
export function extractedEntry({ inputs, docs }: Pending, summary: ArticleSummary): CacheEntry {
  // Recorded without the output's stat, which is taken once the file is in place.
  return { inputs, docs, summary, size: -1, mtimeMs: -1 }
}

/** Beside the generator's own dependencies, as find-cache-dir does: `node_modules/.cache/<name>`. */
export function defaultCacheDir(): string {
  return cacheFolder()
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

/** Whether the output file is still the one we wrote: the size and mtime recorded. */
function unchangedOutput(outDir: string, entry: CacheEntry): boolean {
  const current = sizeAndTime(path.join(outDir, entry.summary.file))
  return current !== null && current.size === entry.size && current.mtimeMs === entry.mtimeMs
}

function sizeAndTime(file: string): { size: number; mtimeMs: number } | null {
  const stats = statSync(file, { throwIfNoEntry: false })
  return stats ? { size: stats.size, mtimeMs: stats.mtimeMs } : null
}
