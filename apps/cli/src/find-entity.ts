import type { Context } from './context.js'
import type { EntityKind } from './messages.js'
import { suggest } from './text-match.js'

interface Identified {
  id: string
  aliases?: readonly string[]
}

/**
 * The entity with this id, else the one that lists it among its aliases: an id that was retired
 * still finds its entity. The same order as the dataset package's `getTable`, which only knows the
 * bundled dataset, while `--dataset` can name another.
 */
export function findEntity<T extends Identified>(
  entities: readonly T[],
  id: string,
): T | undefined {
  return (
    entities.find((entity) => entity.id === id) ??
    entities.find((entity) => entity.aliases?.includes(id))
  )
}

/**
 * "unknown table "x"; did you mean "y"?" on stderr, and exit code 1. An id of another kind
 * ("personal-data-…" is a list) names the command that shows it instead of a look-alike.
 */
export function unknownEntity(what: EntityKind, id: string, command: string, ctx: Context): number {
  const { dataset, messages } = ctx
  const collections: Record<EntityKind, readonly Identified[]> = {
    table: dataset.tables,
    list: dataset.lists,
    note: dataset.notes,
  }
  const other = (Object.keys(collections) as EntityKind[]).find(
    (kind) => kind !== what && findEntity(collections[kind], id) !== undefined,
  )
  // A script reading --json gets JSON even for no answer: no table, or no list or note.
  if (ctx.json) ctx.out(what === 'table' ? 'null' : '[]')
  if (other) {
    ctx.err(messages.isOtherKind(id, other))
    return 1
  }
  const guess = suggest(
    id,
    collections[what].map((entity) => entity.id),
  )
  ctx.err(
    `${messages.unknownEntity(what, id)}${guess ? messages.didYouMean(`"${guess}"`) : ''}${messages.listsThem(command)}`,
  )
  return 1
}
