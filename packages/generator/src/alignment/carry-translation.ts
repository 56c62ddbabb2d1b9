import { entityPath } from '@mfa-residency/dataset/paths'
import type { TranslationGap } from './article.js'
import { collectionOf, type Entry } from './article.js'
import type { TranslationBase } from './base-from-memory.js'
import { type CarryOptions, carryContext } from './carry-context.js'
import { removedExtras, unpairedExtras } from './carry-extras.js'
import { carryList } from './carry-list.js'
import { carryProse } from './carry-prose.js'
import { carryTable } from './carry-table.js'
import type { Correspondence } from './correspond.js'
import type { Unpaired } from './unpaired.js'

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
  const context = carryContext(base, correspondence, options)
  for (const entry of entries) {
    if (entry.kind === 'table') carryTable(context, entry.entity)
    else if (entry.kind === 'list') carryList(context, entry.entity)
    else carryProse(context, entry.entity, entityPath(collectionOf[entry.kind], entry.entity.id))
  }
  removedExtras(context, correspondence.removed)
  unpairedExtras(context, base.unpaired ?? [])
  const { gaps } = context
  gaps.push(...base.carried)
  return gaps
}
