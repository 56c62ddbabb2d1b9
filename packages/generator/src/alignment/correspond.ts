import { type Matching, matchEntities, rowsShareAValue, textsAlike } from '@mfa-residency/compare'
import type {
  Column,
  Heading,
  List,
  ListItem,
  Locale,
  Note,
  Paragraph,
  Row,
  Table,
} from './article.js'
import { type ArticleBody, asLocale } from './article.js'

/** What was removed, and from where: a whole entity, or a row, column or item of a kept one. */
export type Removal =
  | { kind: 'heading'; entity: Heading }
  | { kind: 'paragraph'; entity: Paragraph }
  | { kind: 'table'; entity: Table }
  | { kind: 'list'; entity: List }
  | { kind: 'note'; entity: Note }
  | { kind: 'row'; entity: Row; parent: Table }
  | { kind: 'column'; entity: Column; parent: Table }
  | { kind: 'item'; entity: ListItem; parent: List }

export interface Correspondence {
  /** Each head entity (heading, paragraph, table, column, row, list, item, note) → its base. */
  partner: Map<object, object>
  removed: Removal[]
}

/**
 * Which entity of `head` continues which entity of `base`, at every level, matched on the source
 * locale's text: the memory that keeps ids stable and carries translations over.
 */
export function correspond(base: ArticleBody, head: ArticleBody, source: string): Correspondence {
  const locale = asLocale(source)
  const found: Correspondence = { partner: new Map<object, object>(), removed: [] }
  const { tables, lists } = correspondEntities(base, head, locale, found)
  for (const { base: from, head: to } of tables.pairs) correspondTableParts(from, to, locale, found)
  for (const { base: from, head: to } of lists.pairs) correspondItems(from, to, locale, found)
  return found
}

const id = <T extends { id: string }>(entity: T) => entity.id
const aliases = <T extends { aliases?: readonly string[] }>(entity: T) => entity.aliases ?? []
const textOf = (value: string | null | undefined) => value ?? ''
const cellsText = (row: Row, locale: Locale) =>
  Object.values(row.cells)
    .flatMap((cell) => cell[locale] ?? [])
    .join(' ')

/** Match the top-level entities; returns the table and list matchings, whose parts match next. */
function correspondEntities(
  base: ArticleBody,
  head: ArticleBody,
  locale: Locale,
  found: Correspondence,
): { tables: Matching<Table>; lists: Matching<List> } {
  const context = headingContext(base, locale)
  const headContext = headingContext(head, locale)
  const headings = matchEntities(base.headings, head.headings, {
    id,
    mintedIds: true,
    aliases,
    text: (heading) => context.get(heading) ?? headContext.get(heading) ?? '',
    byPosition: true,
  })
  const paragraphs = matchEntities(base.paragraphs, head.paragraphs, {
    id,
    mintedIds: true,
    aliases,
    text: (paragraph) => textOf(paragraph.text[locale]),
    byPosition: true,
  })
  const notes = matchEntities(base.notes, head.notes, {
    id,
    mintedIds: true,
    aliases,
    text: (note) => textOf(note.text[locale]),
  })
  const tables = matchEntities(base.tables, head.tables, {
    id,
    mintedIds: true,
    aliases,
    text: (table) =>
      [
        (table.section[locale] ?? []).join(' '),
        table.columns.map((column) => column.label[locale]).join(' '),
        ...table.rows.map((row) => cellsText(row, locale)),
      ].join(' '),
  })
  const lists = matchEntities(base.lists, head.lists, {
    id,
    mintedIds: true,
    aliases,
    text: (list) => list.items.map((item) => textOf(item.text[locale])).join(' '),
  })
  const { partner, removed } = found
  for (const matching of [headings, paragraphs, notes, tables, lists])
    for (const pair of matching.pairs) partner.set(pair.head, pair.base)
  for (const entity of headings.removed) removed.push({ kind: 'heading', entity })
  for (const entity of paragraphs.removed) removed.push({ kind: 'paragraph', entity })
  for (const entity of tables.removed) removed.push({ kind: 'table', entity })
  for (const entity of lists.removed) removed.push({ kind: 'list', entity })
  for (const entity of notes.removed) removed.push({ kind: 'note', entity })
  return { tables, lists }
}

/** Match the columns and rows of a table `to` that continues `from`. */
function correspondTableParts(from: Table, to: Table, locale: Locale, found: Correspondence): void {
  const columns = matchEntities(from.columns, to.columns, {
    id,
    mintedIds: true,
    text: (column) => textOf(column.label[locale]),
    threshold: 0.6,
    byPosition: true,
  })
  // A row or item between the same neighbours on both sides is the same one, reworded, when it
  // still shares something with its predecessor; an unrelated one in its place is new.
  const rows = matchEntities(from.rows, to.rows, {
    id,
    mintedIds: true,
    aliases,
    text: (row) => cellsText(row, locale),
    byPosition: (a, b) => rowsShareAValue(a, b, locale),
  })
  for (const pair of [...columns.pairs, ...rows.pairs]) found.partner.set(pair.head, pair.base)
  for (const entity of columns.removed) found.removed.push({ kind: 'column', entity, parent: to })
  for (const entity of rows.removed) found.removed.push({ kind: 'row', entity, parent: to })
}

/** Match the items of a list `to` that continues `from`. */
function correspondItems(from: List, to: List, locale: Locale, found: Correspondence): void {
  const items = matchEntities(from.items, to.items, {
    id,
    mintedIds: true,
    aliases,
    text: (item) => textOf(item.text[locale]),
    byPosition: (a, b) => textsAlike(textOf(a.text[locale]), textOf(b.text[locale])),
  })
  for (const pair of items.pairs) found.partner.set(pair.head, pair.base)
  for (const entity of items.removed) found.removed.push({ kind: 'item', entity, parent: to })
}

/**
 * A heading alone says little ("Next steps" became "Related content"), so it is compared together
 * with the start of the block after it.
 */
function headingContext(body: ArticleBody, locale: Locale) {
  const byPath = new Map<string, Heading | Paragraph | Note>()
  for (const heading of body.headings) byPath.set(`headings/${heading.id}`, heading)
  for (const paragraph of body.paragraphs) byPath.set(`paragraphs/${paragraph.id}`, paragraph)
  for (const note of body.notes) byPath.set(`notes/${note.id}`, note)
  const context = new Map<Heading, string>()
  body.outline.forEach((path, index) => {
    if (!path.startsWith('headings/')) return
    const heading = byPath.get(path)
    if (!heading || !('level' in heading)) return
    const next = body.outline[index + 1]
    const following = next === undefined ? undefined : byPath.get(next)
    const text = following ? (following.text[locale] ?? '').slice(0, 200) : ''
    context.set(heading, `${heading.text[locale] ?? ''} ${text}`.trim())
  })
  return context
}
