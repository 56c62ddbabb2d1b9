import data from '../data/dataset.json' with { type: 'json' }
import type { Cell, Dataset, List, Locale, Note, Table } from './types.generated.js'

export type * from './types.generated.js'

/** The whole dataset, as in `data/dataset.json`. */
export const dataset = data as Dataset

export const tables: readonly Table[] = dataset.tables
export const lists: readonly List[] = dataset.lists
export const notes: readonly Note[] = dataset.notes

const tablesById = new Map(tables.map((table) => [table.id, table]))
const listsById = new Map(lists.map((list) => [list.id, list]))

export function getTable(id: string): Table | undefined {
  return tablesById.get(id)
}

export function getList(id: string): List | undefined {
  return listsById.get(id)
}

/**
 * The values of one cell, by table, row and column id, in one locale. `undefined` when an id is
 * unknown; `null` when the locale has no counterpart for the cell (see `translationGaps`).
 *
 * @example lookup('multifactor-authentication-activity-reports-for-sovereign-clouds', 'microsoft-azure-operated-by-21vianet', 'sign-in-logs') // ['China']
 */
export function lookup(
  tableId: string,
  rowId: string,
  columnId: string,
  locale: Locale = 'en',
): string[] | null | undefined {
  const cell: Cell | undefined = getTable(tableId)?.rows.find((row) => row.id === rowId)?.cells[
    columnId
  ]
  return cell === undefined ? undefined : cell[locale]
}
