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
   * The head's ids were just minted from its text (the generator), not kept (two datasets). A
   * minted id is evidence, not proof: it can equal another entity's old id or alias (two headings
   * reworded into each other's words), so content is compared before ids.
   */
  mintedIds?: boolean
  /**
   * Pair what is still unpaired by position: where the same number of base and head entities lie
   * between two pairs, they pair in order, when `true` or when the given test says the two share
   * enough (so that an unrelated row in a removed row's place is an addition, not a rename). For
   * prose, whose rewording can leave nothing in common, and for rows and items.
   */
  byPosition?: boolean | ((base: T, head: T) => boolean)
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

/** Which base entity each head entity continues, by index, as the passes find them. */
class Pairing {
  readonly partnerOfHead = new Map<number, number>()
  readonly pairedBase = new Set<number>()

  pair(b: number, h: number): void {
    if (this.pairedBase.has(b) || this.partnerOfHead.has(h)) return
    this.partnerOfHead.set(h, b)
    this.pairedBase.add(b)
  }
}

/**
 * Pair the entities of two versions: by identical text, by id (or an earlier id) and by content
 * similarity, best pairs first (content before ids when the head's ids are minted), then
 * optionally by position. Ties keep document order, so the result is deterministic.
 */
export function matchEntities<T>(
  base: readonly T[],
  head: readonly T[],
  options: MatchOptions<T>,
): Matching<T> {
  const pairing = new Pairing()
  pairIdenticalText(base, head, options, pairing)
  if (options.mintedIds) {
    pairBySimilarity(base, head, options, pairing)
    pairById(base, head, options, pairing)
  } else {
    pairById(base, head, options, pairing)
    pairBySimilarity(base, head, options, pairing)
  }
  const { byPosition } = options
  if (byPosition) {
    pairByPosition(base.length, head.length, pairing.partnerOfHead, (b, h) => {
      if (byPosition === true || byPosition(base[b]!, head[h]!)) pairing.pair(b, h)
    })
  }
  const pairs: Pair<T>[] = []
  const added: T[] = []
  head.forEach((entity, h) => {
    const b = pairing.partnerOfHead.get(h)
    if (b === undefined) added.push(entity)
    else pairs.push({ base: base[b]!, head: entity })
  })
  return { pairs, removed: base.filter((_, b) => !pairing.pairedBase.has(b)), added }
}

/**
 * The same text, once on each side, is the same entity whatever its id says: fresh ids of two
 * versions can collide ("…-2" moves when a paragraph before it goes).
 */
function pairIdenticalText<T>(
  base: readonly T[],
  head: readonly T[],
  options: MatchOptions<T>,
  pairing: Pairing,
): void {
  const byText = (entities: readonly T[]) => {
    const indexes = new Map<string, number[]>()
    entities.forEach((entity, index) => {
      const text = options.text(entity)
      indexes.set(text, [...(indexes.get(text) ?? []), index])
    })
    return indexes
  }
  const headTexts = byText(head)
  for (const [text, indexes] of byText(base)) {
    const partners = headTexts.get(text)
    if (text !== '' && indexes.length === 1 && partners?.length === 1)
      pairing.pair(indexes[0]!, partners[0]!)
  }
}

/** A head id that is a base entity's id, or one of its earlier ids. */
function pairById<T>(
  base: readonly T[],
  head: readonly T[],
  options: MatchOptions<T>,
  pairing: Pairing,
): void {
  const baseById = new Map<string, number>()
  base.forEach((entity, index) => {
    for (const id of [options.id(entity), ...(options.aliases?.(entity) ?? [])])
      if (!baseById.has(id)) baseById.set(id, index)
  })
  head.forEach((entity, h) => {
    const b = baseById.get(options.id(entity))
    if (b !== undefined) pairing.pair(b, h)
  })
}

/** Content similarity at least `threshold`, best pairs first. */
function pairBySimilarity<T>(
  base: readonly T[],
  head: readonly T[],
  options: MatchOptions<T>,
  pairing: Pairing,
): void {
  const threshold = options.threshold ?? 0.5
  const candidates: { b: number; h: number; score: number }[] = []
  base.forEach((entity, b) => {
    if (pairing.pairedBase.has(b)) return
    const text = options.text(entity)
    head.forEach((other, h) => {
      if (pairing.partnerOfHead.has(h)) return
      const score = textSimilarity(text, options.text(other))
      if (score >= threshold) candidates.push({ b, h, score })
    })
  })
  candidates.sort((x, y) => y.score - x.score)
  for (const { b, h } of candidates) pairing.pair(b, h)
}

function pairByPosition(
  baseLength: number,
  headLength: number,
  partnerOfHead: ReadonlyMap<number, number>,
  pair: (b: number, h: number) => void,
): void {
  const pairedBase = new Set(partnerOfHead.values())
  const heads = [...Array(headLength).keys()]
  let lastBase = -1
  let gapHeads: number[] = []
  const flush = (nextBase: number) => {
    const gapBases: number[] = []
    for (let b = lastBase + 1; b < nextBase; b++) if (!pairedBase.has(b)) gapBases.push(b)
    if (gapBases.length > 0 && gapBases.length === gapHeads.length)
      for (const [index, h] of gapHeads.entries()) pair(gapBases[index]!, h)
    gapHeads = []
  }
  for (const h of heads) {
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
