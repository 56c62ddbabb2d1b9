import { columnPath, type Dataset, entityPath, type Table } from '@mfa-residency/dataset'
import { jsonText } from '@mfa-residency/output-safety'
import { type Context, shownPoint } from '../context.js'
import { findEntity, unknownEntity } from '../find-entity.js'
import { asOfFooter, asOfJson } from '../history-notes.js'
import { gapsJson, pick, pickJson, pickValues, sectionPath, statusJson } from '../localize.js'
import { sourceJson, sourceText } from '../provenance.js'
import { renderTable, wrap } from '../render-table.js'
import { changeJson, changeOf, type DatedChange, kindOf, onText, removalOf } from '../since-when.js'
import { headingsOf, titleJson } from '../table-title.js'
import { type Translations, translationsOf } from '../translation.js'

/** Every shown text of a table, grouped the way the table shows them. */
function tableTexts(table: Table, dataset: Dataset, translations: Translations) {
  const path = entityPath('tables', table.id)
  return {
    section: translations.section(path, table.section),
    headings: headingsOf(table, dataset, translations),
    leadIn: translations.leadIn(path, table.leadIn),
    labels: table.columns.map((column) =>
      translations.text(columnPath(table.id, column.id), column.label),
    ),
    rows: table.rows.map((row) =>
      table.columns.map((column) =>
        translations.cell(table.id, row.id, column.id, row.cells[column.id]!),
      ),
    ),
  }
}

function tableJson(table: Table, ctx: Context) {
  const { lang } = ctx
  const texts = tableTexts(table, ctx.dataset, translationsOf(ctx.dataset))
  return {
    id: table.id,
    title: pickJson(titleJson(table, ctx.dataset), lang),
    section: pickJson(table.section, lang),
    leadIn: pickJson(table.leadIn, lang),
    columns: table.columns.map((column, index) => ({
      id: column.id,
      label: pickJson(column.label, lang),
      ...statusJson(texts.labels[index]!, lang),
    })),
    rows: table.rows.map((row, index) => ({
      id: row.id,
      cells: Object.fromEntries(
        Object.entries(row.cells).map(([id, cell]) => [id, pickJson(cell, lang)]),
      ),
      ...gapsJson(texts.rows[index]!.flat(), lang),
      source: sourceJson(row.source, ctx),
    })),
    ...gapsJson(
      [
        ...texts.section,
        ...(texts.leadIn ? [texts.leadIn] : []),
        ...texts.labels,
        ...texts.rows.flat(2),
      ],
      lang,
    ),
    source: sourceJson(table.source, ctx),
  }
}

function renderOne(table: Table, locale: 'en' | 'sv', ctx: Context): string {
  const texts = tableTexts(table, ctx.dataset, translationsOf(ctx.dataset))
  const headers = texts.labels.map((label) => pick(label, locale))
  const rows = texts.rows.map((cells) => cells.map((values) => pickValues(values, locale)))
  return [
    ...wrap(sectionPath(texts.headings, locale), ctx.width).map((line) => ctx.colors.bold(line)),
    ...(texts.leadIn ? wrap(pick(texts.leadIn, locale), ctx.width) : []),
    '',
    renderTable(headers, rows, ctx.width, ctx.colors),
  ].join('\n')
}

/** One table, by id or by an id it had before; with when it changed, or when it went. */
export async function showTable(id: string, ctx: Context): Promise<number> {
  const table = findEntity(ctx.dataset.tables, id)
  const view = await ctx.history()
  if (!table) {
    const code = unknownEntity('table', id, 'tables', ctx)
    const removal = view && removalOf(view, entityPath('tables', id), shownPoint(ctx, view))
    if (removal) ctx.err(`${entityPath('tables', id)}: ${onText('removed', removal.at, ctx)}`)
    return code
  }
  const path = entityPath('tables', table.id)
  const change = view && changeOf(view, path, shownPoint(ctx, view), ctx)
  if (ctx.json) {
    const history = view ? { history: { changed: changeJson(change, path), ...asOfJson(ctx) } } : {}
    ctx.out(jsonText({ ...tableJson(table, ctx), ...history }, 2))
    return 0
  }
  const locales = ctx.lang === 'both' ? (['en', 'sv'] as const) : ([ctx.lang] as const)
  const { messages } = ctx
  const sources = locales.map((locale) => {
    const position = table.source[locale]
    return position ? sourceText(locale, position, ctx) : messages.noCounterpart(locale)
  })
  const footer = [
    ctx.colors.dim(`${messages.source}: ${sources.join(', ')}`),
    ...changeLine(change, path, ctx),
    ...asOfFooter(ctx),
  ].join('\n')
  ctx.out([...locales.map((locale) => renderOne(table, locale, ctx)), footer].join('\n\n'))
  return 0
}

function changeLine(change: DatedChange | null, path: string, ctx: Context): string[] {
  return change ? [ctx.colors.dim(onText(kindOf(change, path), change.at, ctx))] : []
}
