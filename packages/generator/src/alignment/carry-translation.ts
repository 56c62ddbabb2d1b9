import type {
  Cell,
  Heading,
  List,
  Locale,
  Note,
  Paragraph,
  SourcePosition,
  Table,
  TranslationGap,
} from '@mfa-residency/dataset'
import { cellPath, columnPath, entityPath, itemPath, rowPath } from '@mfa-residency/dataset/paths'
import { asLocale, collectionOf, type Entry, get, put } from './article.js'
import type { TranslationBase } from './base-from-memory.js'
import type { Correspondence, Removal } from './correspond.js'
import { pairByText, type Unpaired } from './fill-translation.js'

export interface CarryOptions {
  source: string
  locale: string
  /** True when the base is the current English itself: nothing can be stale or new. */
  sameVersion: boolean
}

type Prose = Heading | Paragraph | Note
type Span = SourcePosition

/**
 * Step two of translation: carry each translation from the English it translates (the base) to the
 * current English, entity by entity. An unchanged entity keeps its translation; a changed one keeps
 * it as `stale`, with the English it translates; a new one is `missing`; translated content whose
 * English is gone is `extra`. Fills `entries` in place and returns the gaps in document order.
 */
export function carryTranslation(
  entries: readonly Entry[],
  base: TranslationBase & { unpaired?: readonly Unpaired[] },
  correspondence: Correspondence,
  options: CarryOptions,
): TranslationGap[] {
  const from = asLocale(options.source)
  const to = asLocale(options.locale)
  const { partner } = correspondence
  const gaps: TranslationGap[] = []
  const gap = (
    kind: TranslationGap['kind'],
    path: string,
    reason: string,
    lines: { source?: Span | null; target?: Span | null },
    extra: { translates?: string | string[]; text?: string | string[] } = {},
  ) => {
    const where: TranslationGap['source'] = {}
    if (lines.source) where[from] = lines.source
    if (lines.target) where[to] = lines.target
    gaps.push({ kind, locale: to, path, reason, ...extra, source: where })
  }
  const missingReason = (previous: object | undefined) =>
    previous === undefined
      ? options.sameVersion
        ? `no ${to} counterpart`
        : `new in ${from} since the ${to} translation`
      : (base.reasons.get(previous) ?? `no ${to} translation`)
  const staleReason = `${from} changed since the ${to} translation`
  const removedReason = `removed from ${from}; the ${to} translation still has it`
  const removals = groupRemovals(correspondence.removed)

  const prose = (entity: Prose, path: string) => {
    const previous = partner.get(entity) as Prose | undefined
    const translation = previous?.text[to] ?? null
    if (!previous || translation === null) {
      gap('missing', path, missingReason(previous), { source: entity.source[from] })
      return
    }
    put(entity.text, to, translation)
    put(entity.source, to, previous.source[to])
    if ('section' in entity) put(entity.section, to, (previous as Paragraph | Note).section[to])
    if (entity.text[from] !== previous.text[from]) {
      gap(
        'stale',
        path,
        staleReason,
        { source: entity.source[from], target: entity.source[to] },
        {
          translates: previous.text[from]!,
        },
      )
    }
  }

  const table = (entity: Table) => {
    const path = entityPath('tables', entity.id)
    const previous = partner.get(entity) as Table | undefined
    if (!previous || previous.source[to] === null) {
      gap('missing', path, missingReason(previous), { source: entity.source[from] })
      return
    }
    put(entity.section, to, previous.section[to])
    put(entity.leadIn, to, previous.leadIn[to])
    put(entity.source, to, previous.source[to])
    const misfit = base.reasons.get(previous)
    if (misfit !== undefined) {
      gap('missing', path, misfit, { source: entity.source[from], target: entity.source[to] })
      return
    }
    const columns = new Map<string, string>()
    for (const column of entity.columns) {
      const before = partner.get(column) as Table['columns'][number] | undefined
      const place = columnPath(entity.id, column.id)
      if (!before || before.label[to] === null) {
        gap('missing', place, missingReason(before), { source: entity.source[from] })
        continue
      }
      columns.set(column.id, before.id)
      put(column.label, to, before.label[to])
      if (column.label[from] !== before.label[from]) {
        gap(
          'stale',
          place,
          staleReason,
          { source: entity.source[from], target: entity.source[to] },
          { translates: before.label[from]! },
        )
      }
    }
    for (const row of entity.rows) {
      const place = rowPath(entity.id, row.id)
      const before = partner.get(row) as Table['rows'][number] | undefined
      if (!before || before.source[to] === null) {
        gap('missing', place, missingReason(before), { source: row.source[from] })
        continue
      }
      put(row.source, to, before.source[to])
      for (const [column, previousColumn] of columns) {
        const lines = { source: row.source[from], target: row.source[to] }
        cell(
          row.cells[column]!,
          before.cells[previousColumn]!,
          cellPath(entity.id, row.id, column),
          lines,
        )
      }
    }
    for (const removal of removals.get(entity) ?? []) {
      if (removal.kind === 'row' && removal.entity.source[to] !== null) {
        const values = (locale: Locale) =>
          Object.values(removal.entity.cells).flatMap((cell) =>
            (cell[locale] ?? []).filter((value): value is string => value !== null),
          )
        gap(
          'extra',
          rowPath(previous.id, removal.entity.id),
          removedReason,
          { target: removal.entity.source[to] },
          {
            translates: values(from),
            text: values(to),
          },
        )
      } else if (removal.kind === 'column' && removal.entity.label[to] !== null) {
        gap(
          'extra',
          columnPath(previous.id, removal.entity.id),
          removedReason,
          { target: previous.source[to] },
          {
            translates: removal.entity.label[from]!,
            text: removal.entity.label[to]!,
          },
        )
      }
    }
  }

  const cell = (
    current: Cell,
    previous: Cell,
    path: string,
    lines: { source: Span | null; target: Span | null },
  ) => {
    const translations = previous[to]
    if (translations === null) {
      gap('missing', path, missingReason(previous), lines)
      return
    }
    const english = get<string[]>(previous, from) ?? []
    const now = get<string[]>(current, from) ?? []
    const values: (string | null)[] = now.map(() => null)
    const pairs = pairValues(english, now)
    const paired = new Set<number>()
    for (const [index, value] of now.entries()) {
      const match = pairs.get(index)
      if (
        match === undefined ||
        translations[match] === null ||
        translations[match] === undefined
      ) {
        const reason =
          match === undefined
            ? missingReason(undefined)
            : (base.valueReasons?.get(previous)?.get(match) ?? missingReason(previous))
        gap('missing', `${path}/values/${index}`, reason, {
          source: lines.source,
        })
        if (match !== undefined) paired.add(match)
        continue
      }
      paired.add(match)
      values[index] = translations[match]!
      if (value !== english[match]) {
        gap('stale', `${path}/values/${index}`, staleReason, lines, { translates: english[match]! })
      }
    }
    english.forEach((value, index) => {
      const translation = translations[index]
      if (paired.has(index) || translation === null || translation === undefined) return
      gap(
        'extra',
        `${path}/values/${index}`,
        removedReason,
        { target: lines.target },
        {
          translates: value,
          text: translation,
        },
      )
    })
    put(current, to, values)
  }

  const list = (entity: List) => {
    const path = entityPath('lists', entity.id)
    const previous = partner.get(entity) as List | undefined
    if (!previous || previous.source[to] === null) {
      gap('missing', path, missingReason(previous), { source: entity.source[from] })
      return
    }
    put(entity.section, to, previous.section[to])
    put(entity.leadIn, to, previous.leadIn[to])
    put(entity.source, to, previous.source[to])
    for (const item of entity.items)
      prose(item as unknown as Paragraph, itemPath(entity.id, item.id))
    for (const removal of removals.get(entity) ?? []) {
      if (removal.kind !== 'item' || removal.entity.text[to] === null) continue
      gap(
        'extra',
        itemPath(previous.id, removal.entity.id),
        removedReason,
        { target: removal.entity.source[to] },
        {
          translates: removal.entity.text[from]!,
          text: removal.entity.text[to]!,
        },
      )
    }
  }

  for (const entry of entries) {
    if (entry.kind === 'table') table(entry.entity)
    else if (entry.kind === 'list') list(entry.entity)
    else prose(entry.entity, entityPath(collectionOf[entry.kind], entry.entity.id))
  }
  for (const removal of correspondence.removed) {
    if (removal.kind === 'row' || removal.kind === 'column' || removal.kind === 'item') continue
    const entity = removal.entity
    if (entity.source[to] === null) continue
    const path = entityPath(collectionOf[removal.kind], entity.id)
    const [translates, text] =
      removal.kind === 'table'
        ? [tableValues(removal.entity, from), tableValues(removal.entity, to)]
        : removal.kind === 'list'
          ? [removal.entity.items.map((item) => item.text[from]!), listValues(removal.entity, to)]
          : [
              get<string>(removal.entity.text, from) ?? '',
              get<string>(removal.entity.text, to) ?? '',
            ]
    gap('extra', path, removedReason, { target: entity.source[to] }, { translates, text })
  }
  for (const unpaired of base.unpaired ?? []) {
    gap(
      'extra',
      unpaired.path,
      `${to} ${unpaired.what} has no ${from} counterpart`,
      { target: { line: unpaired.line, endLine: unpaired.endLine } },
      { text: unpaired.text },
    )
  }
  gaps.push(...base.carried)
  return gaps
}

