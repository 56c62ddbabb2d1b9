import {
  type Column,
  columnPath,
  type Row,
  type Table,
  type TermLink,
} from '@mfa-residency/dataset'
import { jsonText } from '@mfa-residency/output-safety'
import type { Context } from '../context.js'
import { gapsJson, pick, pickValues } from '../localize.js'
import { titleJson, titleOf } from '../table-title.js'
import { codeSuffix, linkJson } from '../term-lookup.js'
import { describeQuery, readQuery, runQuery } from '../term-query.js'
import { type Translated, translationsOf } from '../translation.js'
import { sourceOf } from './source.js'

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
}

/**
 * `where --<dimension> <term>…`: the rows the dataset's `where()` returns for the terms asked,
 * within `--scope`, each with every value and the code of the term it names.
 */
export function where(argv: readonly string[], ctx: Context): number {
  const query = readQuery(ctx.dataset, argv, true)
  const found = runQuery(ctx.dataset, query)
  if (found.length === 0) {
    ctx.err(`no row matches ${describeQuery(query)}`)
    return 1
  }
  const translations = translationsOf(ctx.dataset)
  const shown = found.map(({ table, row }) => ({
    table,
    row,
    title: titleOf(table, ctx.dataset, translations),
    columns: table.columns.map((column) => ({
      column,
      label: translations.text(columnPath(table.id, column.id), column.label),
      values: translations.cell(table.id, row.id, column.id, row.cells[column.id]!),
      links: row.terms[column.id] ?? [],
    })),
  }))
  ctx.out(ctx.json ? jsonText(answersJson(shown, ctx), 2) : answersText(shown, ctx))
  return 0
}

/** The answers for `--json`: every value in both languages, with its term, code and labels. */
function answersJson(shown: readonly Shown[], ctx: Context) {
  return shown.map(({ table, row, title, columns }) => ({
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
    source: sourceOf(row.source, ctx.dataset.sources),
  }))
}

/** The answers as text: the table's title and the row, then "Label: value (CODE)" per column. */
function answersText(shown: readonly Shown[], ctx: Context): string {
  const blocks = shown.map(({ row, title, columns }) => {
    const lines = columns.flatMap(({ label, values, links }) => {
      const head = `  ${pick(label, ctx.lang)}: `
      const indent = ' '.repeat(head.length)
      // With both languages the English values come first; the code follows each of them once.
      return pickValues(values, ctx.lang).map(
        (value, line) =>
          `${line === 0 ? head : indent}${value}${line < values.length ? codeSuffix(links[line], ctx.dataset) : ''}`,
      )
    })
    const source = sourceOf(row.source, ctx.dataset.sources)
    return [
      `${ctx.colors.bold(pick(title, ctx.lang))} ${ctx.colors.dim(`· ${row.id}`)}`,
      ...lines,
      ctx.colors.dim(`  source: ${ctx.lang === 'sv' ? (source.sv ?? source.en) : source.en}`),
    ].join('\n')
  })
  return blocks.join('\n\n')
}
