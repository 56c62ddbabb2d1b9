import { textSimilarity } from './text-similarity.js'

export interface MatchOptions<T> {
  id(entity: T): string
  /** Earlier ids of a base entity, which a head entity's id may still carry. */
  aliases?(entity: T): readonly string[]
  /** What to compare when ids disagree. */
  text(entity: T): string
  /** The least similarity (0–1) for a pair by content. */
  threshold?: number
  /**
   * Pair what is still unpaired by position: where the same number of base and head entities lie
   * between two pairs, they pair in order. For prose, whose rewording can leave nothing in common.
   */
  byPosition?: boolean
}

export interface Pair<T> {
  base: T
  head: T
}

export interface Matching<T> {
  /** In head order. */
  pairs: Pair<T>[]
  removed: T[]
  added: T[]
}

/**
 * Pair the entities of two versions: by identical text, then by id (or an earlier id), then by
 * content similarity, best pairs first, then optionally by position. Ties keep document order, so the result is
 * deterministic.
 */
export function matchEntities<T>(
  base: readonly T[],
  head: readonly T[],
  options: MatchOptions<T>,
): Matching<T> {
  const partnerOfHead = new Map<number, number>()
  const pairedBase = new Set<number>()
  const pair = (b: number, h: number) => {
    partnerOfHead.set(h, b)
    pairedBase.add(b)
  }

  // The same text, once on each side, is the same entity whatever its id says: fresh ids of two
  // versions can collide ("…-2" moves when a paragraph before it goes).
  const once = (entities: readonly T[]) => {
    const counts = new Map<string, number[]>()
    entities.forEach((entity, index) => {
      const text = options.text(entity)
      counts.set(text, [...(counts.get(text) ?? []), index])
    })
    return counts
  }
  const headTexts = once(head)
  for (const [text, indexes] of once(base)) {
    const partners = headTexts.get(text)
    if (text !== '' && indexes.length === 1 && partners?.length === 1)
      pair(indexes[0]!, partners[0]!)
  }

  const baseById = new Map<string, number>()
  base.forEach((entity, index) => {
    for (const id of [options.id(entity), ...(options.aliases?.(entity) ?? [])])
      if (!baseById.has(id)) baseById.set(id, index)
  })
  head.forEach((entity, h) => {
    const b = baseById.get(options.id(entity))
    if (b !== undefined && !pairedBase.has(b) && !partnerOfHead.has(h)) pair(b, h)
  })

  const threshold = options.threshold ?? 0.5
  const candidates: { b: number; h: number; score: number }[] = []
  base.forEach((entity, b) => {
    if (pairedBase.has(b)) return
    const text = options.text(entity)
    head.forEach((other, h) => {
      if (partnerOfHead.has(h)) return
      const score = textSimilarity(text, options.text(other))
      if (score >= threshold) candidates.push({ b, h, score })
    })
  })
  candidates.sort((x, y) => y.score - x.score)
  for (const { b, h } of candidates) if (!pairedBase.has(b) && !partnerOfHead.has(h)) pair(b, h)

  if (options.byPosition) pairByPosition(base.length, head.length, partnerOfHead, pair)

  const pairs: Pair<T>[] = []
  const added: T[] = []
  head.forEach((entity, h) => {
    const b = partnerOfHead.get(h)
    if (b === undefined) added.push(entity)
    else pairs.push({ base: base[b]!, head: entity })
  })
  return { pairs, removed: base.filter((_, b) => !pairedBase.has(b)), added }
}

function pairByPosition(
  baseLength: number,
  headLength: number,
  partnerOfHead: Map<number, number>,
  pair: (b: number, h: number) => void,
): void {
  const pairedBase = new Set(partnerOfHead.values())
  let lastBase = -1
  let gapHeads: number[] = []
  const flush = (nextBase: number) => {
    const gapBases: number[] = []
    for (let b = lastBase + 1; b < nextBase; b++) if (!pairedBase.has(b)) gapBases.push(b)
    if (gapBases.length > 0 && gapBases.length === gapHeads.length)
      for (const [index, h] of gapHeads.entries()) pair(gapBases[index]!, h)
    gapHeads = []
  }
  for (let h = 0; h < headLength; h++) {
    const b = partnerOfHead.get(h)
    if (b === undefined) {
      gapHeads.push(h)
      continue
    }
    // Only a gap between pairs in the same order on both sides is comparable.
    if (b > lastBase) flush(b)
    else gapHeads = []
    lastBase = Math.max(lastBase, b)
  }
  flush(baseLength)
}
