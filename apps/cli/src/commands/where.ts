import { type Column, columnPath, entityPath, type Row, type Table } from '@mfa-residency/dataset'
import type { Context, Lang } from '../context.js'
import { UsageError } from '../context.js'
import { gapsJson, pick, pickJoined, pickJson, pickValues, sectionPath } from '../localize.js'
import { matches, suggest } from '../text-match.js'
import { type Translated, translationsOf } from '../translation.js'
import { sourceOf } from './source.js'

/*
 * The dimensions are the tables' own columns. A column answers to its id and to its first and last
 * words: "Sovereign cloud" is --sovereign-cloud, --sovereign and --cloud; "Event type" is
 * --event-type, --event and --type. --scope matches a table's section or lead-in ("public",
 * "government"). Nothing here names a column of the article.
 */

const SCOPE = 'scope'

/** Every dimension name and the columns it selects. */
export function dimensions(
  tables: readonly Table[],
): Map<string, { table: Table; column: Column }[]> {
  const index = new Map<string, { table: Table; column: Column }[]>()
  for (const table of tables) {
    for (const column of table.columns) {
      const words = column.id.split('-')
      for (const name of new Set([column.id, words[0]!, words.at(-1)!])) {
        index.set(name, [...(index.get(name) ?? []), { table, column }])
      }
    }
  }
  return index
}

/** `--name value` and `--name=value` pairs, in order. */
export function dimensionArgs(argv: readonly string[]): [string, string][] {
  const pairs: [string, string][] = []
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index]!
    if (!token.startsWith('--'))
      throw new UsageError(`unexpected argument "${token}": give --<dimension> <value>`)
    const [name, inline] = token.slice(2).split(/=(.*)/s)
    const value = inline ?? argv[++index]
    if (
      value === undefined ||
      value.trim() === '' ||
      (inline === undefined && value.startsWith('--'))
    ) {
      throw new UsageError(`--${name} needs a value`)
    }
    pairs.push([name!, value])
  }
  return pairs
}

const context = (table: Table) =>
  [
    ...table.section.en,
    ...(table.section.sv ?? []),
    table.leadIn.en ?? '',
    table.leadIn.sv ?? '',
  ].join(' ')

const cellText = (row: Row, column: Column) => {
  const cell = row.cells[column.id]!
  return [...cell.en, ...(cell.sv ?? [])].filter((value) => value !== null).join(' ')
}

interface Answer {
  table: Table
  row: Row
  asked: Column[]
}

/** Every dimension name and the columns it selects, as `dimensions` builds it. */
type DimensionIndex = ReturnType<typeof dimensions>

/** What was asked: each dimension with its value, and the `--scope` texts. */
interface Query {
  asked: [string, string][]
  scope: string[]
}

/** An answer with the translated texts it shows, found once for both output modes. */
interface Shown {
  table: Table
  row: Row
  /** The asked columns, in the order asked. */
  columns: Column[]
  /** The other columns, in table order. */
  rest: Column[]
  section: Translated[]
  leadIn: Translated | null
  cell: (column: Column) => Translated[]
  label: (column: Column) => Translated
  /** Every shown text of the answer, for its translation gaps. */
  all: Translated[]
}

/** `where --<dimension> <value>…`: the rows whose cells match every value asked. */
export function where(argv: readonly string[], ctx: Context): number {
  const { tables } = ctx.dataset
  const index = dimensions(tables)
  const query = readQuery(argv, tables, index)
  const answers = findAnswers(tables, index, query)
  if (answers.length === 0) {
    ctx.err(noMatch(query, index, ctx.lang))
    return 1
  }
  const shown = showAnswers(answers, ctx)
  ctx.out(ctx.json ? JSON.stringify(answersJson(shown, ctx), null, 2) : answersText(shown, ctx))
  return 0
}

/** The query in `argv`; a usage error when it asks nothing or names an unknown dimension. */
function readQuery(
  argv: readonly string[],
  tables: readonly Table[],
  index: DimensionIndex,
): Query {
  const names = [...index.keys()].sort()
  const listed = `Dimensions: ${[...new Set(tables.flatMap((table) => table.columns.map((column) => `--${column.id}`)))].sort().join(', ')} (or a first or last word of one, like --${names.find((name) => !name.includes('-')) ?? names[0]})`
  const pairs = dimensionArgs(argv)
  const scope = pairs.filter(([name]) => name === SCOPE).map(([, value]) => value)
  const asked = pairs.filter(([name]) => name !== SCOPE)
  if (asked.length === 0) {
    throw new UsageError(`give at least one dimension and a value. ${listed}`)
  }
  for (const [name] of asked) {
    if (!index.has(name)) {
      const guess = suggest(name, names)
      throw new UsageError(
        `unknown dimension --${name}${guess ? `; did you mean --${guess}?` : ''} ${listed}`,
      )
    }
  }
  return { asked, scope }
}

