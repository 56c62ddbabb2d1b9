import { entityPath } from '@mfa-residency/dataset/paths'
import type { List, Locale, Table } from './article.js'
import { collectionOf, get } from './article.js'
import type { CarryContext } from './carry-context.js'
import type { Removal } from './correspond.js'
import type { Unpaired } from './unpaired.js'

/**
 * An `extra` gap for each translated entity of the base whose English is gone. Rows, columns and
 * items are left to their table or list, which knows where they were.
 */
export function removedExtras(context: CarryContext, removed: readonly Removal[]): void {
  const { from, to } = context
  for (const removal of removed) {
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
    context.gap(
      'extra',
      path,
      context.removedReason,
      { target: entity.source[to] },
      { translates, text },
    )
  }
}

/** An `extra` gap for each piece of translated content that no English of the base paired with. */
export function unpairedExtras(context: CarryContext, unpaired: readonly Unpaired[]): void {
  const { from, to } = context
  for (const item of unpaired) {
    context.gap(
      'extra',
      item.path,
      `${to} ${item.what} has no ${from} counterpart`,
      { target: { line: item.line, endLine: item.endLine } },
      { text: item.text },
    )
  }
}

/** A table's text in one locale, nothing left out: its column labels, then its rows' values. */
function tableValues(table: Table, locale: Locale): string[] {
  const labels = table.columns.flatMap((column) => get<string>(column.label, locale) ?? [])
  return [
    ...labels,
    ...table.rows.flatMap((row) =>
      Object.values(row.cells).flatMap((cell) =>
        (cell[locale] ?? []).filter((value): value is string => value !== null),
      ),
    ),
  ]
}

function listValues(list: List, locale: Locale): string[] {
  return list.items.flatMap((item) => (item.text[locale] === null ? [] : [item.text[locale]]))
}
