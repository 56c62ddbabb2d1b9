import { textSimilarity } from '@mfa-residency/parser'

export interface Matched<T> {
  base: T
  head: T
  /** True when the ids differ: paired by content, not by id. */
  renamed: boolean
}

export interface Matching<T> {
  matched: Matched<T>[]
  removed: T[]
  added: T[]
}

/**
 * Pair entities by id first, then pair what is left by content similarity (best pairs first, at
 * least `threshold`), so a renamed heading reads as a rename instead of a removal and an addition.
 */
export function matchEntities<T extends { id: string }>(
  base: readonly T[],
  head: readonly T[],
  text: (entity: T) => string,
  threshold = 0.5,
): Matching<T> {
  const headById = new Map(head.map((entity) => [entity.id, entity]))
  const matched: Matched<T>[] = []
  const leftBase: T[] = []
  for (const entity of base) {
    const partner = headById.get(entity.id)
    if (partner) {
      matched.push({ base: entity, head: partner, renamed: false })
      headById.delete(entity.id)
    } else {
      leftBase.push(entity)
    }
  }
  const leftHead = head.filter((entity) => headById.has(entity.id))
  const candidates = leftBase.flatMap((b) =>
    leftHead.map((h) => ({ b, h, score: textSimilarity(text(b), text(h)) })),
  )
  candidates.sort((x, y) => y.score - x.score)
  const usedBase = new Set<T>()
  const usedHead = new Set<T>()
  for (const { b, h, score } of candidates) {
    if (score < threshold || usedBase.has(b) || usedHead.has(h)) continue
    usedBase.add(b)
    usedHead.add(h)
    matched.push({ base: b, head: h, renamed: true })
  }
  return {
    matched,
    removed: leftBase.filter((entity) => !usedBase.has(entity)),
    added: leftHead.filter((entity) => !usedHead.has(entity)),
  }
}
