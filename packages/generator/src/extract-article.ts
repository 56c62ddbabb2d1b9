import { readFileSync } from 'node:fs'
import path from 'node:path'
import { sourceError } from '@mfa-residency/parser'
import { assertValidArticle } from './article-schema.js'
import { extractDataset, serializeDataset, sha256 } from './build-dataset.js'
import type { Article } from './discover-articles.js'

/** What the index says of one article. */
export interface ArticleSummary {
  id: string
  file: string
  sha256: string
  title: string | null
  locales: string[]
  counts: { tables: number; lists: number; notes: number; translationGaps: number }
}

/** One article's serialized dataset and its index entry. */
export interface ExtractedArticle {
  summary: ArticleSummary
  text: string
}

/** Where an article's dataset goes, relative to the output folder. */
export function articleFile(id: string): string {
  return `articles/${id}.json`
}

/**
 * Read, parse, align and validate one article's documents; the result is the article's dataset in
 * the v1 shape, serialized exactly as `dataset.json` is.
 */
export async function extractArticle(
  article: Article,
  rootDir: string,
  sourceLocale: string,
): Promise<ExtractedArticle> {
  // Synchronous reads: a few small files, and awaiting each one left the thread idle (see
  // generate-corpus.ts).
  const files = article.docs.map((doc) => {
    try {
      return { doc, bytes: readFileSync(path.join(rootDir, doc.path)) }
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException
      throw sourceError(doc.path, 0, `cannot read the ${doc.locale} document (${code})`)
    }
  })
  const { dataset } = extractDataset({ sourceLocale }, files, { validate: false })
  await assertValidArticle(dataset, sourceLocale, articleFile(article.id))
  const text = serializeDataset(dataset)
  return {
    text,
    summary: {
      id: article.id,
      file: articleFile(article.id),
      sha256: sha256(text),
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
