import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { ArticleSummary, Dataset } from '@mfa-residency/dataset'
import { sourceError } from '@mfa-residency/parser'
import { type StagingFolder, sha256 } from '@mfa-residency/repository'
import { assertValidArticle } from './article-schema.js'
import { serializeDataset } from './build-dataset.js'
import type { Article } from './discover-articles.js'
import { readersFor } from './document-readers.js'
import { extractDatasetWith } from './extract-dataset.js'
import { withManifestHints } from './manifest-hints.js'
import { readTextOrNull } from './read-text.js'
import type { Vocabulary } from './vocabulary/read-vocabulary.js'

/** One article's serialized dataset and its index entry. */
export interface ExtractedArticle {
  summary: ArticleSummary
  text: string
}

/**
 * Where an article's dataset goes, relative to the output folder: named by its content, so that a
 * new version never overwrites the file the current index names (see generate-corpus.ts).
 */
export function articleFile(id: string, hash: string): string {
  return `articles/${id}.${hash.slice(0, 8)}.json`
}

/**
 * The article's file from the last run, as memory for ids and lagging translations; `null` when
 * there is none or it is not a dataset of this schema (it is then simply replaced).
 */
function previousArticle(file: string | null): Dataset | null {
  if (file === null) return null
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Dataset
    return value?.schemaVersion === 2 && Array.isArray(value.locales) ? value : null
  } catch {
    return null
  }
}

/**
 * Read, parse, align and validate one article's documents, with `memory`, its file from the last
 * run (the one the index names), as memory; the result is the article's dataset in the shape of
 * `dataset.json`, serialized exactly as it is.
 */
export async function extractArticle(
  article: Article,
  rootDir: string,
  sourceLocale: string,
  memory: string | null = null,
  vocabulary: Vocabulary | null = null,
): Promise<ExtractedArticle> {
  // Synchronous reads: a few small files, and awaiting each one left the thread idle (see
  // extraction-cache.ts).
  const files = article.docs.map((doc) => {
    try {
      const bytes = readFileSync(path.join(rootDir, doc.path))
      return { doc: withManifestHints(doc, rootDir), bytes }
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException
      throw sourceError(doc.path, 0, `cannot read the ${doc.locale} document (${code})`)
    }
  })
  const read = await readersFor(article.docs.map((doc) => doc.format))
  const { dataset } = extractDatasetWith(read, { sourceLocale }, files, {
    validate: false,
    memory: previousArticle(memory),
    vocabulary,
  })
  await assertValidArticle(dataset, sourceLocale, 'its dataset')
  const text = serializeDataset(dataset)
  const hash = sha256(text)
  return {
    text,
    summary: {
      id: article.id,
      file: articleFile(article.id, hash),
      sha256: hash,
      title: dataset.sources[sourceLocale as 'en']?.title ?? null,
      locales: dataset.locales,
      counts: {
        tables: dataset.tables.length,
        lists: dataset.lists.length,
        notes: dataset.notes.length,
        translationGaps: dataset.translationGaps.length,
      },
    },
  }
}

/**
 * Whether the article's file in `outDir` must be written (it is missing, or differs: edited by
 * hand); when it must and there is a `staging` folder, write it there, flushed. Done in the thread
 * that extracted it: the writes and their fsync (≈ 1 ms an article) used to queue on the main
 * thread, which every worker waits on.
 */
export function stageArticle(
  { summary, text }: ExtractedArticle,
  outDir: string,
  staging: StagingFolder | null,
): boolean {
  // Named by content: a file of that name already there is this version, unless edited by hand.
  if (readTextOrNull(path.join(outDir, summary.file)) === text) return false
  staging?.write(summary.file, text)
  return true
}
