import type { Dataset, Table } from '@mfa-residency/dataset'
import { csvCell } from '@mfa-residency/output-safety'

const field = (value: string | number) => csvCell(String(value))

/**
 * One CSV record per value, both languages side by side (RFC 4180). A value that a spreadsheet
 * would evaluate as a formula (`=`, `+`, `-`, `@`, tab, CR first) starts with `'` (`csvCell`).
 */
export function tableCsv(table: Table): string {
  const lines = [['row', 'column', 'index', 'en', 'sv', 'en_line', 'sv_line'].join(',')]
  for (const row of table.rows) {
    for (const column of table.columns) {
      const cell = row.cells[column.id]!
      cell.en.forEach((value, index) => {
        lines.push(
          [
            row.id,
            column.id,
            index,
            value,
            cell.sv?.[index] ?? '',
            row.source.en.line,
            row.source.sv?.line ?? '',
          ]
            .map(field)
            .join(','),
        )
      })
    }
  }
  return `${lines.join('\r\n')}\r\n`
}

/** Every download: path under `downloads/` and its contents. */
export function downloads(dataset: Dataset, schema: string): [string, string][] {
  return [
    ['dataset.json', `${JSON.stringify(dataset, null, 2)}\n`],
    ['dataset.schema.json', schema],
    ...dataset.tables.map((table): [string, string] => [`${table.id}.csv`, tableCsv(table)]),
  ]
}
