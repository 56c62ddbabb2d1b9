import { dataset, lists, notes, tables } from '@mfa-residency/dataset'
import type { Context } from '../context.js'
import { UsageError } from '../context.js'
import { pick, pickValues, sectionPath } from '../localize.js'

export const EXPORT_FORMATS = ['json', 'csv', 'ndjson', 'md'] as const

/** One record per cell value: the shape CSV and NDJSON share. */
function records(ctx: Context): Record<string, string | number | null>[] {
  const withEn = ctx.lang !== 'sv'
  const withSv = ctx.lang !== 'en'
  return tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      table.columns.flatMap((column) => {
        const cell = row.cells[column.id]!
        return cell.en.map((value, index) => ({
          table: table.id,
          row: row.id,
          column: column.id,
          index,
          ...(withEn ? { en: value, en_line: row.source.en.line } : {}),
          ...(withSv ? { sv: cell.sv?.[index] ?? null, sv_line: row.source.sv?.line ?? null } : {}),
        }))
      }),
    ),
  )
}

function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

const mdCell = (values: string[]) =>
  values.map((value) => value.replaceAll('|', '\\|')).join('<br>')

function markdown(ctx: Context): string {
  const locale = ctx.lang === 'sv' ? 'sv' : 'en'
  const out: string[] = []
  for (const table of tables) {
    out.push(`## ${sectionPath(table.section, ctx.lang) || table.id}`, '')
    if (table.leadIn[locale]) out.push(table.leadIn[locale]!, '')
    out.push(
      `| ${table.columns.map((column) => mdCell([pick(column.label, ctx.lang)])).join(' | ')} |`,
    )
    out.push(`|${table.columns.map(() => ' --- |').join('')}`)
    for (const row of table.rows) {
      out.push(
        `| ${table.columns.map((column) => mdCell(pickValues(row.cells[column.id]!, ctx.lang))).join(' | ')} |`,
      )
    }
    out.push('')
  }
  for (const list of lists) {
    out.push(
      `## ${sectionPath(list.section, ctx.lang) || list.id}`,
      '',
      ...list.items.map((item) => `- ${pick(item, ctx.lang)}`),
      '',
    )
  }
  for (const note of notes) out.push(`> **${note.kind}**: ${pick(note.text, ctx.lang)}`, '')
  out.push(`Source: Microsoft Learn, CC BY 4.0. ${dataset.sources.en.title ?? ''}`)
  return out.join('\n')
}

export function exportData(format: unknown, ctx: Context): number {
  if (!EXPORT_FORMATS.includes(format as (typeof EXPORT_FORMATS)[number])) {
    throw new UsageError(
      `--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${String(format)}"`,
    )
  }
  if (format === 'json') ctx.out(JSON.stringify(dataset, null, 2))
  else if (format === 'md') ctx.out(markdown(ctx))
  else {
    const rows = records(ctx)
    if (format === 'ndjson') ctx.out(rows.map((row) => JSON.stringify(row)).join('\n'))
    else {
      const header = Object.keys(rows[0] ?? {})
      const lines = [
        header.join(','),
        ...rows.map((row) => header.map((key) => csvField(row[key] ?? null)).join(',')),
      ]
      // Every record ends in CRLF (RFC 4180); out() adds the final LF.
      ctx.out(`${lines.join('\r\n')}\r`)
    }
  }
  return 0
}
