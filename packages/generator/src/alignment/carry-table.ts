import { cellPath, columnPath, entityPath, rowPath } from '@mfa-residency/dataset/paths'
import type { Locale, Table } from './article.js'
import { put } from './article.js'
import { carryBlock } from './carry-block.js'
import { carryCell } from './carry-cell.js'
import type { CarryContext } from './carry-context.js'

/**
 * Carry a table: its section, lead-in and lines, then its column labels, the cells of every row,
 * and an `extra` gap for each translated row or column whose English was removed. A table the base
 * could not fill (a misfit) is `missing` as a whole.
 */
export function carryTable(context: CarryContext, entity: Table): void {
  const { from, to } = context
  const path = entityPath('tables', entity.id)
  const previous = carryBlock(context, entity, path)
  if (!previous) return
  const misfit = context.base.reasons.get(previous)
  if (misfit !== undefined) {
    context.gap('missing', path, misfit, { source: entity.source[from], target: entity.source[to] })
    return
  }
  const columns = carryColumns(context, entity)
  carryRows(context, entity, columns)
  removedParts(context, entity, previous)
}

/** Carry the column labels; returns each carried column's id → the id it has in the base. */
function carryColumns(context: CarryContext, entity: Table): Map<string, string> {
  const { from, to } = context
  const columns = new Map<string, string>()
  for (const column of entity.columns) {
    const before = context.partner.get(column) as Table['columns'][number] | undefined
    const place = columnPath(entity.id, column.id)
    if (!before || before.label[to] === null) {
      context.gap('missing', place, context.missingReason(before), { source: entity.source[from] })
      continue
    }
    columns.set(column.id, before.id)
    put(column.label, to, before.label[to])
    if (column.label[from] !== before.label[from]) {
      context.gap(
        'stale',
        place,
        context.staleReason,
        { source: entity.source[from], target: entity.source[to] },
        { translates: before.label[from]! },
      )
    }
  }
  return columns
}

/** Carry every row's lines and, in the carried columns, its cells. */
function carryRows(context: CarryContext, entity: Table, columns: Map<string, string>): void {
  const { from, to } = context
  for (const row of entity.rows) {
    const place = rowPath(entity.id, row.id)
    const before = context.partner.get(row) as Table['rows'][number] | undefined
    if (!before || before.source[to] === null) {
      context.gap('missing', place, context.missingReason(before), { source: row.source[from] })
      continue
    }
    put(row.source, to, before.source[to])
    for (const [column, previousColumn] of columns) {
      const lines = { source: row.source[from], target: row.source[to] }
      carryCell(
        context,
        row.cells[column]!,
        before.cells[previousColumn]!,
        cellPath(entity.id, row.id, column),
        lines,
      )
    }
  }
}

/** An `extra` gap for each translated row or column of the base table that the English lost. */
function removedParts(context: CarryContext, entity: Table, previous: Table): void {
  const { from, to } = context
  for (const removal of context.removals.get(entity) ?? []) {
    if (removal.kind === 'row' && removal.entity.source[to] !== null) {
      const values = (locale: Locale) =>
        Object.values(removal.entity.cells).flatMap((cell) =>
          (cell[locale] ?? []).filter((value): value is string => value !== null),
        )
      context.gap(
        'extra',
        rowPath(previous.id, removal.entity.id),
        context.removedReason,
        { target: removal.entity.source[to] },
        {
          translates: values(from),
          text: values(to),
        },
      )
    } else if (removal.kind === 'column' && removal.entity.label[to] !== null) {
      // Nothing of the column is lost: its label, then its value in every row.
      const column = (locale: Locale) => [
        removal.entity.label[locale]!,
        ...previous.rows.flatMap((row) =>
          (row.cells[removal.entity.id]?.[locale] ?? []).filter(
            (value): value is string => value !== null,
          ),
        ),
      ]
      context.gap(
        'extra',
        columnPath(previous.id, removal.entity.id),
        context.removedReason,
        { target: previous.source[to] },
        { translates: column(from), text: column(to) },
      )
    }
  }
}
