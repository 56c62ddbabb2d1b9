import {
  type Column,
  columnPath,
  type Dataset,
  type Row,
  rowPath,
  type Table,
  type TermLink,
} from '@mfa-residency/dataset'
import { jsonText } from '@mfa-residency/output-safety'
import { type Context, shownPoint } from '../context.js'
import { runQuerySince } from '../former-terms.js'
import { asOfFooter } from '../history-notes.js'
import { type HistoryView, pointJson } from '../history-view.js'
import { gapsJson, pick, pickValues } from '../localize.js'
import { sourceJson, sourceText } from '../provenance.js'
import {
  changeJson,
  changeOf,
  type DatedChange,
  kindOf,
  type Lost,
  lostItems,
  onText,
  safe,
} from '../since-when.js'
import { titleJson, titleOf } from '../table-title.js'
import { codeSuffix, linkJson } from '../term-lookup.js'
import { answerIn, describeQuery, readQuery, type TermQuery } from '../term-query.js'
import { type Translated, translationsOf } from '../translation.js'

/** One column of an answer: its label, its values and what each value names. */
interface ShownColumn {
  column: Column
  label: Translated
  values: Translated[]
  /** Parallel to the English values; null where a value names no term. */
  links: readonly (TermLink | null)[]
}

/** A matching row with the translated texts it shows, found once for both output modes. */
interface Shown {
  table: Table
  row: Row
  title: Translated
  columns: ShownColumn[]
  /** Since when: the version that dropped it from the answer, or when it last changed. */
  removed: Lost<AnsweredRow> | null
  change: DatedChange | null
}

/** A row of one version's answer, as a note names it. */
interface AnsweredRow {
  title: { en: string; sv: string | null }
  row: string
}

/** One version's answer by row path; none for a version whose vocabulary lacks a term asked. */
function rowsIn(dataset: Dataset, query: TermQuery): Map<string, AnsweredRow> {
  const found = answerIn(dataset, query)
  if (found === null) return new Map()
  return new Map(
    found.map(({ table, row }) => [
      rowPath(table.id, row.id),
      { title: titleJson(table, dataset), row: row.id },
    ]),
  )
}

function lostRows(view: HistoryView, query: TermQuery, ctx: Context) {
  const answers = view.answersOver((dataset) => rowsIn(dataset, query), query.scope.length > 0)
  return lostItems(answers, shownPoint(ctx, view), view)
}

/** "Title · row: removed on … (commit …)" for a row the answer no longer has. */
function lostRowLine({ item, at }: Lost<AnsweredRow>, ctx: Context): string {
  const title = ctx.lang === 'sv' ? (item.title.sv ?? item.title.en) : item.title.en
  return safe(ctx, `${title} · ${item.row}: ${onText('removed', at, ctx)}`)
}

/**
 * `where --<dimension> <term>…`: the rows the dataset's `where()` returns for the terms asked,
 * within `--scope` (alone, every row of the tables it names), each with every value and the code of the term it names.
 */
export async function where(pairs: readonly [string, string][], ctx: Context): Promise<number> {
  const query = readQuery(pairs, true, ctx.messages)
  const found = await runQuerySince(query, ctx)
  const view = await ctx.history()
  const lost = view ? lostRows(view, query, ctx) : []
  const gone = lost.filter((entry) => !entry.shown).map((entry) => lostRowLine(entry, ctx))
  const goneNote = gone.length === 0 ? [] : [ctx.messages.history.noLongerAnswers, ...gone]
  if (found.length === 0) {
    for (const line of [ctx.messages.noRowMatches(describeQuery(query, ctx.messages)), ...goneNote])
      ctx.err(line)
    // A script reading --json gets JSON even for no answer.
    if (ctx.json) ctx.out('[]')
    return 1
  }
  const translations = translationsOf(ctx.dataset)
  const shown = found.map(({ table, row }) => ({
    table,
    row,
    removed: lost.find((entry) => entry.shown && entry.id === rowPath(table.id, row.id)) ?? null,
    change: view && changeOf(view, rowPath(table.id, row.id), shownPoint(ctx, view), ctx),
    title: titleOf(table, ctx.dataset, translations),
    columns: table.columns.map((column) => ({
      column,
      label: translations.text(columnPath(table.id, column.id), column.label),
      values: translations.cell(table.id, row.id, column.id, row.cells[column.id]!),
      links: row.terms[column.id] ?? [],
    })),
  }))
  if (ctx.json) {
    ctx.out(jsonText(answersJson(shown, view !== null, ctx), 2))
    // The array holds what the version answers; what it no longer answers is said beside it.
    for (const line of goneNote) ctx.err(line)
    return 0
  }
  const tail = goneNote.length === 0 ? [] : ['', ...goneNote.map((line) => ctx.colors.dim(line))]
  ctx.out([answersText(shown, ctx), ...tail, ...asOfFooter(ctx)].join('\n'))
  return 0
}

/** "  removed on …" or "  changed on …" under an answer, when the history says so. */
function noteOf({ removed, change, table, row }: Shown, ctx: Context): string[] {
  if (removed) return [`  ${onText('removed', removed.at, ctx)}`]
  if (!change) return []
  return [`  ${onText(kindOf(change, rowPath(table.id, row.id)), change.at, ctx)}`]
}

/** The answers for `--json`: every value in both languages, with its term, code and labels. */
function answersJson(shown: readonly Shown[], withHistory: boolean, ctx: Context) {
  return shown.map(({ table, row, title, columns, removed, change }) => ({
    table: table.id,
    tableTitle: titleJson(table, ctx.dataset),
    row: row.id,
    values: Object.fromEntries(
      columns.map(({ column, links }) => {
        const cell = row.cells[column.id]!
        const values = cell.en.map((en, index) => ({
          text: { en, sv: cell.sv?.[index] ?? null },
          ...linkJson(links[index], ctx.dataset),
        }))
        return [column.id, values]
      }),
    ),
    ...gapsJson([title, ...columns.flatMap(({ label, values }) => [label, ...values])], ctx.lang),
    source: sourceJson(row.source, ctx),
    ...(withHistory
      ? {
          history: {
            removed: removed && pointJson(removed.at),
            changed: changeJson(change, rowPath(table.id, row.id)),
          },
        }
      : {}),
  }))
}

/** The answers as text: the table's title and the row, then "Label: value (CODE)" per column. */
function answersText(shown: readonly Shown[], ctx: Context): string {
  const blocks = shown.map((answer) => {
    const { row, title, columns } = answer
    const lines = columns.flatMap(({ label, values, links }) => {
      const head = `  ${pick(label, ctx.lang)}: `
      const indent = ' '.repeat(head.length)
      // With both languages the English values come first; the code follows each of them once.
      return pickValues(values, ctx.lang).map(
        (value, line) =>
          `${line === 0 ? head : indent}${value}${line < values.length ? codeSuffix(links[line], ctx.dataset) : ''}`,
      )
    })
    const locale = ctx.lang === 'sv' && row.source.sv ? 'sv' : 'en'
    const source = sourceText(locale, row.source[locale] ?? row.source.en, ctx)
    return [
      `${ctx.colors.bold(pick(title, ctx.lang))} ${ctx.colors.dim(`· ${row.id}`)}`,
      ...lines,
      ...noteOf(answer, ctx).map((line) => ctx.colors.dim(line)),
      ctx.colors.dim(`  ${ctx.messages.source}: ${source}`),
    ].join('\n')
  })
  return blocks.join('\n\n')
}
