import type { List } from '@mfa-residency/dataset'
import { entityPath, itemPath } from '@mfa-residency/dataset/paths'
import { type DiffContext, quote } from './context.js'
import { match } from './match.js'
import { renamed } from './tables.js'

/** Lists, their kind, their items and the items' order. */
export function diffLists(context: DiffContext): void {
  const { source } = context
  const itemsText = (list: List) => list.items.map((item) => item.text[source] ?? '').join(' ')
  const lists = match(context.base.lists, context.head.lists, itemsText)
  for (const list of lists.removed) wholeList(context, 'base', list)
  for (const pair of lists.matched) {
    const { base: from, head: to } = pair
    const path = entityPath('lists', to.id)
    const whole = {
      base: context.at('base', source, from.source[source]),
      head: context.at('head', source, to.source[source]),
    }
    if (pair.renamed) renamed(context, 'list', path, from, to)
    if (from.ordered !== to.ordered) {
      context.data('list', 'changed', {
        locale: source,
        path: `${path}/ordered`,
        entity: to.id,
        summary: `List ${to.id} is now ${to.ordered ? 'numbered' : 'bulleted'}`,
        before: String(from.ordered),
        after: String(to.ordered),
        ...whole,
      })
    }
    context.text(
      'list',
      `${path}/section`,
      to.id,
      `Section of list ${to.id}`,
      from.section,
      to.section,
      {
        base: from.source,
        head: to.source,
      },
    )
    const items = match(from.items, to.items, (item) => item.text[source] ?? '', {
      byPosition: true,
    })
    for (const item of items.removed) {
      context.data('list-item', 'removed', {
        locale: source,
        path: itemPath(to.id, item.id),
        entity: to.id,
        summary: `Item "${item.text[source]}" removed from list ${to.id}`,
        before: item.text[source],
        base: context.at('base', source, item.source[source]),
      })
    }
    for (const item of items.added) {
      context.data('list-item', 'added', {
        locale: source,
        path: itemPath(to.id, item.id),
        entity: to.id,
        summary: `Item "${item.text[source]}" added to list ${to.id}`,
        after: item.text[source],
        head: context.at('head', source, item.source[source]),
      })
    }
    for (const itemPair of items.matched) {
      const place = itemPath(to.id, itemPair.head.id)
      if (itemPair.renamed)
        renamed(context, 'list-item', place, itemPair.base, itemPair.head, to.id)
      context.text(
        'list-item',
        place,
        to.id,
        `Item ${itemPair.head.id} of list ${to.id}`,
        itemPair.base.text,
        itemPair.head.text,
        {
          base: itemPair.base.source,
          head: itemPair.head.source,
        },
      )
    }
    // Order among the items both sides keep, by their base ids.
    const partnerOf = new Map(items.matched.map((itemPair) => [itemPair.head, itemPair.base]))
    const keptBase = new Set(items.matched.map((itemPair) => itemPair.base))
    const was = from.items.filter((item) => keptBase.has(item)).map((item) => item.id)
    const now = to.items.flatMap((item) => {
      const previous = partnerOf.get(item)
      return previous ? [previous.id] : []
    })
    if (was.join('\n') !== now.join('\n')) {
      context.data('list', 'changed', {
        locale: source,
        path: `${path}/items`,
        entity: to.id,
        summary: `The items of list ${to.id} are in a new order`,
        before: was,
        after: now,
        ...whole,
      })
    }
  }
  for (const list of lists.added) wholeList(context, 'head', list)
}

function wholeList(context: DiffContext, side: 'base' | 'head', list: List): void {
  const { source } = context
  const action = side === 'base' ? 'removed' : 'added'
  context.data('list', action, {
    locale: source,
    path: entityPath('lists', list.id),
    entity: list.id,
    summary: `List ${list.id} ${action}: ${list.items.length} items: ${quote(list.items.map((item) => item.text[source] ?? ''))}`,
    [side]: context.at(side, source, list.source[source]),
  })
}
