import type { Cell, SourcePosition } from './article.js'
import { get, put } from './article.js'
import type { CarryContext } from './carry-context.js'
import { pairByText } from './pair-by-text.js'

/**
 * Carry one cell value by value: each current value takes the translation of the base value it
 * continues (`stale` when that value's English changed), `missing` when there is none, and each
 * translated base value nothing continues is `extra`.
 */
export function carryCell(
  context: CarryContext,
  current: Cell,
  previous: Cell,
  path: string,
  lines: { source: SourcePosition | null; target: SourcePosition | null },
): void {
  const { from, to } = context
  const translations = previous[to]
  if (translations === null) {
    context.gap('missing', path, context.missingReason(previous), lines)
    return
  }
  const english = get<string[]>(previous, from) ?? []
  const now = get<string[]>(current, from) ?? []
  const values: (string | null)[] = now.map(() => null)
  const pairs = pairValues(english, now)
  const paired = new Set<number>()
  for (const [index, value] of now.entries()) {
    const match = pairs.get(index)
    if (match === undefined || translations[match] === null || translations[match] === undefined) {
      const reason =
        match === undefined
          ? context.missingReason(undefined)
          : (context.base.valueReasons?.get(previous)?.get(match) ??
            context.missingReason(previous))
      context.gap('missing', `${path}/values/${index}`, reason, {
        source: lines.source,
      })
      if (match !== undefined) paired.add(match)
      continue
    }
    paired.add(match)
    values[index] = translations[match]!
    if (value !== english[match]) {
      context.gap('stale', `${path}/values/${index}`, context.staleReason, lines, {
        translates: english[match]!,
      })
    }
  }
  english.forEach((value, index) => {
    const translation = translations[index]
    if (paired.has(index) || translation === null || translation === undefined) return
    context.gap(
      'extra',
      `${path}/values/${index}`,
      context.removedReason,
      { target: lines.target },
      {
        translates: value,
        text: translation,
      },
    )
  })
  put(current, to, values)
}

/**
 * Which value of the previous cell each current value continues: equal values first, then the
 * rest in order when as many remain on both sides, else by similarity.
 */
function pairValues(previous: readonly string[], current: readonly string[]): Map<number, number> {
  const pairs = new Map<number, number>()
  const used = new Set<number>()
  current.forEach((value, index) => {
    const match = previous.findIndex((candidate, at) => !used.has(at) && candidate === value)
    if (match === -1) return
    pairs.set(index, match)
    used.add(match)
  })
  const leftCurrent = current.map((_, index) => index).filter((index) => !pairs.has(index))
  const leftPrevious = previous.map((_, index) => index).filter((index) => !used.has(index))
  for (const pair of pairByText(
    leftPrevious.map((index) => previous[index]!),
    leftCurrent.map((index) => current[index]!),
  )) {
    if (pair.a !== null && pair.b !== null) pairs.set(leftCurrent[pair.b]!, leftPrevious[pair.a]!)
  }
  return pairs
}
