/* This file was generated from data/dataset.schema.json by scripts/generate-types.mjs.
 * DO NOT MODIFY BY HAND: edit the schema and run `pnpm --filter @mfa-residency/dataset types`. */

/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "locale".
 */
export type Locale = 'en' | 'sv'
/**
 * Kebab-case, unique within its kind, stable across runs: derived from the English text.
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "id".
 */
export type Id = string

/**
 * Microsoft Entra multifactor authentication data residency, from the Microsoft Learn article, in English (the source of truth) and Swedish. Data contract v1.
 */
export interface Dataset {
  schemaVersion: 1
  /**
   * The source locale first, then the translations.
   *
   * @minItems 2
   * @maxItems 2
   */
  locales: [Locale, Locale]
  sources: {
    en: SourceDocument
    sv: SourceDocument
  }
  tables: Table[]
  lists: List[]
  notes: Note[]
  translationGaps: TranslationGap[]
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "sourceDocument".
 */
export interface SourceDocument {
  /**
   * Relative to the repository root.
   */
  path: string
  format: 'gfm' | 'learn-text' | 'learn-html'
  sha256: string
  /**
   * The visible title (H1).
   */
  title: string | null
  /**
   * The front matter's ms.date as YYYY-MM-DD, or null when the source has none.
   */
  msDate: string | null
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "table".
 */
export interface Table {
  id: Id
  section: Section
  leadIn: LocalizedOptionalText
  columns: Column[]
  rows: Row[]
  source: LocalizedPosition
}
/**
 * The heading path from H2 down to the nearest heading; empty before the first H2.
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "section".
 */
export interface Section {
  en: string[]
  sv: string[] | null
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "localizedOptionalText".
 */
export interface LocalizedOptionalText {
  en: string | null
  sv: string | null
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "column".
 */
export interface Column {
  id: Id
  label: LocalizedText
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "localizedText".
 */
export interface LocalizedText {
  en: string
  sv: string | null
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "row".
 */
export interface Row {
  id: Id
  /**
   * Keyed by column id, in column order.
   */
  cells: {
    [k: string]: Cell
  }
  source: LocalizedPosition
}
/**
 * The values of one cell, in document order. When sv is not null it has as many values as en.
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "cell".
 */
export interface Cell {
  en: string[]
  sv: string[] | null
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "localizedPosition".
 */
export interface LocalizedPosition {
  en: SourcePosition
  sv: SourcePosition | null
}
/**
 * Where something starts in its source file.
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "sourcePosition".
 */
export interface SourcePosition {
  line: number
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "list".
 */
export interface List {
  id: Id
  ordered: boolean
  section: Section
  leadIn: LocalizedOptionalText
  items: ListItem[]
  source: LocalizedPosition
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "listItem".
 */
export interface ListItem {
  en: string
  sv: string | null
  source: LocalizedPosition
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "note".
 */
export interface Note {
  id: Id
  kind: 'note' | 'tip' | 'important' | 'caution' | 'warning'
  text: LocalizedText
  section: Section
  source: LocalizedPosition
}
/**
 * A translated counterpart that is missing or does not fit, or translated content with no English counterpart.
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "translationGap".
 */
export interface TranslationGap {
  locale: Locale
  /**
   * For example tables/<id>/rows/<id>.
   */
  path: string
  reason: string
  source: {
    en?: SourcePosition
    sv?: SourcePosition
  }
}
