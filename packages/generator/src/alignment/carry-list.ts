import { entityPath, itemPath } from '@mfa-residency/dataset/paths'
import type { List, Paragraph } from './article.js'
import { carryBlock } from './carry-block.js'
import type { CarryContext } from './carry-context.js'
import { carryProse } from './carry-prose.js'

/**
 * Carry a list: its section, lead-in and lines, each item as prose, and an `extra` gap for each
 * translated item whose English was removed.
 */
export function carryList(context: CarryContext, entity: List): void {
  const { from, to } = context
  const path = entityPath('lists', entity.id)
  const previous = carryBlock(context, entity, path)
  if (!previous) return
  for (const item of entity.items)
    carryProse(context, item as unknown as Paragraph, itemPath(entity.id, item.id))
  for (const removal of context.removals.get(entity) ?? []) {
    if (removal.kind !== 'item' || removal.entity.text[to] === null) continue
    context.gap(
      'extra',
      itemPath(previous.id, removal.entity.id),
      context.removedReason,
      { target: removal.entity.source[to] },
      {
        translates: removal.entity.text[from]!,
        text: removal.entity.text[to]!,
      },
    )
  }
}
