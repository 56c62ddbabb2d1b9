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
 * A term's id: its kind, a slash, and a kebab-case name, for example cloud/azure-china. Never reused for another thing.
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "termId".
 */
export type TermId = string
/**
 * The terms the English text names, in order of first mention, each once.
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "mentions".
 */
export type Mentions = TermId[]
/**
 * The links of the source locale's text, in document order; empty when it has none. Only the source locale has links: the translation is read from Learn's rendered text, which has none.
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "links".
 */
export type Links = Link[]
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "termKind".
 */
export type TermKind =
  | 'cloud'
  | 'location'
  | 'component'
  | 'event-type'
  | 'authentication-method'
  | 'data-store'
  | 'condition'
  | 'settings-page'
  | 'data-category'
/**
 * azure-cli-cloud: the azure-cli cloud names (AzureCloud, AzureUSGovernment, AzureChinaCloud, AzureGermanCloud); iso-3166-1-alpha-2: a country; microsoft-365-geography: a Microsoft 365 data-location geography (EUR, APC, …).
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "codeScheme".
 */
export type CodeScheme = 'azure-cli-cloud' | 'iso-3166-1-alpha-2' | 'microsoft-365-geography'

/**
 * Microsoft Entra multifactor authentication data residency, from the Microsoft Learn article, in English (the source of truth) and Swedish. Data contract v2: the whole article (headings, paragraphs, tables, lists, notes) in document order. Every value, item and sentence is linked to the terms of a curated vocabulary (terms), with durations and dates as typed values.
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
  /**
   * The vocabulary entries this dataset links to, sorted by id: docs-source/vocabulary.yaml, curated by hand.
   */
  terms: Term[]
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
  /**
   * The Learn page the document is published as, or null when not known. Since 2.3; optional so that earlier datasets still validate.
   */
  url?: string | null
  /**
   * The file in Microsoft's docs repository the document comes from, or null when not known. Since 2.3.
   */
  upstream?: null | UpstreamFile
  /**
   * Learn's ms.translationtype: HT (human) or MT (machine translation), or null when the page does not say (always null for the source locale). Since 2.3.
   */
  translationType?: 'HT' | 'MT' | null
  /**
   * Learn's ms.sourcegitcommit: the commit of the English docs a translation was made from, or null when not known. Since 2.3.
   */
  translatedFrom?: string | null
}
/**
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "upstreamFile".
 */
export interface UpstreamFile {
  /**
   * The GitHub repository as owner/name, for example MicrosoftDocs/entra-docs.
   */
  repository: string
  /**
   * The file's path inside the repository, with / separators.
   */
  path: string
  /**
   * Learn's git_commit_id: the commit the page was built from, or null when not known.
   */
  commit: string | null
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
  mentions: Mentions
  quantities: LocalizedQuantities
  /**
   * Present on a footnote: a paragraph that starts with a superscript mark (<sup>1</sup>) in the source locale. The mark, which text leaves out; a value that carries the same mark (row.marks) is what it annotates.
   */
  footnote?: string
  links: Links
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
 * via the `definition` "localizedQuantities".
 */
export interface LocalizedQuantities {
  en: Quantity[]
  sv: Quantity[] | null
}
/**
 * A duration or date read from the text.
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "quantity".
 */
export interface Quantity {
  type: 'duration' | 'date'
  /**
   * ISO 8601: a duration (P90D) or a date (2024-09-30, or 2022-09 for a month).
   */
  value: string
  /**
   * The words it was read from.
   */
  text: string
  /**
   * retention: the text says data is kept for this long.
   */
  role?: 'retention'
}
/**
 * A link in the source locale's text: the words that carry it and its target as the source writes it (a URL, or a path relative to the article). An image counts as a link: text is its alt text, url its source.
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "link".
 */
export interface Link {
  text: string
  url: string
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
  /**
   * The clouds and components the table is about, read from its lead-in (before an exclusion such as "excluding") and its headings.
   */
  appliesTo: TermId[]
  /**
   * The clouds and components its lead-in excludes.
   */
  excludes: TermId[]
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
  /**
   * Parallel to cells: per column, one link per English value, or null while the vocabulary has no term for that value.
   */
  terms: {
    [k: string]: (TermLink | null)[]
  }
  /**
   * Present only when a value of the row carries a footnote mark in the source locale (US<sup>1</sup>): per column, in column order, parallel to the English values of cells, the marks of each value (most have none). The mark is not part of the value's text; the paragraph with the same footnote says what it means.
   */
  marks?: {
    [k: string]: string[][]
  }
  /**
   * Present only when a value of the row holds a link in the source locale: per column, in column order, parallel to the English values of cells, the links of each value.
   */
  links?: {
    [k: string]: Links[]
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
 * What one value names: a term, and the terms that qualify it (a condition such as condition/fraud-reported, or what a place holds).
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "termLink".
 */
export interface TermLink {
  term: TermId
  /**
   * @minItems 1
   */
  qualifiers?: [TermId, ...TermId[]]
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
  /**
   * Present in a list that enumerates things (stores, pages): what the item names, or null while the vocabulary has no term for it.
   */
  term?: TermLink | null
  mentions: Mentions
  quantities: LocalizedQuantities
  links: Links
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
  mentions: Mentions
  quantities: LocalizedQuantities
  links: Links
  section: Section
  source: LocalizedPosition
}
/**
 * One entry of the vocabulary.
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "term".
 */
export interface Term {
  id: TermId
  kind: TermKind
  /**
   * The standard code, in the scheme codeScheme names.
   */
  code?: string
  codeScheme?: CodeScheme
  /**
   * True for a thing that no longer exists (a retired cloud), kept because earlier versions of the article name it.
   */
  retired?: boolean
  /**
   * The terms this one is made of, for a place that groups others.
   *
   * @minItems 1
   */
  includes?: [TermId, ...TermId[]]
  label: TermLabel
  aliases?: LocalizedNames
  valueAliases?: LocalizedNames1
}
export interface TermLabel {
  en: string
  sv: string
}
/**
 * Other names, found anywhere: in values and inside sentences.
 */
export interface LocalizedNames {
  /**
   * @minItems 1
   */
  en?: [string, ...string[]]
  /**
   * @minItems 1
   */
  sv?: [string, ...string[]]
}
/**
 * Names that stand for the term only as a whole value ("Any"), never inside a sentence.
 */
export interface LocalizedNames1 {
  /**
   * @minItems 1
   */
  en?: [string, ...string[]]
  /**
   * @minItems 1
   */
  sv?: [string, ...string[]]
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
/**
 * Names per locale; a locale with none is left out.
 *
 * This interface was referenced by `Dataset`'s JSON-Schema
 * via the `definition` "localizedNames".
 */
export interface LocalizedNames2 {
  /**
   * @minItems 1
   */
  en?: [string, ...string[]]
  /**
   * @minItems 1
   */
  sv?: [string, ...string[]]
}
