import { getTable, type Table, tables } from '@mfa-residency/dataset'
import type { Context, Lang } from '../context.js'
import { pick, pickJson, sectionPath } from '../localize.js'
import { renderTable, wrap } from '../render-table.js'
import { suggest } from '../text-match.js'
import { sourceOf } from './source.js'

export function tableJson(table: Table, lang: Lang) {
  return {
    id: table.id,
    section: pickJson(table.section, lang),
    leadIn: pickJson(table.leadIn, lang),
    columns: table.columns.map((column) => ({
      id: column.id,
      label: pickJson(column.label, lang),
    })),
    rows: table.rows.map((row) => ({
      id: row.id,
      cells: Object.fromEntries(
        Object.entries(row.cells).map(([id, cell]) => [id, pickJson(cell, lang)]),
      ),
      source: sourceOf(row.source),
    })),
    source: sourceOf(table.source),
  }
}

function renderOne(table: Table, locale: 'en' | 'sv', ctx: Context): string {
  const headers = table.columns.map((column) => pick(column.label, locale))
  const rows = table.rows.map((row) =>
    table.columns.map((column) => row.cells[column.id]![locale] ?? ['–']),
  )
  const leadIn = table.leadIn[locale]
  return [
    ...wrap(sectionPath(table.section, locale) || table.id, ctx.width).map((line) =>
      ctx.colors.bold(line),
    ),
    ...(leadIn ? wrap(leadIn, ctx.width) : []),
    '',
    renderTable(headers, rows, ctx.width, ctx.colors),
  ].join('\n')
}

export function unknownTable(id: string, ctx: Context): number {
  const guess = suggest(
    id,
    tables.map((table) => table.id),
  )
  ctx.err(
    `unknown table "${id}"${guess ? `; did you mean "${guess}"?` : ''} (\`mfa-residency tables\` lists them)`,
  )
  return 1
}

export function showTable(id: string, ctx: Context): number {
  const table = getTable(id)
  if (!table) return unknownTable(id, ctx)
  if (ctx.json) {
    ctx.out(JSON.stringify(tableJson(table, ctx.lang), null, 2))
    return 0
  }
  const locales = ctx.lang === 'both' ? (['en', 'sv'] as const) : ([ctx.lang] as const)
  const source = sourceOf(table.source)
  const footer = ctx.colors.dim(
    `source: ${Object.entries(source)
      .map(([locale, where]) => `${where ?? `no ${locale} counterpart`}`)
      .join(', ')}`,
  )
  ctx.out([...locales.map((locale) => renderOne(table, locale, ctx)), footer].join('\n\n'))
  return 0
}
