import { type MatchOptions, matchEntities } from '../match-entities.js'

export interface Matched<T> {
  base: T
  head: T
  /** The ids differ: paired by an earlier id or by content. */
  renamed: boolean
}

export interface Matching<T> {
  matched: Matched<T>[]
  removed: T[]
  added: T[]
}

/**
 * The generator's matcher, which also keeps ids stable: by id or alias, then by content, so the
 * diff pairs entities the way `pnpm generate` does.
 */
export function match<T extends { id: string; aliases?: readonly string[] }>(
  base: readonly T[],
  head: readonly T[],
  text: (entity: T) => string,
  options: Pick<MatchOptions<T>, 'threshold' | 'byPosition'> = {},
): Matching<T> {
  const matching = matchEntities(base, head, {
    id: (entity) => entity.id,
    aliases: (entity) => entity.aliases ?? [],
    text,
    ...options,
  })
  // A head entity that keeps the base id as an alias is the same entity under its new id.
  return {
    matched: matching.pairs.map(({ base: from, head: to }) => ({
      base: from,
      head: to,
      renamed: from.id !== to.id,
    })),
    removed: matching.removed,
    added: matching.added,
  }
}
