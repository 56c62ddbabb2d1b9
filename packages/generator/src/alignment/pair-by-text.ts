import { textSimilarity } from '@mfa-residency/compare'
import { type AlignedPair, alignSequences } from '@mfa-residency/parser'

/**
 * Pair items one to one when the counts agree. Otherwise pair by text similarity, where two gaps
 * (0.8) beat a pair sharing 20% of trigrams or less: with no evidence, say "missing" instead of
 * giving an item a stranger's translation.
 */
export function pairByText(source: readonly string[], target: readonly string[]): AlignedPair[] {
  if (source.length === target.length)
    return source.map((_, index) => ({ a: index, b: index, span: 1 }))
  return alignSequences(source.length, target.length, {
    gapCost: 0.4,
    match: (a, b) => ({ cost: 1 - textSimilarity(source[a]!, target[b]!), span: 1 }),
  })
}
