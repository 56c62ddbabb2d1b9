import { existsSync } from 'node:fs'
import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import type { CorpusIndex } from '@mfa-residency/dataset'
import { removeAbandonedStaging, StagingFolder, sha256 } from '@mfa-residency/repository'
import { assertValidIndex } from './article-schema.js'
import { CorpusError } from './corpus-error.js'
import { compare, discoverArticles } from './discover-articles.js'
import {
  checkArticles,
  codeFingerprint,
  defaultCacheDir,
  ExtractionCache,
  extractedEntry,
  type Pending,
} from './extraction-cache.js'
import { faultPoint } from './fault-point.js'
import type { Vocabulary } from './vocabulary/read-vocabulary.js'
import { extractAll, type StagedArticle } from './worker-pool.js'

export { CorpusError }

export interface CorpusOptions {
  /** The folder laid out as `<locale>/<article>.<ext>`. */
  docsDir: string
  /** Source paths in the output are relative to this folder (default: the docs folder's parent). */
  rootDir?: string
  outDir: string
  sourceLocale?: string
  /**
   * Worker processes for the extraction: 1 (the default) extracts in this process; `'auto'` starts
   * one per CPU when there are enough articles for workers to pay for their start.
   */
  jobs?: number | 'auto'
  /** Where to keep the extraction cache; `null` turns it off. */
  cacheDir?: string | null
  /** Compare with what is in `outDir` and write nothing. */
  check?: boolean
  /** The curated terms to link values to, as `pnpm generate` does; without one, every link is null. */
  vocabulary?: Vocabulary | null
}

export interface CorpusResult {
  index: CorpusIndex
  /** Articles parsed in this run; the rest came from the cache. */
  extracted: number
  /** Output files (relative to `outDir`) written, or in check mode, that would be. */
  changed: string[]
  /**
   * Article files the index no longer names (an article gone from the docs, or the last version of
   * a changed one): removed, or in check mode, to be removed.
   */
  removed: string[]
}

export const INDEX_FILE = 'index.json'

// What the index may name as an article file: inside articles/, so memory is never read elsewhere.
const articleFilePattern = /^articles\/[^/\\]+\.json$/

/**
 * Generate a corpus dataset: one file per article version (`articles/<id>.<hash>.json`, the v1
 * dataset shape with any locales) and `index.json` naming them. Articles whose inputs are unchanged
 * since the last run are not parsed again. Output is all or nothing, even under `kill -9`: new
 * article files never replace a file the current index names; they are staged, moved in, and
 * only then does the new index replace the old one, in one rename; files it no longer names go
 * last. A reader who opens `index.json` finds every file it names, with that content.
 */
export async function generateCorpus(options: CorpusOptions): Promise<CorpusResult> {
  const docsDir = path.resolve(options.docsDir)
  const rootDir = path.resolve(options.rootDir ?? path.dirname(docsDir))
  const outDir = path.resolve(options.outDir)
  const sourceLocale = options.sourceLocale ?? 'en'
  const articles = await discoverArticles(docsDir, rootDir, sourceLocale)

  const vocabulary = options.vocabulary ?? null
  // A change of the vocabulary changes every article's links, as a change of code does.
  const fingerprint = `${await codeFingerprint()}:${vocabulary ? sha256(JSON.stringify(vocabulary.terms)) : 'none'}`
  const cache =
    options.cacheDir === null
      ? null
      : await ExtractionCache.open(options.cacheDir ?? defaultCacheDir(), outDir, fingerprint)
  const setting = { rootDir, outDir, sourceLocale, vocabulary }
  const { entries, summaries, pending } = checkArticles(cache, articles, setting, fingerprint)
  const current = await readCurrentIndex(outDir)

  const outDirExisted = existsSync(outDir)
  if (!options.check) await removeAbandonedStaging(outDir)
  faultPoint('discovered')
  const staged = new StagedFiles(outDir, options.check === true)
  const failures: string[] = []
  const accept = (item: Pending, { summary, staged: changed }: StagedArticle) => {
    faultPoint('extracted')
    summaries.set(item.article.id, summary)
    entries[item.article.id] = extractedEntry(item, summary)
    if (changed) staged.add(summary.file)
  }
  try {
    const items = pending.map((item) => ({ ...item, memory: current.memory(item.article.id) }))
    // The threads that extract write the changed files into the staging folder themselves.
    const stagingDir = items.length > 0 ? staged.folderPath() : null
    const extraction = { ...setting, stagingDir }
    await extractAll(items, extraction, options.jobs ?? 1, accept, ({ article }, message) => {
      // Source errors name their file and line; anything else gets the article's source path.
      const named = article.docs.some((doc) => message.startsWith(`${doc.path}:`))
      failures.push(named ? message : `${article.docs[0]!.path}: ${message}`)
    })
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
    if (current.text !== indexText) await assertValidIndex(index, INDEX_FILE)
    const named = new Set(index.articles.map(({ file }) => file))
    const removed = (await articleFiles(outDir)).filter((file) => !named.has(file))
    const articleChanges = [...staged.files]
    if (current.text !== indexText) staged.write(INDEX_FILE, indexText)
    if (!options.check) {
      await publish(outDir, staged, articleChanges, removed)
      await cache?.save(entries, outDir)
      faultPoint('cached')
    }
    return { index, extracted: pending.length, changed: staged.files.sort(compare), removed }
  } catch (error) {
    // A failed first run leaves no output folder behind, not even an empty one.
    if (!outDirExisted) await rm(outDir, { recursive: true, force: true })
    throw error
  } finally {
    await staged.remove()
  }
}

