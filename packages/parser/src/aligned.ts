import type { Locale, SourcePosition } from './document.js'

/** One value per locale; a target locale's value is `null` when it has no counterpart. */
export type PerLocale<T> = Record<Locale, T | null>

export interface AlignedColumn {
  id: string
  label: PerLocale<string>
}

export interface AlignedRow {
  id: string
  /** Keyed by column id; each cell is a list of values per locale, of equal length. */
  cells: Record<string, PerLocale<string[]>>
  source: PerLocale<SourcePosition>
}

export interface AlignedTable {
  id: string
  section: PerLocale<string[]>
  leadIn: PerLocale<string>
  columns: AlignedColumn[]
  rows: AlignedRow[]
  /** The header row's line. */
  source: PerLocale<SourcePosition>
}

export interface AlignedListItem {
  text: PerLocale<string>
  source: PerLocale<SourcePosition>
}

export interface AlignedList {
  id: string
  ordered: boolean
  section: PerLocale<string[]>
  leadIn: PerLocale<string>
  items: AlignedListItem[]
  source: PerLocale<SourcePosition>
}

export interface AlignedNote {
  id: string
  kind: string
  text: PerLocale<string>
  section: PerLocale<string[]>
  source: PerLocale<SourcePosition>
}

/** Something in a target locale that is missing, does not fit, or has no counterpart in the source. */
export interface TranslationGap {
  locale: Locale
  /** Where in the dataset, for example `tables/<id>/rows/<id>`. */
  path: string
  reason: string
  source: Partial<Record<Locale, SourcePosition>>
}

export interface AlignedDocuments {
  /** The source locale first, then the targets in the order given. */
  locales: Locale[]
  tables: AlignedTable[]
  lists: AlignedList[]
  notes: AlignedNote[]
  translationGaps: TranslationGap[]
}
