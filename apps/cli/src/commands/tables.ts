import { entityPath } from '@mfa-residency/dataset'
import { jsonText } from '@mfa-residency/output-safety'
import type { Context } from '../context.js'
import { gapsJson, pick, pickJson } from '../localize.js'
import { renderTable } from '../render-table.js'
import { titleJson, titleOf } from '../table-title.js'
import { translationsOf } from '../translation.js'

export function listTables(ctx: Context): number {
  const { tables } = ctx.dataset
  const translations = translationsOf(ctx.dataset)
  if (ctx.json) {
    const summary = tables.map((table) => {
      const path = entityPath('tables', table.id)
      const leadIn = translations.leadIn(path, table.leadIn)
      return {
        id: table.id,
        title: pickJson(titleJson(table, ctx.dataset), ctx.lang),
        section: pickJson(table.section, ctx.lang),
        leadIn: pickJson(table.leadIn, ctx.lang),
        appliesTo: table.appliesTo,
        excludes: table.excludes,
        columns: table.columns.map((column) => column.id),
        rows: table.rows.length,
        ...gapsJson(
          [...translations.section(path, table.section), ...(leadIn ? [leadIn] : [])],
          ctx.lang,
        ),
      }
    })
    ctx.out(jsonText(summary, 2))
    return 0
  }
  const rows = tables.map((table) => [
    [table.id],
    [pick(titleOf(table, ctx.dataset, translations), ctx.lang)],
    [String(table.rows.length)],
  ])
  const { id, title, rows: count } = ctx.messages.headers
  ctx.out(renderTable([id, title, count], rows, ctx.width, ctx.colors))
  return 0
}
