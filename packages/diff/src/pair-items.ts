import { textSimilarity } from '@mfa-residency/parser'
import { diffArrays } from 'diff'

export interface ItemPair {
  base: number | null
  head: number | null
}

/**
 * Align two lists of texts: equal runs pair up; inside a run of edits, removed and added texts pair
 * in order when they are similar enough to be the same item edited.
 */
export function pairItems(
  base: readonly string[],
  head: readonly string[],
  threshold = 0.5,
): ItemPair[] {
  const pairs: ItemPair[] = []
  let b = 0
  let h = 0
  let removed: number[] = []
  let added: number[] = []
  const flush = () => {
    let next = 0
    for (const r of removed) {
      const match = added.findIndex(
        (a, index) => index >= next && textSimilarity(base[r]!, head[a]!) >= threshold,
      )
      if (match === -1) {
        pairs.push({ base: r, head: null })
        continue
      }
      for (const a of added.slice(next, match)) pairs.push({ base: null, head: a })
      pairs.push({ base: r, head: added[match]! })
      next = match + 1
    }
    for (const a of added.slice(next)) pairs.push({ base: null, head: a })
    removed = []
    added = []
  }
  for (const part of diffArrays([...base], [...head])) {
    const count = part.value.length
    if (part.removed) removed.push(...Array.from({ length: count }, (_, i) => b + i))
    else if (part.added) added.push(...Array.from({ length: count }, (_, i) => h + i))
    else {
      flush()
      for (let i = 0; i < count; i++) pairs.push({ base: b + i, head: h + i })
    }
    if (!part.added) b += count
    if (!part.removed) h += count
  }
  flush()
  return pairs
}
