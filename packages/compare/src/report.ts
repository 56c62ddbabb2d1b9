import type { Change, Classification, Level, Report, UnmappedValue } from './report.generated.js'

export type * from './report.generated.js'

const order: readonly Level[] = ['none', 'patch', 'minor', 'major']

/** The largest of the levels: the bump a release with these changes needs. */
export function maxLevel(levels: Iterable<Level>): Level {
  let best: Level = 'none'
  for (const level of levels) if (order.indexOf(level) > order.indexOf(best)) best = level
  return best
}

/** The report; with `toCurate`, the head's new values that name no term (none is an empty list). */
export function makeReport(
  base: string,
  head: string,
  changes: Change[],
  toCurate?: UnmappedValue[],
): Report {
  const counts: Record<Classification, number> = { data: 0, cosmetic: 0, 'translation-drift': 0 }
  for (const change of changes) counts[change.classification]++
  return {
    schemaVersion: 1,
    base,
    head,
    bump: maxLevel(changes.map((change) => change.level)),
    counts,
    changes,
    ...(toCurate === undefined ? {} : { toCurate }),
  }
}
