import type { Dataset } from '@mfa-residency/dataset'
import { csvCell, jsonText, terminalText } from '@mfa-residency/output-safety'
import { EXPORT_FORMATS } from '../command-table.js'
import type { Context } from '../context.js'
import { UsageError } from '../context.js'
import { termsOf } from '../term-lookup.js'

type Field = string | number | null | string[]

/**
 * One record per cell value: the shape CSV and NDJSON share. The term fields come after the text
 * fields, so that readers of the columns before them see no change.
 */
function records(dataset: Dataset, ctx: Context): Record<string, Field>[] {
  const withEn = ctx.lang !== 'sv'
  const withSv = ctx.lang !== 'en'
  const terms = termsOf(dataset)
  return dataset.tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      table.columns.flatMap((column) => {
        const cell = row.cells[column.id]!
        return cell.en.map((value, index) => {
          const link = row.terms[column.id]?.[index] ?? null
          return {
            table: table.id,
            row: row.id,
            column: column.id,
            index,
            ...(withEn ? { en: value, en_line: row.source.en.line } : {}),
            ...(withSv
              ? { sv: cell.sv?.[index] ?? null, sv_line: row.source.sv?.line ?? null }
              : {}),
            term: link?.term ?? null,
            code: (link && terms.get(link.term)?.code) ?? null,
            qualifiers: link?.qualifiers ?? [],
          }
        })
      }),
    ),
  )
}

/**
 * A CSV field; several ids (the qualifiers) are joined by "|", which no term id contains. On a
 * terminal the text is shown the way text output shows it; in a file or pipe it is the data.
 */
function csvField(value: Field, terminal: boolean): string {
  const text = value === null ? '' : Array.isArray(value) ? value.join('|') : String(value)
  return csvCell(terminal ? terminalText(text) : text)
}

/**
 * `dataset` is the data as read, for the formats scripts read (Markdown is the Markdown bundle's:
 * `export-markdown.ts`).
 */
export function exportData(format: unknown, dataset: Dataset, ctx: Context): number {
  if (format !== 'json' && format !== 'csv' && format !== 'ndjson') {
    throw new UsageError(ctx.messages.badFormat(EXPORT_FORMATS, String(format)))
  }
  if (format === 'json') ctx.out(jsonText(dataset, 2))
  else {
    const rows = records(dataset, ctx)
    if (format === 'ndjson') ctx.out(rows.map((row) => jsonText(row)).join('\n'))
    else {
      const header = Object.keys(rows[0] ?? {})
      const lines = [
        header.join(','),
        ...rows.map((row) =>
          header.map((key) => csvField(row[key] ?? null, ctx.terminal)).join(','),
        ),
      ]
      // Every record ends in CRLF (RFC 4180); out() adds the final LF.
      ctx.out(`${lines.join('\r\n')}\r`)
    }
  }
  return 0
}
