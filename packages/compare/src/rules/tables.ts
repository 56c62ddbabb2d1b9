import type { Cell, Locale, Row, Table } from '@mfa-residency/dataset'
import { cellPath, columnPath, entityPath, rowPath, valuePath } from '@mfa-residency/dataset/paths'
import { rowsShareAValue } from '../position-evidence.js'
import { meaningOf } from '../semver-policy.js'
import { missingFrom } from '../text-diff.js'
import { answersTo, type DiffContext, type Names, nonEmpty, quote } from './context.js'
import { match } from './match.js'
import { diffScope } from './scope.js'
import { cellNames, namesBetween, namesSummary, relinkSummary } from './term-links.js'

/** Tables, their columns and rows, the order of both, and every cell. */
export function diffTables(context: DiffContext): void {
  const { source } = context
  const rowText = (row: Row) =>
    Object.values(row.cells)
      .flatMap((cell) => cell[source] ?? [])
      .join(' ')
  const tableText = (table: Table) =>
    [
      (table.section[source] ?? []).join(' '),
      table.columns.map((column) => column.label[source]).join(' '),
      ...table.rows.map(rowText),
    ].join(' ')
  const tables = match(context.base.tables, context.head.tables, tableText)
  for (const table of tables.removed) wholeTable(context, 'base', table)
  for (const pair of tables.matched) {
    const { base: from, head: to } = pair
    const path = entityPath('tables', to.id)
    if (pair.renamed) renamed(context, 'table', path, from, to)
    context.text(
      'table',
      `${path}/section`,
      to.id,
      `Section of table ${to.id}`,
      from.section,
      to.section,
      {
        base: from.source,
        head: to.source,
      },
    )
    diffScope(context, from, to)
    const columns = diffColumns(context, from, to)
    diffOrder(context, from, to)
    const rows = match(from.rows, to.rows, rowText, {
      byPosition: (a, b) => rowsShareAValue(a, b, source),
    })
    for (const [side, list] of [
      ['base', rows.removed],
      ['head', rows.added],
    ] as const) {
      for (const row of list) {
        context.oneSided('row', side, {
          path: rowPath(to.id, row.id),
          entity: to.id,
          summary: `Row ${row.id} ${side === 'base' ? 'removed from' : 'added to'} table ${to.id}`,
          text: rowText(row),
          position: row.source[source],
        })
      }
    }
    for (const rowPair of rows.matched) {
      if (rowPair.renamed)
        renamed(context, 'row', rowPath(to.id, rowPair.head.id), rowPair.base, rowPair.head, to.id)
      for (const column of columns) diffCell(context, to.id, rowPair, column)
    }
  }
  for (const table of tables.added) wholeTable(context, 'head', table)
}

function wholeTable(context: DiffContext, side: 'base' | 'head', table: Table): void {
  const action = side === 'base' ? 'removed' : 'added'
  const heading = table.section[context.source]?.at(-1) ?? '(before the first heading)'
  context.oneSided('table', side, {
    path: entityPath('tables', table.id),
    entity: table.id,
    summary: `Table ${table.id} ${action}: "${heading}" (${table.rows.length} rows)`,
    position: table.source[context.source],
  })
}

export function renamed(
  context: DiffContext,
  kind: 'table' | 'row' | 'list' | 'list-item' | 'note',
  path: string,
  from: { id: string; source: Table['source'] },
  to: { id: string; aliases?: readonly string[]; source: Table['source'] },
  parent: string = to.id,
): void {
  const { source } = context
  const name = `${kind[0]!.toUpperCase()}${kind.slice(1).replace('-', ' ')}`
  context.data(
    kind,
    'renamed',
    {
      locale: source,
      path,
      entity: parent,
      summary: `${name} ${from.id} is now ${to.id}`,
      before: from.id,
      after: to.id,
      base: context.at('base', source, from.source[source]),
      head: context.at('head', source, to.source[source]),
    },
    { keepsOldId: answersTo(to, from.id) },
  )
}

/** Matched columns as `{ base, head }` ids, after reporting removed, added and relabelled ones. */
function diffColumns(context: DiffContext, from: Table, to: Table) {
  const { source } = context
  const whole = {
    base: context.at('base', source, from.source[source]),
    head: context.at('head', source, to.source[source]),
  }
  const columns = match(from.columns, to.columns, (column) => column.label[source] ?? '', {
    threshold: 0.6,
    byPosition: true,
  })
  // A column spans its whole table on both sides, so its lines are the tables'.
  for (const [action, list] of [
    ['removed', columns.removed],
    ['added', columns.added],
  ] as const) {
    for (const column of list) {
      context.data('column', action, {
        locale: source,
        path: columnPath(to.id, column.id),
        entity: to.id,
        summary: `Column "${column.label[source]}" ${action === 'removed' ? 'removed from' : 'added to'} table ${to.id}`,
        [action === 'removed' ? 'before' : 'after']: column.label[source],
        ...whole,
      })
    }
  }
  for (const pair of columns.matched) {
    const columnPathText = columnPath(to.id, pair.head.id)
    if (pair.renamed) {
      context.data('column', 'renamed', {
        locale: source,
        path: columnPathText,
        entity: to.id,
        summary: `Column ${pair.base.id} of table ${to.id} is now ${pair.head.id}`,
        before: pair.base.id,
        after: pair.head.id,
        ...whole,
      })
    }
    context.text(
      'column',
      columnPathText,
      to.id,
      `Label of column ${pair.head.id}`,
      pair.base.label,
      pair.head.label,
      {
        base: from.source,
        head: to.source,
      },
    )
  }
  return columns.matched.map((pair) => ({ base: pair.base.id, head: pair.head.id }))
}

