import type {
  Cell,
  Dataset,
  List,
  Locale,
  LocalizedPosition,
  Note,
  Row,
  Table,
} from '@mfa-residency/dataset'
import { matchEntities } from './match-entities.js'
import { pairItems } from './pair-items.js'
import type { Action, Change, ChangeKind, SourceLines } from './report.js'
import { dataLevel } from './semver-policy.js'
import { missingFrom, wordEdits } from './text-diff.js'

export type Side = 'base' | 'head'

/** Where a line of a locale's source lies; `whole` widens it to the block (table, list…) it starts. */
export type Locate = (side: Side, locale: string, line: number, whole: boolean) => SourceLines

export interface DiffDatasetsOptions {
  /** Defaults to the line itself in the file named by the dataset's `sources`. */
  locate?: Locate
  /** Report source titles, dates and hashes (on when comparing datasets without their docs). */
  includeSources?: boolean
}

type Localized<T> = { [L in Locale]: T | null }

type Optional<T> = { [K in keyof T]?: T[K] | undefined }
type ChangeInput = Pick<Change, 'locale' | 'path' | 'entity' | 'summary'> &
  Optional<
    Omit<
      Change,
      'kind' | 'action' | 'classification' | 'level' | 'locale' | 'path' | 'entity' | 'summary'
    >
  >

const tableText = (table: Table) =>
  [
    table.section.en.join(' '),
    table.columns.map((column) => column.label.en).join(' '),
    ...table.rows.map((row) =>
      Object.values(row.cells)
        .flatMap((cell) => cell.en)
        .join(' '),
    ),
  ].join(' ')
const rowText = (row: Row) =>
  Object.values(row.cells)
    .flatMap((cell) => cell.en)
    .join(' ')
const listText = (list: List) => list.items.map((item) => item.en).join(' ')
const noteText = (note: Note) => note.text.en
const heading = (section: { en: string[] }) => section.en.at(-1) ?? '(before the first heading)'
const quote = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ')

