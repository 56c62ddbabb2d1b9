/** How one item of `a` can pair with items of `b` starting at some index: its cost and how many `b` items it takes. */
export interface Match {
  cost: number
  span: number
}

/** One step of an alignment: a pair, an `a` item with no partner, or `b` items with no partner. */
export interface AlignedPair {
  a: number | null
  b: number | null
  /** How many `b` items the step covers (0 when `b` is null). */
  span: number
}

export interface AlignOptions {
  /** `null` when the two items cannot pair. */
  match(aIndex: number, bIndex: number): Match | null
  /** The cost of leaving one item unpaired; defaults to 1. */
  gapCost?: number
}

const MATCH = 1
const SKIP_A = 2
const SKIP_B = 3

/**
 * Globally align two sequences with the least total cost (Needleman–Wunsch), where an `a` item may
 * pair with a run of `b` items. Ties prefer pairing, so equal inputs align one to one.
 */
export function alignSequences(
  aLength: number,
  bLength: number,
  options: AlignOptions,
): AlignedPair[] {
  const gap = options.gapCost ?? 1
  const width = bLength + 1
  const cost = new Float64Array((aLength + 1) * width)
  const step = new Uint8Array((aLength + 1) * width)
  const span = new Uint32Array((aLength + 1) * width)

  for (let i = aLength; i >= 0; i--) {
    for (let j = bLength; j >= 0; j--) {
      const at = i * width + j
      if (i === aLength && j === bLength) continue
      let best = Number.POSITIVE_INFINITY
      if (i < aLength && j < bLength) {
        const match = options.match(i, j)
        if (match && j + match.span <= bLength) {
          best = match.cost + cost[(i + 1) * width + j + match.span]!
          step[at] = MATCH
          span[at] = match.span
        }
      }
      if (i < aLength && gap + cost[(i + 1) * width + j]! < best) {
        best = gap + cost[(i + 1) * width + j]!
        step[at] = SKIP_A
      }
      if (j < bLength && gap + cost[at + 1]! < best) {
        best = gap + cost[at + 1]!
        step[at] = SKIP_B
      }
      cost[at] = best
    }
  }

  const pairs: AlignedPair[] = []
  let i = 0
  let j = 0
  while (i < aLength || j < bLength) {
    const at = i * width + j
    if (step[at] === MATCH) {
      pairs.push({ a: i, b: j, span: span[at]! })
      j += span[at]!
      i++
    } else if (step[at] === SKIP_A) {
      pairs.push({ a: i, b: null, span: 0 })
      i++
    } else {
      pairs.push({ a: null, b: j, span: 1 })
      j++
    }
  }
  return pairs
}
