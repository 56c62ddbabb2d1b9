import type {
  Links,
  List,
  Locale,
  LocalizedPosition,
  Note,
  Paragraph,
  Row,
  SourcePosition,
  Table,
} from '@mfa-residency/dataset'
import { entityPath, itemPath, valuePath } from '@mfa-residency/dataset/paths'
import { rowsShareAValue, textsAlike } from '../position-evidence.js'
import type { DiffContext } from './context.js'
import { match } from './match.js'

/*
 * The entities and cell values both sides keep, paired exactly as the entity rules pair them
 * (tables.ts, lists.ts, prose.ts: the same texts, the same options), for the rules that read what
 * the source's markup says beside the text: links and footnote marks. What only one side has is
 * reported as a whole by the entity rules.
 */

/** Where a change sits: its path, the entity it is grouped under, how a summary names it, lines. */
export interface Place {
  path: string
  entity: string
  what: string
  base: SourcePosition | null | undefined
  head: SourcePosition | null | undefined
}

/** A paragraph, note or list item both sides have, with its place and its links on each side. */
export interface KeptProse {
  place: Place
  from: { links: Links }
  to: { links: Links }
}

/** One value of a cell, with what the row records beside its text. */
export interface CellValue {
  text: string
  marks: string[]
  links: Links
}

/** A value of a cell both sides have, or one the head added (`from` is `null`). */
export interface KeptValue {
  place: Place
  from: CellValue | null
  to: CellValue
}

const lines = (source: Locale, from: { source: LocalizedPosition }, to: typeof from) => ({
  base: from.source[source],
  head: to.source[source],
})

/** Paragraphs both sides have, paired as prose.ts pairs them (by text, then by position). */
export function keptParagraphs(
  context: DiffContext,
): { place: Place; from: Paragraph; to: Paragraph }[] {
  const { source } = context
  const paragraphs = match(
    context.base.paragraphs,
    context.head.paragraphs,
    (paragraph) => paragraph.text[source] ?? '',
    {
      byPosition: true,
    },
  )
  return paragraphs.matched.map(({ base: from, head: to }) => ({
    place: {
      path: entityPath('paragraphs', to.id),
      entity: to.id,
      what: `paragraph ${to.id}`,
      ...lines(source, from, to),
    },
    from,
    to,
  }))
}

/** Paragraphs, notes and list items both sides have. */
export function keptProse(context: DiffContext): KeptProse[] {
  const { source } = context
  const kept: KeptProse[] = keptParagraphs(context)
  const notes = match(
    context.base.notes,
    context.head.notes,
    (note: Note) => note.text[source] ?? '',
  )
  for (const { base: from, head: to } of notes.matched) {
    const place = { path: entityPath('notes', to.id), entity: to.id, what: `note ${to.id}` }
    kept.push({ place: { ...place, ...lines(source, from, to) }, from, to })
  }
  const itemsText = (list: List) => list.items.map((item) => item.text[source] ?? '').join(' ')
  for (const lists of match(context.base.lists, context.head.lists, itemsText).matched) {
    const items = match(lists.base.items, lists.head.items, (item) => item.text[source] ?? '', {
      byPosition: (a, b) => textsAlike(a.text[source] ?? '', b.text[source] ?? ''),
    })
    for (const { base: from, head: to } of items.matched) {
      const place = {
        path: itemPath(lists.head.id, to.id),
        entity: lists.head.id,
        what: `item ${to.id} of list ${lists.head.id}`,
      }
      kept.push({ place: { ...place, ...lines(source, from, to) }, from, to })
    }
  }
  return kept
}

/** The values of one cell in the source locale, with their marks and links. */
function cellValues(row: Row, column: string, source: Locale): CellValue[] {
  return (row.cells[column]?.[source] ?? []).map((text, index) => ({
    text: text ?? '',
    marks: row.marks?.[column]?.[index] ?? [],
    links: row.links?.[column]?.[index] ?? [],
  }))
}

/**
 * Each head value's partner: the base value of the same text, or, when the cell kept its number
 * of values, the one at the same index (the value was reworded); `null` for a new value.
 */
function partners(from: readonly CellValue[], to: readonly CellValue[]): (number | null)[] {
  const used = new Set<number>()
  const found = to.map((value) => {
    const index = from.findIndex((candidate, at) => !used.has(at) && candidate.text === value.text)
    if (index === -1) return null
    used.add(index)
    return index
  })
  if (from.length !== to.length) return found
  return found.map((index, at) => {
    if (index !== null || used.has(at)) return index
    used.add(at)
    return at
  })
}

/** What tables.ts pairs rows by: all their values in the source locale. */
const rowText = (source: Locale) => (row: Row) =>
  Object.values(row.cells)
    .flatMap((cell) => cell[source] ?? [])
    .join(' ')

/** What tables.ts pairs tables by: section, column labels and rows. */
const tableText = (source: Locale) => (table: Table) =>
  [
    (table.section[source] ?? []).join(' '),
    table.columns.map((column) => column.label[source]).join(' '),
    ...table.rows.map(rowText(source)),
  ].join(' ')

/** The rows both sides of a kept table have, with the columns both have. */
function keptRows(context: DiffContext, from: Table, to: Table) {
  const { source } = context
  const columns = match(from.columns, to.columns, (column) => column.label[source] ?? '', {
    threshold: 0.6,
    byPosition: true,
  }).matched.map((pair) => ({ base: pair.base.id, head: pair.head.id }))
  const rows = match(from.rows, to.rows, rowText(source), {
    byPosition: (a, b) => rowsShareAValue(a, b, source),
  }).matched
  return { rows, columns }
}

/** Every cell value of the tables both sides have, each with its partner of the base. */
export function keptValues(context: DiffContext): KeptValue[] {
  const { source } = context
  const kept: KeptValue[] = []
  const tables = match(context.base.tables, context.head.tables, tableText(source))
  for (const { base: from, head: to } of tables.matched) {
    const { rows, columns } = keptRows(context, from, to)
    for (const { base: before, head: after } of rows)
      for (const column of columns) {
        const old = cellValues(before, column.base, source)
        const now = cellValues(after, column.head, source)
        partners(old, now).forEach((partner, index) => {
          const value = now[index]!
          kept.push({
            place: {
              path: valuePath(to.id, after.id, column.head, index),
              entity: to.id,
              what: `${to.id} › ${after.id} › ${column.head} › "${value.text}"`,
              ...lines(source, before, after),
            },
            from: partner === null ? null : old[partner]!,
            to: value,
          })
        })
      }
  }
  return kept
}
