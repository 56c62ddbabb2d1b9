import { columnPath, type Dataset, entityPath, itemPath } from '@mfa-residency/dataset'
import { markdownText } from '@mfa-residency/diff/datasets'
import { csvCell, jsonText, terminalText } from '@mfa-residency/output-safety'
import type { Context } from '../context.js'
import { UsageError } from '../context.js'
import { pick, pickValues, sectionPath } from '../localize.js'
import { headingsOf } from '../table-title.js'
import { termsOf } from '../term-lookup.js'
import { translationsOf } from '../translation.js'

export const EXPORT_FORMATS = ['json', 'csv', 'ndjson', 'md'] as const

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

const mdCell = (values: string[]) => values.map(markdownText).join('<br>')

function markdown(dataset: Dataset, ctx: Context): string {
  const translations = translationsOf(dataset)
  const out: string[] = []
  for (const table of dataset.tables) {
    const path = entityPath('tables', table.id)
    const leadIn = translations.leadIn(path, table.leadIn)
    out.push(
      `## ${markdownText(sectionPath(headingsOf(table, dataset, translations), ctx.lang))}`,
      '',
    )
    if (leadIn) out.push(markdownText(pick(leadIn, ctx.lang)), '')
    const labels = table.columns.map((column) =>
      translations.text(columnPath(table.id, column.id), column.label),
    )
    out.push(`| ${labels.map((label) => mdCell([pick(label, ctx.lang)])).join(' | ')} |`)
    out.push(`|${table.columns.map(() => ' --- |').join('')}`)
    for (const row of table.rows) {
      const cells = table.columns.map((column) =>
        translations.cell(table.id, row.id, column.id, row.cells[column.id]!),
      )
      out.push(`| ${cells.map((values) => mdCell(pickValues(values, ctx.lang))).join(' | ')} |`)
    }
    out.push('')
  }
  for (const list of dataset.lists) {
    const path = entityPath('lists', list.id)
    out.push(
      `## ${markdownText(sectionPath(translations.section(path, list.section), ctx.lang) || list.id)}`,
      '',
      ...list.items.map(
        (item) =>
          `- ${markdownText(pick(translations.text(itemPath(list.id, item.id), item.text), ctx.lang))}`,
      ),
      '',
    )
  }
  for (const note of dataset.notes) {
    const text = translations.text(entityPath('notes', note.id), note.text)
    out.push(`> **${note.kind}**: ${markdownText(pick(text, ctx.lang))}`, '')
  }
  out.push(`Source: Microsoft Learn, CC BY 4.0. ${markdownText(dataset.sources.en.title ?? '')}`)
  return out.join('\n')
}

/**
 * `dataset` is the data as read, for the formats scripts read; Markdown is for people and shows
 * `ctx.dataset`, whose text is safe for a terminal.
 */
export function exportData(format: unknown, dataset: Dataset, ctx: Context): number {
  if (!EXPORT_FORMATS.includes(format as (typeof EXPORT_FORMATS)[number])) {
    throw new UsageError(
      `--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${String(format)}"`,
    )
  }
  if (format === 'json') ctx.out(jsonText(dataset, 2))
  else if (format === 'md') ctx.out(markdown(ctx.dataset, ctx))
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
