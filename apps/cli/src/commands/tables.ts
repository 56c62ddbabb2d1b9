import { entityPath } from '@mfa-residency/dataset'
import type { Context } from '../context.js'
import { gapsJson, pickJson, sectionPath } from '../localize.js'
import { renderTable } from '../render-table.js'
import { translationsOf } from '../translation.js'

export function listTables(ctx: Context): number {
  const { tables } = ctx.dataset
  const translations = translationsOf(ctx.dataset)
  const sectionOf = (table: (typeof tables)[number]) =>
    translations.section(entityPath('tables', table.id), table.section)
  if (ctx.json) {
    const summary = tables.map((table) => {
      const leadIn = translations.leadIn(entityPath('tables', table.id), table.leadIn)
      return {
        id: table.id,
        section: pickJson(table.section, ctx.lang),
        leadIn: pickJson(table.leadIn, ctx.lang),
        columns: table.columns.map((column) => column.id),
        rows: table.rows.length,
        ...gapsJson([...sectionOf(table), ...(leadIn ? [leadIn] : [])], ctx.lang),
      }
    })
    ctx.out(JSON.stringify(summary, null, 2))
    return 0
  }
  const rows = tables.map((table) => [
    [table.id],
    [sectionPath(sectionOf(table), ctx.lang)],
    [String(table.rows.length)],
  ])
  ctx.out(renderTable(['id', 'section', 'rows'], rows, ctx.width, ctx.colors))
  return 0
}
