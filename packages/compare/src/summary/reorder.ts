/**
 * The fewest entries whose move turns `before` into `after` (those off a longest run kept in
 * order), each with its position before and after, 1-based. Both hold the same entries.
 */
export function moves(
  before: readonly string[],
  after: readonly string[],
): { entry: string; from: number; to: number }[] {
  // Each entry of `after` by its index in `before`; repeats take the next unused index.
  const used = new Set<number>()
  const positions = after.map((entry) => {
    const index = before.findIndex((candidate, at) => candidate === entry && !used.has(at))
    used.add(index)
    return index
  })
  // Longest increasing subsequence, O(n²): lists and cells are short.
  const length = positions.map(() => 1)
  const previous = positions.map(() => -1)
  for (let i = 0; i < positions.length; i++)
    for (let j = 0; j < i; j++)
      if (positions[j]! < positions[i]! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1
        previous[i] = j
      }
  const kept = new Set<number>()
  let at = length.indexOf(Math.max(0, ...length))
  while (at !== -1) {
    kept.add(at)
    at = previous[at]!
  }
  return after.flatMap((entry, index) =>
    kept.has(index) ? [] : [{ entry, from: positions[index]! + 1, to: index + 1 }],
  )
}
