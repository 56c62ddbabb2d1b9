import type * as Published from '@mfa-residency/dataset'
import type { Locale } from '@mfa-residency/dataset'
import type { Block, TableBlock } from '@mfa-residency/parser'

export type { Cell, Column, Locale, SourcePosition, TranslationGap } from '@mfa-residency/dataset'

/**
 * The entities as alignment builds them: the published shapes without the fields that linking to
 * the vocabulary adds afterwards (`vocabulary/link-terms.ts`). A published entity is one of these
 * too, so the memory can be aligned against.
 */
export type Heading = Published.Heading
export type Paragraph = Omit<Published.Paragraph, 'mentions' | 'quantities'>
export type Note = Omit<Published.Note, 'mentions' | 'quantities'>
export type ListItem = Omit<Published.ListItem, 'mentions' | 'quantities' | 'term'>
export type List = Omit<Published.List, 'items'> & { items: ListItem[] }
export type Row = Omit<Published.Row, 'terms'>
export type Table = Omit<Published.Table, 'rows' | 'appliesTo' | 'excludes'> & { rows: Row[] }
export type Dataset = Omit<
  Published.Dataset,
  'paragraphs' | 'notes' | 'lists' | 'tables' | 'terms'
> & { paragraphs: Paragraph[]; notes: Note[]; lists: List[]; tables: Table[] }

/** The body of a dataset: every entity of the article, and their order. */
export type ArticleBody = Pick<
  Dataset,
  'outline' | 'headings' | 'paragraphs' | 'tables' | 'lists' | 'notes'
>

/** One top-level entity with the block it was read from (the title has no block of its own). */
export type Entry =
  | { kind: 'heading'; entity: Heading; block: Block | null }
  | { kind: 'paragraph'; entity: Paragraph; block: Block }
  | { kind: 'table'; entity: Table; block: TableBlock }
  | { kind: 'list'; entity: List; block: Extract<Block, { kind: 'list' }> }
  | { kind: 'note'; entity: Note; block: Extract<Block, { kind: 'note' }> }

export type Entity = Heading | Paragraph | Table | List | Note | Row | ListItem

export const collectionOf = {
  heading: 'headings',
  paragraph: 'paragraphs',
  table: 'tables',
  list: 'lists',
  note: 'notes',
} as const

/**
 * Datasets are typed with the published locales (en, sv); corpus articles may use any. Locale
 * strings enter the typed model here, and only here.
 */
export function asLocale(locale: string): Locale {
  return locale as Locale
}

/** A value for the source locale and `null` for every other one, in locale order. */
export function localized<T>(locales: readonly string[], source: string, value: T | null) {
  return Object.fromEntries(
    locales.map((locale) => [locale, locale === source ? value : null]),
  ) as Record<Locale, T>
}

/** The same entities in a fresh body, so later steps can fill translations in place. */
export function cloneBody<T extends ArticleBody>(body: T): T {
  return structuredClone(body)
}

export function emptyBody(): ArticleBody {
  return { outline: [], headings: [], paragraphs: [], tables: [], lists: [], notes: [] }
}

/**
 * Set one locale's value. The generated types make the source locale's value non-null, so a
 * translation is written through here rather than by assignment.
 */
export function put(target: object, locale: string, value: unknown): void {
  ;(target as Record<string, unknown>)[locale] = value
}

/** One locale's value, typed by what the caller knows it holds. */
export function get<T>(source: object, locale: string): T | null {
  return (source as Record<string, T | null | undefined>)[locale] ?? null
}
