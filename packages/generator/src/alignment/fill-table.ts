import type { Block } from '@mfa-residency/parser'
import type { Cell, Table } from './article.js'
import { get, put } from './article.js'
import type { FillContext } from './fill-context.js'
import { pairByText } from './pair-by-text.js'

type TargetTable = Extract<Block, { kind: 'table' }>

/**
 * Write a translated table into the base's: its column labels, then each row paired by its text.
 * A table with a different number of columns is a misfit and gets no translation at all.
 */
export function fillTable(context: FillContext, table: Table, block: TargetTable): void {
  const { from, to } = context
  if (block.columns.length !== table.columns.length) {
    context.reasons.set(
      table,
      `the ${to} table has ${block.columns.length} columns, the English it translates has ${table.columns.length}`,
    )
    return
  }
  table.columns.forEach((column, index) => {
    put(column.label, to, block.columns[index]!)
  })
  const rowText = (cells: readonly (readonly string[])[]) => cells.flat().join(' ')
  const source = table.rows.map((row) =>
    rowText(table.columns.map((column) => get<string[]>(row.cells[column.id]!, from) ?? [])),
  )
  for (const pair of pairByText(
    source,
    block.rows.map((row) => rowText(row.cells)),
  )) {
    const targetRow = pair.b === null ? null : block.rows[pair.b]!
    if (pair.a === null) {
      context.unpaired.push({
        path: `tables/${table.id}/rows`,
        what: 'row',
        text: targetRow!.cells.flat(),
        line: targetRow!.line,
        endLine: targetRow!.endLine,
      })
      continue
    }
    const row = table.rows[pair.a]!
    if (targetRow === null) continue
    put(row.source, to, { line: targetRow.line, endLine: targetRow.endLine })
    table.columns.forEach((column, index) => {
      fillCell(context, row.cells[column.id]!, targetRow.cells[index]!, targetRow.line)
    })
  }
}

/**
 * Write one translated cell. A joined cell waits to be split; otherwise the values are taken as
 * they are when there are as many as in the English, and the cell is a misfit when not.
 */
function fillCell(context: FillContext, cell: Cell, targetValues: string[], line: number): void {
  const { from, to, target } = context
  if (target.joinedCells) {
    context.joined.push({
      cell: {
        sourceValues: get<string[]>(cell, from) ?? [],
        joined: targetValues.join(' '),
        file: target.file,
        line,
      },
      owner: cell,
      apply: (values) => {
        put(cell, to, values)
      },
    })
  } else if (targetValues.length === (get<string[]>(cell, from) ?? []).length) {
    put(cell, to, targetValues)
  } else {
    context.reasons.set(
      cell,
      `the ${to} cell has ${targetValues.length} values, the English it translates has ${(get<string[]>(cell, from) ?? []).length}`,
    )
  }
}