/**
 * Put this run's output in place, in the one order that keeps the index true to its files at
 * every instant: the new article files (new names, so no file the current index names changes),
 * then the index in one rename, then the removal of the files it no longer names.
 */
async function publish(
  outDir: string,
  staged: StagedFiles,
  articles: readonly string[],
  removed: readonly string[],
): Promise<void> {
  await staged.moveInto(articles, () => faultPoint('moved'))
  if (staged.files.includes(INDEX_FILE)) {
    await staged.moveInto([INDEX_FILE])
    faultPoint('indexed')
  }
  for (const file of removed) {
    await rm(path.join(outDir, file), { force: true })
    faultPoint('removed')
  }
}

/** This run's new files, written into a staging folder inside the output folder (made on the first). */
class StagedFiles {
  readonly files: string[] = []
  private folder: StagingFolder | null = null

  constructor(
    private readonly outDir: string,
    /** Check mode: only note the files. */
    private readonly dryRun: boolean,
  ) {}

  write(file: string, text: string): void {
    this.files.push(file)
    if (this.dryRun) return
    this.folder ??= StagingFolder.create(this.outDir)
    this.folder.write(file, text)
    faultPoint('staged')
  }

  /** The staging folder (made now), for other threads to write into; `null` in check mode. */
  folderPath(): string | null {
    if (this.dryRun) return null
    this.folder ??= StagingFolder.create(this.outDir)
    return this.folder.path
  }

  /** `file` was written into the folder (flushed) by another thread, or would be in check mode. */
  add(file: string): void {
    this.files.push(file)
    if (!this.dryRun) faultPoint('staged')
  }

  async moveInto(files: readonly string[], moved?: () => void): Promise<void> {
    await this.folder?.moveInto(this.outDir, files, moved)
  }

  async remove(): Promise<void> {
    await this.folder?.remove()
  }
}

/** The output's current index: its text, and the file it names for each article, as memory. */
async function readCurrentIndex(outDir: string) {
  const text = await readFile(path.join(outDir, INDEX_FILE), 'utf8').catch(() => null)
  const files = new Map<string, string>()
  try {
    for (const { id, file } of (JSON.parse(text ?? 'null') as CorpusIndex).articles) {
      if (typeof id === 'string' && articleFilePattern.test(file)) files.set(id, file)
    }
  } catch {
    // No index, or not one of ours: no memory; the next index replaces it.
  }
  const memory = (id: string) => (files.has(id) ? path.join(outDir, files.get(id)!) : null)
  return { text, memory }
}

/** The `articles/*.json` files in `outDir`, as the index names them. */
async function articleFiles(outDir: string): Promise<string[]> {
  const names = await readdir(path.join(outDir, 'articles')).catch(() => [] as string[])
  return names
    .filter((name) => name.endsWith('.json'))
    .map((name) => `articles/${name}`)
    .sort(compare)
}
