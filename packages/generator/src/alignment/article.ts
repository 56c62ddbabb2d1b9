import type {
  Dataset,
  Heading,
  List,
  ListItem,
  Locale,
  Note,
  Paragraph,
  Row,
  Table,
} from '@mfa-residency/dataset'
import type { Block, TableBlock } from '@mfa-residency/parser'

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