/** Order among the rows and columns both sides keep; additions and removals are reported apart. */
function diffOrder(context: DiffContext, from: Table, to: Table): void {
  const { source } = context
  for (const [what, before, after] of [
    ['rows', from.rows, to.rows],
    ['columns', from.columns, to.columns],
  ] as const) {
    const kept = (list: readonly { id: string }[], other: readonly { id: string }[]) =>
      list
        .filter((entry) => other.some((candidate) => candidate.id === entry.id))
        .map((entry) => entry.id)
    const was = kept(before, after)
    const now = kept(after, before)
    if (was.join('\n') === now.join('\n')) continue
    context.data('table', 'changed', {
      locale: source,
      path: `${entityPath('tables', to.id)}/${what}`,
      entity: to.id,
      summary: `The ${what} of table ${to.id} are in a new order`,
      before: was,
      after: now,
      base: context.at('base', source, from.source[source]),
      head: context.at('head', source, to.source[source]),
    })
  }
}

/** One cell both sides have, per locale; in the source locale, also what its values name. */
function diffCell(
  context: DiffContext,
  table: string,
  rows: { base: Row; head: Row },
  column: { base: string; head: string },
): void {
  const before = rows.base.cells[column.base]
  const after = rows.head.cells[column.head]
  if (!before || !after) return
  const path = cellPath(table, rows.head.id, column.head)
  const where = path
    .replace(/^tables\//, '')
    .replaceAll('/rows/', ' › ')
    .replace('/cells/', ' › ')
  const { source } = context
  const { relinked, names } = cellNames(
    { values: before[source] ?? [], links: rows.base.terms[column.base] ?? [] },
    { values: after[source] ?? [], links: rows.head.terms[column.head] ?? [] },
  )
  for (const value of relinked) {
    const named = namesBetween(value.before, value.after)
    context.data(
      'cell',
      'changed',
      {
        locale: source,
        path: valuePath(table, rows.head.id, column.head, value.index),
        entity: table,
        summary: `${where} › "${value.text}" (${source}): ${relinkSummary(value.before, value.after)}`,
        before: value.before,
        after: value.after,
        ...nonEmpty(named),
        base: context.at('base', source, rows.base.source[source]),
        head: context.at('head', source, rows.head.source[source]),
      },
      meaningOf(named.termsRemoved, named.termsAdded),
    )
  }
  for (const locale of context.locales)
    diffCellText(context, { path, where, table }, locale, before, after, rows, names)
}

/** The text of one cell in one locale: values removed, added or reordered. */
function diffCellText(
  context: DiffContext,
  place: { path: string; where: string; table: string },
  locale: Locale,
  before: Cell,
  after: Cell,
  rows: { base: Row; head: Row },
  sourceNames: Names,
): void {
  const from = (before[locale] ?? null) as (string | null)[] | null
  const to = (after[locale] ?? null) as (string | null)[] | null
  // A translation that went missing is reported with its translation gap.
  if (to === null || (from !== null && from.join('\n') === to.join('\n'))) return
  const known = (values: readonly (string | null)[]) =>
    values.filter((value): value is string => value !== null)
  const valuesRemoved = from === null ? [] : missingFrom(known(from), known(to))
  const valuesAdded = from === null ? known(to) : missingFrom(known(to), known(from))
  const reordered = valuesAdded.length === 0 && valuesRemoved.length === 0
  if (reordered && from !== null && known(from).join('\n') === known(to).join('\n')) return
  const names = locale === context.source ? sourceNames : undefined
  const parts = [
    valuesRemoved.length > 0 ? `removed ${quote(valuesRemoved)}` : '',
    valuesAdded.length > 0 ? `added ${quote(valuesAdded)}` : '',
    reordered ? 'values reordered' : '',
    names ? namesSummary(names) : '',
  ].filter(Boolean)
  context.data(
    'cell',
    'changed',
    {
      locale,
      path: place.path,
      entity: place.table,
      summary: `${place.where} (${locale}): ${parts.join('; ')}`,
      before: from === null ? null : known(from),
      after: known(to),
      valuesAdded,
      valuesRemoved,
      reordered,
      ...nonEmpty(names),
      base: context.at('base', locale, rows.base.source[locale]),
      head: context.at('head', locale, rows.head.source[locale]),
    },
    names ? meaningOf(names.termsRemoved, names.termsAdded) : {},
  )
}
