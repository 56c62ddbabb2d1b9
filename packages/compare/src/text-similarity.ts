/**
 * Trigram sets of the texts scored last. Alignment scores every source block against every
 * target block, so each text meets many partners: building its set once instead of once a pair
 * was most of alignment's time and memory. Bounded, so a corpus run does not keep every text.
 */
const remembered = new Map<string, ReadonlySet<string>>()
const rememberedLimit = 512

function trigrams(text: string): ReadonlySet<string> {
  const known = remembered.get(text)
  if (known) return known
  const padded = ` ${text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')} `
  const grams = new Set<string>()
  for (let index = 0; index + 3 <= padded.length; index++) grams.add(padded.slice(index, index + 3))
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
  if (left.size === 0 && right.size === 0) return 1
  // The shared count is the same either way round; walking the smaller set is cheaper.
  const [fewer, more] = left.size <= right.size ? [left, right] : [right, left]
  let shared = 0
  for (const gram of fewer) if (more.has(gram)) shared++
  return (2 * shared) / (left.size + right.size)
}