function groupRemovals(removed: readonly Removal[]): Map<object, Removal[]> {
  const groups = new Map<object, Removal[]>()
  for (const removal of removed) {
    if (!('parent' in removal)) continue
    groups.set(removal.parent, [...(groups.get(removal.parent) ?? []), removal])
  }
  return groups
}

function tableValues(table: Table, locale: Locale): string[] {
  return table.rows.flatMap((row) =>
    Object.values(row.cells).flatMap((cell) =>
      (cell[locale] ?? []).filter((value): value is string => value !== null),
    ),
  )
}

function listValues(list: List, locale: Locale): string[] {
  return list.items.flatMap((item) => (item.text[locale] === null ? [] : [item.text[locale]]))
}

/**
 * Which value of the previous cell each current value continues: equal values first, then the
 * rest in order when as many remain on both sides, else by similarity.
 */
function pairValues(previous: readonly string[], current: readonly string[]): Map<number, number> {
  const pairs = new Map<number, number>()
  const used = new Set<number>()
  current.forEach((value, index) => {
    const match = previous.findIndex((candidate, at) => !used.has(at) && candidate === value)
    if (match === -1) return
    pairs.set(index, match)
    used.add(match)
  })
  const leftCurrent = current.map((_, index) => index).filter((index) => !pairs.has(index))
  const leftPrevious = previous.map((_, index) => index).filter((index) => !used.has(index))
  for (const pair of pairByText(
    leftPrevious.map((index) => previous[index]!),
    leftCurrent.map((index) => current[index]!),
  )) {
    if (pair.a !== null && pair.b !== null) pairs.set(leftCurrent[pair.b]!, leftPrevious[pair.a]!)
  }
  return pairs
}