/** The rows of the tables within the scope whose cells match every asked value, in order. */
function findAnswers(tables: readonly Table[], index: DimensionIndex, query: Query): Answer[] {
  const answers: Answer[] = []
  for (const table of tables) {
    if (!query.scope.every((text) => matches(text, context(table)))) continue
    const columnsFor = query.asked.map(([name, value]) => ({
      value,
      columns: index
        .get(name)!
        .filter((entry) => entry.table === table)
        .map((entry) => entry.column),
    }))
    if (columnsFor.some((entry) => entry.columns.length === 0)) continue
    for (const row of table.rows) {
      const hit = columnsFor.map((entry) =>
        entry.columns.find((column) => matches(entry.value, cellText(row, column))),
      )
      if (hit.every(Boolean)) answers.push({ table, row, asked: hit as Column[] })
    }
  }
  return answers
}

/** Why nothing matched, with a nearby value when there is one to suggest. */
function noMatch({ asked, scope }: Query, index: DimensionIndex, lang: Lang): string {
  const asked_ = asked.map(([name, value]) => `--${name} "${value}"`).join(' and ')
  // With one dimension, suggest its nearest value, in the languages shown.
  let hint = ''
  if (asked.length === 1) {
    const [name, value] = asked[0]!
    const locales = lang === 'both' ? (['en', 'sv'] as const) : ([lang] as const)
    const candidates = index
      .get(name)!
      .flatMap(({ table, column }) =>
        table.rows.flatMap((row) =>
          locales.flatMap((locale) =>
            (row.cells[column.id]![locale] ?? []).filter((value) => value !== null),
          ),
        ),
      )
    const guess = suggest(value, [...new Set(candidates)])
    if (guess) hint = `; did you mean "${guess}"?`
  }
  return `no row matches ${asked_}${scope.length ? ` within --scope ${scope.join(', ')}` : ''}${hint}`
}

/** Each answer with its texts translated: the matched cells first, then the rest of its row. */
function showAnswers(answers: readonly Answer[], ctx: Context): Shown[] {
  const translations = translationsOf(ctx.dataset)
  return answers.map(({ table, row, asked: columns }) => {
    const path = entityPath('tables', table.id)
    const cell = (column: Column) =>
      translations.cell(table.id, row.id, column.id, row.cells[column.id]!)
    const label = (column: Column) =>
      translations.text(columnPath(table.id, column.id), column.label)
    const rest = table.columns.filter((column) => !columns.includes(column))
    return {
      table,
      row,
      columns,
      rest,
      section: translations.section(path, table.section),
      leadIn: translations.leadIn(path, table.leadIn),
      cell,
      label,
      all: [
        ...columns.flatMap(cell),
        ...rest.flatMap((column) => [label(column), ...cell(column)]),
      ],
    }
  })
}

/** The answers for `--json`. */
function answersJson(shown: readonly Shown[], ctx: Context) {
  return shown.map(({ table, row, columns, rest, section, leadIn, all }) => ({
    table: table.id,
    row: row.id,
    section: pickJson(table.section, ctx.lang),
    leadIn: pickJson(table.leadIn, ctx.lang),
    matched: Object.fromEntries(
      columns.map((column) => [column.id, pickJson(row.cells[column.id]!, ctx.lang)]),
    ),
    values: Object.fromEntries(
      rest.map((column) => [
        column.id,
        {
          label: pickJson(column.label, ctx.lang),
          values: pickJson(row.cells[column.id]!, ctx.lang),
        },
      ]),
    ),
    ...gapsJson([...section, ...(leadIn ? [leadIn] : []), ...all], ctx.lang),
    source: sourceOf(row.source, ctx.dataset.sources),
  }))
}

/** The answers as text: per answer, the matched values as a title, then the rest aligned. */
function answersText(shown: readonly Shown[], ctx: Context): string {
  const blocks = shown.map(({ row, columns, rest, section, cell, label }) => {
    const title = columns.map((column) => pickJoined(cell(column), ctx.lang)).join(' · ')
    const labels = rest.map((column) => pick(label(column), ctx.lang))
    const pad = Math.max(...labels.map((text) => text.length))
    const lines = rest.flatMap((column, position) =>
      pickValues(cell(column), ctx.lang).map(
        (value, line) => `  ${(line === 0 ? labels[position]! : '').padEnd(pad)}   ${value}`,
      ),
    )
    const source = sourceOf(row.source, ctx.dataset.sources)
    return [
      `${ctx.colors.bold(title)} ${ctx.colors.dim(`(${sectionPath(section, ctx.lang)})`)}`,
      ...lines,
      ctx.colors.dim(`  source: ${ctx.lang === 'sv' ? (source.sv ?? source.en) : source.en}`),
    ].join('\n')
  })
  return blocks.join('\n\n')
}
