import type { List, Table } from './article.js'
import { put } from './article.js'
import type { CarryContext } from './carry-context.js'

/**
 * What a table and a list carry alike: the translated block, or a `missing` gap when there is none;
 * then its section, lead-in and lines. Returns the block of the base, or `null`.
 */
export function carryBlock<T extends Table | List>(
  context: CarryContext,
  entity: T,
  path: string,
): T | null {
  const { from, to } = context
  const previous = context.partner.get(entity) as T | undefined
  if (!previous || previous.source[to] === null) {
    context.gap('missing', path, context.missingReason(previous), { source: entity.source[from] })
    return null
  }
  put(entity.section, to, previous.section[to])
  put(entity.leadIn, to, previous.leadIn[to])
  put(entity.source, to, previous.source[to])
  return previous
}
