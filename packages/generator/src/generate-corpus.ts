import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import type { CorpusIndex } from '@mfa-residency/dataset'
import {
  removeAbandonedStaging,
  StagingFolder,
  sha256,
  writeFileAtomic,
} from '@mfa-residency/repository'
import { assertValidIndex } from './article-schema.js'
import { compare, discoverArticles } from './discover-articles.js'
import { articleFile, type ExtractedArticle } from './extract-article.js'
import {
  checkArticles,
  codeFingerprint,
  defaultCacheDir,
  ExtractionCache,
  extractedEntry,
  type Pending,
} from './extraction-cache.js'
import type { Vocabulary } from './vocabulary/read-vocabulary.js'
import { extractAll } from './worker-pool.js'

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
  /** The curated terms to link values to, as `pnpm generate` does; without one, every link is null. */
  vocabulary?: Vocabulary | null
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

  const vocabulary = options.vocabulary ?? null
  // A change of the vocabulary changes every article's links, as a change of code does.
  const fingerprint = `${await codeFingerprint()}:${vocabulary ? sha256(JSON.stringify(vocabulary.terms)) : 'none'}`
  const cache =
    options.cacheDir === null
      ? null
      : await ExtractionCache.open(options.cacheDir ?? defaultCacheDir(), outDir, fingerprint)
  const setting = { rootDir, outDir, sourceLocale, vocabulary }
  const { entries, summaries, pending } = checkArticles(cache, articles, setting, fingerprint)

  const outDirExisted = existsSync(outDir)
  if (!options.check) await removeAbandonedStaging(outDir)
  const changed: string[] = []
  const failures: string[] = []
  // Made on the first changed article.
  let staging = null as StagingFolder | null
  const accept = (item: Pending, { summary, text }: ExtractedArticle) => {
    summaries.set(item.article.id, summary)
    entries[item.article.id] = extractedEntry(item, summary)
    const current = readIfPresent(path.join(outDir, summary.file))
    if (current === text) return
    changed.push(summary.file)
    if (options.check) return
    staging ??= StagingFolder.create(outDir)
    staging.write(summary.file, text)
  }
  try {
    await extractAll(pending, setting, options.jobs ?? 1, accept, ({ article }, message) => {
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
    const currentIndex = await readFile(path.join(outDir, INDEX_FILE), 'utf8').catch(() => null)
    if (currentIndex !== indexText) {
      await assertValidIndex(index, INDEX_FILE)
      changed.push(INDEX_FILE)
    }
    const removed = await orphanedArticleFiles(outDir, new Set(articles.map(({ id }) => id)))
    if (!options.check) {
      await publish(outDir, staging, {
        articles: changed.filter((name) => name !== INDEX_FILE),
        removed,
        index: currentIndex === indexText ? null : indexText,
      })
      await cache?.save(entries, outDir)
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

/**
 * Put this run's output in place: the staged article files, the removal of orphaned ones, and the
 * index when it changed.
 */
async function publish(
  outDir: string,
  staging: StagingFolder | null,
  output: { articles: string[]; removed: readonly string[]; index: string | null },
): Promise<void> {
  await staging?.moveInto(outDir, output.articles)
  for (const file of output.removed) await rm(path.join(outDir, file), { force: true })
  if (output.index !== null) {
    await ensureDir(outDir)
    await writeFileAtomic(path.join(outDir, INDEX_FILE), output.index)
  }
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
