import type { Cell, Row, Table, TermLink } from '@mfa-residency/dataset'
import type { SiteLocale } from './i18n.js'

export interface Matrix {
  table: Table
  rows: string[]
  columns: string[]
  /** What each row's key names (when it is one value) and each column's value names, for codes. */
  rowTerms: (TermLink | null)[]
  columnTerms: (TermLink | null)[]
  /** `has[row][column]` */
  has: boolean[][]
}

/**
 * Tables of the shape "key → several values" (two columns, the second with multi-value cells) read
 * better as a matrix: one row per key, one column per distinct value, a tick where they meet. For
 * this article that is event type × data store, one matrix per cloud scope; nothing here names them.
 */
export function matrices(tables: readonly Table[], locale: SiteLocale): Matrix[] {
  return tables
    .filter((table) => table.columns.length === 2)
    .filter((table) => table.rows.some((row) => row.cells[table.columns[1]!.id]!.en.length > 1))
    .map((table) => {
      const [key, value] = table.columns as [Table['columns'][number], Table['columns'][number]]
      // Value by value: a cell's translation can lack some values, which stay English.
      const pick = (cell: Cell) => cell.en.map((english, index) => cell[locale]?.[index] ?? english)
      const rows = table.rows.map((row) => pick(row.cells[key.id]!).join(', '))
      const columns = [...new Set(table.rows.flatMap((row) => pick(row.cells[value.id]!)))]
      const has = table.rows.map((row) => {
        const stored = new Set(pick(row.cells[value.id]!))
        return columns.map((column) => stored.has(column))
      })
      const links = (row: Row, column: string) => row.terms[column] ?? []
      const rowTerms = table.rows.map((row) => {
        const keys = links(row, key.id)
        return keys.length === 1 ? (keys[0] ?? null) : null
      })
      const columnTerms = columns.map((column) => {
        for (const row of table.rows) {
          const index = pick(row.cells[value.id]!).indexOf(column)
          if (index >= 0) return links(row, value.id)[index] ?? null
        }
        return null
      })
      return { table, rows, columns, rowTerms, columnTerms, has }
    })
}
