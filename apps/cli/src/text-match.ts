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

/** The candidate nearest to the query, for "did you mean". */
export function suggest(query: string, candidates: readonly string[]): string | null {
  // Ids are words joined by dashes: compare them as words.
  const words = (text: string) => normalize(text).replace(/[-_]+/g, ' ')
  const wanted = words(query)
  let best: string | null = null
  let bestScore = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const score = nearness(wanted, words(candidate))
    if (score < bestScore) {
      best = candidate
      bestScore = score
    }
  }
  return best
}
