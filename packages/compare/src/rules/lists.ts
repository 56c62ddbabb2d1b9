import type { List, ListItem } from '@mfa-residency/dataset'
import { entityPath, itemPath } from '@mfa-residency/dataset/paths'
import { textsAlike } from '../position-evidence.js'
import type { SourceLines } from '../report.js'
import { meaningOf } from '../semver-policy.js'
import { type DiffContext, nonEmpty, quote } from './context.js'
import { type Matched, type Matching, match } from './match.js'
import { diffMentions } from './mentions.js'
import { diffQuantities } from './quantities.js'
import { renamed } from './tables.js'
import { itemNames, relinkSummary } from './term-links.js'

/** Where a whole list is on each side, for the changes that concern all of it. */
interface WholeList {
  base: SourceLines | undefined
  head: SourceLines | undefined
}

/** Lists, their kind, their items and the items' order. */
export function diffLists(context: DiffContext): void {
  const { source } = context
  const itemsText = (list: List) => list.items.map((item) => item.text[source] ?? '').join(' ')
  const lists = match(context.base.lists, context.head.lists, itemsText)
  for (const list of lists.removed) wholeList(context, 'base', list)
  for (const pair of lists.matched) diffList(context, pair)
  for (const list of lists.added) wholeList(context, 'head', list)
}

/** One list both sides have: its id, kind, section, items and their order. */
function diffList(context: DiffContext, pair: Matched<List>): void {
  const { source } = context
  const { base: from, head: to } = pair
  const path = entityPath('lists', to.id)
  const whole: WholeList = {
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
    byPosition: (a, b) => textsAlike(a.text[source] ?? '', b.text[source] ?? ''),
  })
  diffItems(context, to, items)
  diffItemOrder(context, pair, items.matched, whole)
}

/** The items of one list: removed, added, and the text of those both sides keep. */
function diffItems(context: DiffContext, to: List, items: Matching<ListItem>): void {
  const { source } = context
  for (const [side, list] of [
    ['base', items.removed],
    ['head', items.added],
  ] as const) {
    for (const item of list) {
      context.oneSided('list-item', side, {
        path: itemPath(to.id, item.id),
        entity: to.id,
        summary: `Item "${item.text[source]}" ${side === 'base' ? 'removed from' : 'added to'} list ${to.id}`,
        text: item.text[source],
        position: item.source[source],
      })
    }
  }
  for (const itemPair of items.matched) {
    const place = itemPath(to.id, itemPair.head.id)
    const { base: from, head: item } = itemPair
    if (itemPair.renamed) renamed(context, 'list-item', place, from, item, to.id)
    const what = `Item ${item.id} of list ${to.id}`
    const names = itemNames(from.term, item.term)
    // A reworded item says what it names in its text change; an item kept word for word, apart.
    if (from.text[source] === item.text[source]) diffItemTerm(context, place, to.id, itemPair)
    context.text(
      'list-item',
      place,
      to.id,
      what,
      from.text,
      item.text,
      { base: from.source, head: item.source },
      names,
    )
    diffQuantities(context, place, to.id, what, from, item)
    diffMentions(context, place, to.id, what, from, item)
  }
}

/** An item kept word for word that names another term now, or one where it named none. */
function diffItemTerm(
  context: DiffContext,
  place: string,
  list: string,
  { base: from, head: to }: Matched<ListItem>,
): void {
  const { source } = context
  const names = itemNames(from.term, to.term)
  if (names.termsAdded.length === 0 && names.termsRemoved.length === 0) return
  const [before = null] = names.termsRemoved
  const [after = null] = names.termsAdded
  context.data(
    'list-item',
    'changed',
    {
      locale: source,
      path: place,
      entity: list,
      summary: `Item ${to.id} of list ${list}: ${relinkSummary(before, after)}`,
      before,
      after,
      ...nonEmpty(names),
      base: context.at('base', source, from.source[source]),
      head: context.at('head', source, to.source[source]),
    },
    meaningOf(names.termsRemoved, names.termsAdded),
  )
}

/** A change when the items both sides keep are in a new order. */
function diffItemOrder(
  context: DiffContext,
  { base: from, head: to }: Matched<List>,
  kept: Matched<ListItem>[],
  whole: WholeList,
): void {
  // Order among the items both sides keep, by their base ids.
  const partnerOf = new Map(kept.map((itemPair) => [itemPair.head, itemPair.base]))
  const keptBase = new Set(kept.map((itemPair) => itemPair.base))
  const was = from.items.filter((item) => keptBase.has(item)).map((item) => item.id)
  const now = to.items.flatMap((item) => {
    const previous = partnerOf.get(item)
    return previous ? [previous.id] : []
  })
  if (was.join('\n') !== now.join('\n')) {
    context.data('list', 'changed', {
      locale: context.source,
      path: `${entityPath('lists', to.id)}/items`,
      entity: to.id,
      summary: `The items of list ${to.id} are in a new order`,
      before: was,
      after: now,
      ...whole,
    })
  }
}

/** A list only one side has, as one removed or added change. */
function wholeList(context: DiffContext, side: 'base' | 'head', list: List): void {
  const { source } = context
  const action = side === 'base' ? 'removed' : 'added'
  context.oneSided('list', side, {
    path: entityPath('lists', list.id),
    entity: list.id,
    summary: `List ${list.id} ${action}: ${list.items.length} items: ${quote(list.items.map((item) => item.text[source] ?? ''))}`,
    position: list.source[source],
  })
}