/** Every data change between two datasets: tables, columns, rows, cells, lists, items, notes, gaps. */
export function diffDatasets(
  base: Dataset,
  head: Dataset,
  options: DiffDatasetsOptions = {},
): Change[] {
  const changes: Change[] = []
  // Every locale either side has: one that disappears is a change too.
  const locales = [...new Set([...head.locales, ...base.locales])] as Locale[]
  const source = head.locales[0]
  const locate: Locate =
    options.locate ??
    ((side, locale, line) => {
      const dataset = side === 'base' ? base : head
      const file = dataset.sources[locale as Locale]?.path ?? locale
      return { file, line, endLine: line }
    })
  const at = (
    side: Side,
    locale: string,
    position: { line: number } | null | undefined,
    whole = false,
  ) => (position ? locate(side, locale, position.line, whole) : undefined)

  // `level` overrides the policy's: a text inside an entry changes at patch level, whatever the entry.
  const data = (
    kind: ChangeKind,
    action: Action,
    fields: ChangeInput,
    level = dataLevel(kind, action),
  ) => {
    const change = { kind, action, classification: 'data', level, ...fields } as Change
    for (const key of Object.keys(change) as (keyof Change)[])
      if (change[key] === undefined) delete change[key]
    changes.push(change)
  }

  /** A text that may differ per locale: a section path, a lead-in, a label, a note. */
  const text = (
    kind: ChangeKind,
    path: string,
    entity: string,
    what: string,
    before: Localized<string | string[]>,
    after: Localized<string | string[]>,
    sources: { base: LocalizedPosition; head: LocalizedPosition },
  ) => {
    for (const locale of locales) {
      const from = before[locale] ?? null
      const to = after[locale] ?? null
      const plain = (value: string | string[] | null) =>
        Array.isArray(value) ? value.join(' › ') : value
      // A translation that went missing is reported with its translation gap.
      if (plain(from) === plain(to) || (to === null && locale !== source)) continue
      const action = to === null ? 'removed' : from === null ? 'added' : 'changed'
      data(
        kind,
        action,
        {
          locale,
          path,
          entity,
          summary: `${what} ${action} (${locale})`,
          before: from,
          after: to,
          words: wordEdits(plain(from) ?? '', plain(to) ?? ''),
          base: at('base', locale, sources.base[locale] ?? null),
          head: at('head', locale, sources.head[locale] ?? null),
        },
        'patch',
      )
    }
  }

  const cell = (
    path: string,
    entity: string,
    before: Cell,
    after: Cell,
    rows: { base: Row; head: Row },
  ) => {
    for (const locale of locales) {
      const from = before[locale] ?? null
      const to = after[locale] ?? null
      // A translation that went missing is reported with its translation gap.
      if (to === null || (from !== null && from.join('\n') === to.join('\n'))) continue
      const valuesRemoved = from === null ? [] : missingFrom(from, to)
      const valuesAdded = from === null ? to : missingFrom(to, from)
      const reordered = valuesAdded.length === 0 && valuesRemoved.length === 0
      const parts = [
        valuesRemoved.length > 0 ? `removed ${quote(valuesRemoved)}` : '',
        valuesAdded.length > 0 ? `added ${quote(valuesAdded)}` : '',
        reordered ? 'values reordered' : '',
      ].filter(Boolean)
      data('cell', 'changed', {
        locale,
        path,
        entity,
        summary: `${path
          .replace(/^tables\//, '')
          .replaceAll('/rows/', ' › ')
          .replace('/cells/', ' › ')} (${locale}): ${parts.join('; ')}`,
        before: from,
        after: to,
        valuesAdded,
        valuesRemoved,
        reordered,
        base: at('base', locale, rows.base.source[locale] ?? null),
        head: at('head', locale, rows.head.source[locale] ?? null),
      })
    }
  }

  const entity = (
    kind: 'table' | 'list' | 'note',
    collection: string,
    side: Side,
    item: Table | List | Note,
    description: string,
  ) => {
    const action = side === 'base' ? 'removed' : 'added'
    data(kind, action, {
      locale: source,
      path: `${collection}/${item.id}`,
      entity: item.id,
      summary: `${kind[0]!.toUpperCase()}${kind.slice(1)} ${item.id} ${action}: ${description}`,
      ...(side === 'base'
        ? { base: at('base', source, item.source.en, true) }
        : { head: at('head', source, item.source.en, true) }),
    })
  }

  const renamed = (
    kind: 'table' | 'list' | 'note',
    path: string,
    from: Table | List | Note,
    to: Table | List | Note,
  ) =>
    data(kind, 'renamed', {
      locale: source,
      path,
      entity: to.id,
      summary: `${kind[0]!.toUpperCase()}${kind.slice(1)} ${from.id} is now ${to.id}`,
      before: from.id,
      after: to.id,
      base: at('base', source, from.source.en),
      head: at('head', source, to.source.en),
    })

  // Tables, their columns, rows and cells.
  const tables = matchEntities(base.tables, head.tables, tableText)
  for (const table of tables.removed)
    entity(
      'table',
      'tables',
      'base',
      table,
      `"${heading(table.section)}" (${table.rows.length} rows)`,
    )
  for (const { base: from, head: to, renamed: isRenamed } of tables.matched) {
    const path = `tables/${to.id}`
    if (isRenamed) renamed('table', path, from, to)
    const lines = { base: from.source, head: to.source }
    text(
      'table',
      `${path}/section`,
      to.id,
      `Section of table ${to.id}`,
      from.section,
      to.section,
      lines,
    )
    text(
      'table',
      `${path}/leadIn`,
      to.id,
      `Lead-in of table ${to.id}`,
      from.leadIn,
      to.leadIn,
      lines,
    )

    const columns = matchEntities(from.columns, to.columns, (column) => column.label.en, 0.6)
    for (const column of columns.removed) {
      data('column', 'removed', {
        locale: source,
        path: `${path}/columns/${column.id}`,
        entity: to.id,
        summary: `Column "${column.label.en}" removed from table ${to.id}`,
        before: column.label.en,
        base: at('base', source, from.source.en, true),
        head: at('head', source, to.source.en, true),
      })
    }
    for (const column of columns.added) {
      data('column', 'added', {
        locale: source,
        path: `${path}/columns/${column.id}`,
        entity: to.id,
        summary: `Column "${column.label.en}" added to table ${to.id}`,
        after: column.label.en,
        base: at('base', source, from.source.en, true),
        head: at('head', source, to.source.en, true),
      })
    }
    for (const pair of columns.matched) {
      const columnPath = `${path}/columns/${pair.head.id}`
      if (pair.renamed) {
        data('column', 'renamed', {
          locale: source,
          path: columnPath,
          entity: to.id,
          summary: `Column ${pair.base.id} of table ${to.id} is now ${pair.head.id}`,
          before: pair.base.label.en,
          after: pair.head.label.en,
          words: wordEdits(pair.base.label.en, pair.head.label.en),
          base: at('base', source, from.source.en, true),
          head: at('head', source, to.source.en, true),
        })
      }
      text(
        'column',
        columnPath,
        to.id,
        `Label of column ${pair.head.id}`,
        pair.base.label,
        pair.head.label,
        lines,
      )
    }

    for (const [what, before, after] of [
      ['rows', from.rows, to.rows],
      ['columns', from.columns, to.columns],
    ] as const) {
      // Order among the entries both sides keep; additions and removals are reported on their own.
      const kept = (list: readonly { id: string }[], other: readonly { id: string }[]) =>
        list
          .filter((entry) => other.some((candidate) => candidate.id === entry.id))
          .map((entry) => entry.id)
      const was = kept(before, after)
      const now = kept(after, before)
      if (was.join('\n') === now.join('\n')) continue
      data('table', 'changed', {
        locale: source,
        path: `${path}/${what}`,
        entity: to.id,
        summary: `The ${what} of table ${to.id} are in a new order`,
        before: was,
        after: now,
        base: at('base', source, from.source.en, true),
        head: at('head', source, to.source.en, true),
      })
    }

    const rows = matchEntities(from.rows, to.rows, rowText)
    for (const row of rows.removed) {
      data('row', 'removed', {
        locale: source,
        path: `${path}/rows/${row.id}`,
        entity: to.id,
        summary: `Row ${row.id} removed from table ${to.id}`,
        before: rowText(row),
        base: at('base', source, row.source.en),
      })
    }
    for (const row of rows.added) {
      data('row', 'added', {
        locale: source,
        path: `${path}/rows/${row.id}`,
        entity: to.id,
        summary: `Row ${row.id} added to table ${to.id}`,
        after: rowText(row),
        head: at('head', source, row.source.en),
      })
    }
    for (const pair of rows.matched) {
      const rowPath = `${path}/rows/${pair.head.id}`
      if (pair.renamed) {
        data('row', 'renamed', {
          locale: source,
          path: rowPath,
          entity: to.id,
          summary: `Row ${pair.base.id} of table ${to.id} is now ${pair.head.id}`,
          before: pair.base.id,
          after: pair.head.id,
          base: at('base', source, pair.base.source.en),
          head: at('head', source, pair.head.source.en),
        })
      }
      for (const column of columns.matched) {
        const before = pair.base.cells[column.base.id]
        const after = pair.head.cells[column.head.id]
        if (before && after)
          cell(`${rowPath}/cells/${column.head.id}`, to.id, before, after, {
            base: pair.base,
            head: pair.head,
          })
      }
    }
  }
  for (const table of tables.added)
    entity(
      'table',
      'tables',
      'head',
      table,
      `"${heading(table.section)}" (${table.rows.length} rows)`,
    )

  // Lists and their items.
  const lists = matchEntities(base.lists, head.lists, listText)
  for (const list of lists.removed)
    entity(
      'list',
      'lists',
      'base',
      list,
      `${list.items.length} items: ${quote(list.items.map((item) => item.en))}`,
    )
  for (const { base: from, head: to, renamed: isRenamed } of lists.matched) {
    const path = `lists/${to.id}`
    if (isRenamed) renamed('list', path, from, to)
    const lines = { base: from.source, head: to.source }
    if (from.ordered !== to.ordered) {
      data('list', 'changed', {
        locale: source,
        path: `${path}/ordered`,
        entity: to.id,
        summary: `List ${to.id} is now ${to.ordered ? 'numbered' : 'bulleted'}`,
        before: String(from.ordered),
        after: String(to.ordered),
        base: at('base', source, from.source.en, true),
        head: at('head', source, to.source.en, true),
      })
    }
    text(
      'list',
      `${path}/section`,
      to.id,
      `Section of list ${to.id}`,
      from.section,
      to.section,
      lines,
    )
    text('list', `${path}/leadIn`, to.id, `Lead-in of list ${to.id}`, from.leadIn, to.leadIn, lines)
    for (const pair of pairItems(
      from.items.map((item) => item.en),
      to.items.map((item) => item.en),
    )) {
      const before = pair.base === null ? null : from.items[pair.base]!
      const after = pair.head === null ? null : to.items[pair.head]!
      if (before && after) {
        text(
          'list-item',
          `${path}/items/${pair.head}`,
          to.id,
          `Item ${pair.head} of list ${to.id}`,
          before,
          after,
          {
            base: before.source,
            head: after.source,
          },
        )
      } else if (before) {
        data('list-item', 'removed', {
          locale: source,
          path: `${path}/items/${pair.base}`,
          entity: to.id,
          summary: `Item "${before.en}" removed from list ${to.id}`,
          before: before.en,
          base: at('base', source, before.source.en),
        })
      } else if (after) {
        data('list-item', 'added', {
          locale: source,
          path: `${path}/items/${pair.head}`,
          entity: to.id,
          summary: `Item "${after.en}" added to list ${to.id}`,
          after: after.en,
          head: at('head', source, after.source.en),
        })
      }
    }
  }
  for (const list of lists.added)
    entity(
      'list',
      'lists',
      'head',
      list,
      `${list.items.length} items: ${quote(list.items.map((item) => item.en))}`,
    )

  // Notes.
  const notes = matchEntities(base.notes, head.notes, noteText)
  for (const note of notes.removed)
    entity('note', 'notes', 'base', note, `${note.kind}: "${note.text.en}"`)
  for (const { base: from, head: to, renamed: isRenamed } of notes.matched) {
    const path = `notes/${to.id}`
    if (isRenamed) renamed('note', path, from, to)
    if (from.kind !== to.kind) {
      data('note', 'changed', {
        locale: source,
        path: `${path}/kind`,
        entity: to.id,
        summary: `Note ${to.id} is now ${to.kind}, was ${from.kind}`,
        before: from.kind,
        after: to.kind,
        base: at('base', source, from.source.en),
        head: at('head', source, to.source.en),
      })
    }
    text('note', `${path}/section`, to.id, `Section of note ${to.id}`, from.section, to.section, {
      base: from.source,
      head: to.source,
    })
    text('note', `${path}/text`, to.id, `Text of note ${to.id}`, from.text, to.text, {
      base: from.source,
      head: to.source,
    })
  }
  for (const note of notes.added)
    entity('note', 'notes', 'head', note, `${note.kind}: "${note.text.en}"`)

  // Translation gaps that opened or closed.
  const key = (gap: Dataset['translationGaps'][number]) =>
    `${gap.locale}\n${gap.path}\n${gap.reason}`
  const baseGaps = new Set(base.translationGaps.map(key))
  const headGaps = new Set(head.translationGaps.map(key))
  for (const gap of head.translationGaps) {
    if (baseGaps.has(key(gap))) continue
    changes.push({
      kind: 'translation-drift',
      action: 'mismatch',
      classification: 'translation-drift',
      level: 'patch',
      locale: gap.locale,
      path: gap.path,
      entity: gap.path.split('/')[1] ?? null,
      summary: `${gap.locale} no longer matches ${source} at ${gap.path}: ${gap.reason}`,
      ...(gap.source.en
        ? { head: locate('head', source, gap.source.en.line, false) }
        : gap.source.sv
          ? { head: locate('head', gap.locale, gap.source.sv.line, false) }
          : {}),
    })
  }
  for (const gap of base.translationGaps) {
    if (headGaps.has(key(gap))) continue
    changes.push({
      kind: 'translation-drift',
      action: 'resolved',
      classification: 'translation-drift',
      level: 'patch',
      locale: gap.locale,
      path: gap.path,
      entity: gap.path.split('/')[1] ?? null,
      summary: `${gap.locale} matches ${source} again at ${gap.path} (was: ${gap.reason})`,
    })
  }

  if (options.includeSources) {
    for (const locale of locales) {
      const from = base.sources[locale]
      const to = head.sources[locale]
      if (!from || !to) {
        data('metadata', from ? 'removed' : 'added', {
          locale,
          path: `sources/${locale}`,
          entity: null,
          summary: `The ${locale} translation is ${from ? 'gone' : 'new'}`,
          before: from?.path ?? null,
          after: to?.path ?? null,
        })
        changes.at(-1)!.level = from ? 'major' : 'minor'
        continue
      }
      for (const field of ['title', 'msDate', 'path', 'format'] as const) {
        if (from[field] === to[field]) continue
        data('metadata', 'changed', {
          locale,
          path: `metadata/${locale}/${field}`,
          entity: null,
          summary: `${field} of the ${locale} source changed`,
          before: from[field],
          after: to[field],
        })
      }
      const touched = changes.some((change) => change.locale === locale)
      if (from.sha256 !== to.sha256 && !touched) {
        changes.push({
          kind: 'formatting',
          action: 'changed',
          classification: 'cosmetic',
          level: 'none',
          locale,
          path: `sources/${locale}`,
          entity: null,
          summary: `${to.path} changed, but no extracted value did`,
        })
      }
    }
  }
  return changes
}
