import { tables } from '@mfa-residency/dataset'
import type { Context } from '../context.js'
import { pickJson, sectionPath } from '../localize.js'
import { renderTable } from '../render-table.js'

export function listTables(ctx: Context): number {
  if (ctx.json) {
    const summary = tables.map((table) => ({
      id: table.id,
      section: pickJson(table.section, ctx.lang),
      leadIn: pickJson(table.leadIn, ctx.lang),
      columns: table.columns.map((column) => column.id),
      rows: table.rows.length,
    }))
    ctx.out(JSON.stringify(summary, null, 2))
    return 0
  }
  const rows = tables.map((table) => [
    [table.id],
    [sectionPath(table.section, ctx.lang)],
    [String(table.rows.length)],
  ])
  ctx.out(renderTable(['id', 'section', 'rows'], rows, ctx.width, ctx.colors))
  return 0
}
