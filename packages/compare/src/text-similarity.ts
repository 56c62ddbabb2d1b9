/**
 * Trigram sets of the texts scored last. Alignment scores every source block against every
 * target block, so each text meets many partners: building its set once instead of once a pair
 * was most of alignment's time and memory. Bounded, so a corpus run does not keep every text.
 */
const remembered = new Map<string, Trigrams>()
const rememberedLimit = 512

/** A text's distinct trigrams, as a set to look up and as an array to walk. */
interface Trigrams {
  set: ReadonlySet<string>
  list: readonly string[]
}

function trigrams(text: string): Trigrams {
  const known = remembered.get(text)
  if (known) return known
  const padded = ` ${text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')} `
  const set = new Set<string>()
  for (let index = 0; index + 3 <= padded.length; index++) set.add(padded.slice(index, index + 3))
  const grams = { set, list: [...set] }
  if (remembered.size >= rememberedLimit) remembered.delete(remembered.keys().next().value!)
  remembered.set(text, grams)
  return grams
}

/**
 * Dice coefficient of character trigrams, from 0 (nothing shared) to 1 (same text). Translations
 * share names, numbers and product terms, which is enough to pair rows when counts differ.
 */
export function textSimilarity(a: string, b: string): number {
  const left = trigrams(a)
  const right = trigrams(b)
  const total = left.list.length + right.list.length
  if (total === 0) return 1
  // The shared count is the same either way round; walking the smaller set is cheaper. By index:
  // a set's iterator, not yet optimized, allocates a result per step (0.7 MB in one regeneration).
  const [fewer, more] = left.list.length <= right.list.length ? [left, right] : [right, left]
  let shared = 0
  for (let index = 0; index < fewer.list.length; index++)
    if (more.set.has(fewer.list[index]!)) shared++
  return (2 * shared) / total
}
