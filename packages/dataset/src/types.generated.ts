/* This file was generated from data/dataset.schema.json by scripts/generate-types.mjs.
 * DO NOT MODIFY BY HAND: edit the schema and run `pnpm --filter @mfa-residency/dataset types`. */

/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "locale".
 */
export type Locale = 'en' | 'sv'
/**
 * Kebab-case, unique within its collection. Minted from the English text when the entity first appears, then kept while the entity is matched to its predecessor, even when its text is reworded.
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "id".
 */
export type Id = string
/**
 * Other ids that resolve to this entity: ids it was published under before, and the id its current English text would mint when that differs from its id. Present only when not empty; sorted, each id once.
 *
 * @minItems 1
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "aliases".
 */
export type Aliases = [Id, ...Id[]]

/**
 * Microsoft Entra multifactor authentication data residency, from the Microsoft Learn article, in English (the source of truth) and Swedish. Data contract v2: the whole article (headings, paragraphs, tables, lists, notes) in document order.
 */
export interface Dataset {
  schemaVersion: 2
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
  /**
   * Every block of the source document in document order, as kind-qualified paths: headings/<id>, paragraphs/<id>, tables/<id>, lists/<id>, notes/<id>.
   */
  outline: string[]
  headings: Heading[]
  paragraphs: Paragraph[]
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
   * The front matter's description, or null when the source has none.
   */
  description: string | null
  /**
   * The front matter's ms.date as YYYY-MM-DD, or null when the source has none.
   */
  msDate: string | null
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "heading".
 */
export interface Heading {
  id: Id
  aliases?: Aliases
  /**
   * 1 for the title (H1), 2 to 6 below it.
   */
  level: number
  text: LocalizedText
  source: LocalizedPosition
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
 * via the `definition` "localizedPosition".
 */
export interface LocalizedPosition {
  en: SourcePosition
  sv: SourcePosition | null
}
/**
 * The first and last lines (1-based) something spans in its source file.
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "sourcePosition".
 */
export interface SourcePosition {
  line: number
  endLine: number
}
/**
 * A paragraph of prose, lead-ins included (a table or list also keeps its lead-in as leadIn). Code blocks are paragraphs too.
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "paragraph".
 */
export interface Paragraph {
  id: Id
  aliases?: Aliases
  section: Section
  text: LocalizedText
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
 * via the `definition` "table".
 */
export interface Table {
  id: Id
  aliases?: Aliases
  section: Section
  leadIn: LocalizedOptionalText
  columns: Column[]
  rows: Row[]
  source: LocalizedPosition
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
 * via the `definition` "row".
 */
export interface Row {
  id: Id
  aliases?: Aliases
  /**
   * Keyed by column id, in column order.
   */
  cells: {
    [k: string]: Cell
  }
  source: LocalizedPosition
}
/**
 * The values of one cell, in document order. When sv is not null it has as many values as en, in the same order; a value with no translation is null.
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "cell".
 */
export interface Cell {
  en: string[]
  sv: (string | null)[] | null
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "list".
 */
export interface List {
  id: Id
  aliases?: Aliases
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
  id: Id
  aliases?: Aliases
  text: LocalizedText
  source: LocalizedPosition
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "note".
 */
export interface Note {
  id: Id
  aliases?: Aliases
  kind: 'note' | 'tip' | 'important' | 'caution' | 'warning'
  text: LocalizedText
  section: Section
  source: LocalizedPosition
}
/**
 * Where a translation does not match the English: missing (the English is new or has no translation), stale (the English changed since the translation was made; the translation is kept) or extra (translated content whose English was removed).
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "translationGap".
 */
export interface TranslationGap {
  kind: 'missing' | 'stale' | 'extra'
  locale: Locale
  /**
   * The entity, for example tables/<id>/rows/<id>/cells/<column>, or …/values/<index> for one value of a cell. For extra content, the path it had in the English it translates.
   */
  path: string
  reason: string
  /**
   * stale and extra: the English that the translation translates.
   */
  translates?: string | string[]
  /**
   * extra: the translated text, which has no place in the dataset any more.
   */
  text?: string | string[]
  source: {
    en?: SourcePosition
    sv?: SourcePosition
  }
}
