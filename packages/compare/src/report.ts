import type { Change, Classification, Level, Report, UnmappedValue } from './report.generated.js'
import { type Sides, summarize } from './summary/index.js'

export type * from './report.generated.js'
export type { Sides }

const order: readonly Level[] = ['none', 'patch', 'minor', 'major']

/** The largest of the levels: the bump a release with these changes needs. */
export function maxLevel(levels: Iterable<Level>): Level {
  let best: Level = 'none'
  for (const level of levels) if (order.indexOf(level) > order.indexOf(best)) best = level
  return best
}

export interface ReportOptions {
  /** The head's new values that name no term (none is an empty list); left out when not looked for. */
  toCurate?: UnmappedValue[]
  /** The datasets compared, for the summary's names (titles, row labels, term labels). */
  datasets?: Sides
}

/** The report: its changes, their bump and counts, and the summary a reviewer reads first. */
export function makeReport(
  base: string,
  head: string,
  changes: Change[],
  { toCurate, datasets }: ReportOptions = {},
): Report {
  const counts: Record<Classification, number> = { data: 0, cosmetic: 0, 'translation-drift': 0 }
  for (const change of changes) counts[change.classification]++
  const bump = maxLevel(changes.map((change) => change.level))
  return {
    schemaVersion: 1,
    base,
    head,
    bump,
    counts,
    summary: summarize(changes, bump, datasets),
    changes,
    ...(toCurate === undefined ? {} : { toCurate }),
  }
}
