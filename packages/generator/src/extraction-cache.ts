import { statSync } from 'node:fs'
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findUp, type SourceDoc, sha256, writeFileAtomic } from '@mfa-residency/repository'
import type { ArticleSummary } from './extract-article.js'

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
const parserEntry = fileURLToPath(import.meta.resolve('@mfa-residency/parser'))

/**
 * Everything besides the source bytes that decides an extraction: our compiled code, the schema,
 * the parser's dependencies and, in this repository, the lockfile (for transitive upgrades). Any
 * change to these makes every entry stale.
 */
export async function codeFingerprint(): Promise<string> {
  const parts: string[] = []
  for (const dir of [path.dirname(parserEntry), generatorDist]) {
    // Code and the data it loads at run time (callout-labels.json, the precompiled validators).
    const files = (await readdir(dir)).filter((file) => /\.(?:js|json)$/.test(file)).sort()
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

  get(id: string): CacheEntry | undefined {
    return Object.hasOwn(this.entries, id) ? this.entries[id] : undefined
  }

  async save(entries: Record<string, CacheEntry>): Promise<void> {
    const sorted = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : 1)))
    const content: CacheFile = { version: 1, fingerprint: this.fingerprint, entries: sorted }
    await mkdir(path.dirname(this.file), { recursive: true })
    await writeFileAtomic(this.file, JSON.stringify(content))
  }
}
