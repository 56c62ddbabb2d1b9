import type { Context } from './context.js'
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

/** "unknown list "x"; did you mean "y"?" on stderr, and exit code 1. */
export function unknownEntity(
  what: string,
  id: string,
  entities: readonly Identified[],
  command: string,
  ctx: Context,
): number {
  const guess = suggest(
    id,
    entities.map((entity) => entity.id),
  )
  ctx.err(
    `unknown ${what} "${id}"${guess ? `; did you mean "${guess}"?` : ''} (\`mfa-residency ${command}\` lists them)`,
  )
  return 1
}
