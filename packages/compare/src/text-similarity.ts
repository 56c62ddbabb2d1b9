function trigrams(text: string): Set<string> {
  const padded = ` ${text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')} `
  const grams = new Set<string>()
  for (let index = 0; index + 3 <= padded.length; index++) grams.add(padded.slice(index, index + 3))
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
  let shared = 0
  for (const gram of left) if (right.has(gram)) shared++
  return (2 * shared) / (left.size + right.size)
}
