import type { Dataset, Locale, Row, Table } from '@mfa-residency/dataset'
import { parsePath } from '@mfa-residency/dataset/paths'
import type { Change, EntityContents } from '../report.js'
import type { Sides } from './names.js'

const valuesOf = (row: Row, table: Table, locale: Locale) =>
  table.columns.map((column) =>
    (row.cells[column.id]?.[locale] ?? []).filter((value): value is string => value !== null),
  )

/** What one added or removed table, row, list or note holds, from the side that has it. */
function contentsOf(
  change: Change,
  dataset: Dataset,
  source: Locale,
): Omit<EntityContents, 'change'> | null {
  const parsed = parsePath(change.path)
  if (!parsed || parsed.cell || parsed.column || parsed.item) return null
  if (parsed.collection === 'tables') {
    const table = dataset.tables.find((entry) => entry.id === parsed.id)
    if (!table) return null
    const rows = parsed.row ? table.rows.filter((row) => row.id === parsed.row) : table.rows
    if (rows.length === 0) return null
    return {
      columns: table.columns.map((column) => column.label[source] ?? column.id),
      rows: rows.map((row) => valuesOf(row, table, source)),
    }
  }
  if (parsed.collection === 'lists') {
    const list = dataset.lists.find((entry) => entry.id === parsed.id)
    if (!list) return null
    return {
      columns: [list.ordered ? 'Numbered items' : 'Items'],
      rows: list.items.map((item) => [[item.text[source] ?? '']]),
    }
  }
  if (parsed.collection === 'notes') {
    const note = dataset.notes.find((entry) => entry.id === parsed.id)
    return note ? { columns: [`Note (${note.kind})`], rows: [[[note.text[source] ?? '']]] } : null
  }
  return null
}

/**
 * Cell by cell, what each added or removed table, row, list or note holds, in the source locale: a
 * reviewer sees what went, not only that it went.
 */
export function contentsOfChanges(changes: readonly Change[], sides?: Sides): EntityContents[] {
  if (!sides) return []
  const source = sides.head.locales[0]
  const found: EntityContents[] = []
  changes.forEach((change, index) => {
    if (change.action !== 'added' && change.action !== 'removed') return
    if (!['table', 'row', 'list', 'note'].includes(change.kind)) return
    const dataset = change.action === 'removed' ? sides.base : sides.head
    const contents = contentsOf(change, dataset, source)
    if (contents) found.push({ change: index, ...contents })
  })
  return found
}
