import { distance } from 'fastest-levenshtein'

/** Case- and accent-insensitive form: "Kina", "kina" and "KÍNA" are the same. */
export function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Every word of the query appears in the text, in any order. */
export function matches(query: string, text: string): boolean {
  const haystack = normalize(text)
  return normalize(query)
    .split(' ')
    .every((word) => haystack.includes(word))
}

/** How far the query is from the candidate or from any run of its words as long as the query. */
function nearness(query: string, candidate: string): number {
  const words = candidate.split(' ')
  const size = query.split(' ').length
  let best = distance(query, candidate)
  for (let start = 0; start + size <= words.length; start++) {
    best = Math.min(best, distance(query, words.slice(start, start + size).join(' ')))
  }
  return best
}

/**
 * The candidate nearest to the query, for "did you mean"; null when even the nearest is too far
 * to be what was meant. A candidate inside the query counts as near: `--sovereign-cloud` means
 * `--cloud` more likely than anything else.
 */
export function suggest(query: string, candidates: readonly string[]): string | null {
  // Ids are words joined by dashes: compare them as words.
  const words = (text: string) => normalize(text).replace(/[-_]+/g, ' ').trim()
  const wanted = words(query)
  let best: string | null = null
  let bestScore = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const other = words(candidate)
    // About one typo in three letters ("tabels" is "tables"); a candidate found among the query's
    // words may have one in four ("sovereign cloud" has "cloud", "no such flag" has no "lang").
    const forward = nearness(wanted, other)
    const inside = nearness(other, wanted)
    const score = Math.min(
      forward <= Math.max(1, Math.floor(wanted.length / 3)) ? forward : Number.POSITIVE_INFINITY,
      inside <= Math.floor(other.length / 4) ? inside : Number.POSITIVE_INFINITY,
    )
    if (score < bestScore) {
      best = candidate
      bestScore = score
    }
  }
  return best
}
