/* This file was generated from data/corpus-index.schema.json by scripts/generate-types.mjs.
 * DO NOT MODIFY BY HAND: edit the schema and run `pnpm --filter @mfa-residency/dataset types`. */

/**
 * This interface was referenced by `CorpusIndex`'s JSON-Schema
 * via the `definition` "localeTag".
 */
export type LocaleTag = string

/**
 * The index of a corpus written by the generator's corpus mode: one entry per article file, in the article files' order.
 */
export interface CorpusIndex {
  schemaVersion: 1
  sourceLocale: LocaleTag
  articles: ArticleSummary[]
}
/**
 * What the index says of one article.
 *
 * This interface was referenced by `CorpusIndex`'s JSON-Schema
 * via the `definition` "articleSummary".
 */
export interface ArticleSummary {
  id: string
  /**
   * The article's dataset, relative to the output folder.
   */
  file: string
  /**
   * Of the article file.
   */
  sha256: string
  title: string | null
  /**
   * The source locale first, then the translations.
   */
  locales: LocaleTag[]
  counts: {
    tables: number
    lists: number
    notes: number
    translationGaps: number
  }
}
