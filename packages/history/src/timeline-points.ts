import type { VersionRecord } from './version-record.js'

/** One point of the merged timeline: the version that appeared, and each locale's in force. */
export interface TimelinePointPlan {
  locale: string
  version: VersionRecord
  inForce: Map<string, VersionRecord>
  /** For each translation, the source version it is aligned through: the one in force when it appeared. */
  bases: Map<string, VersionRecord>
}

/**
 * Every version of every locale as one timeline, by date; on one day the source locale's versions
 * come first (a translation follows its source), each locale's in their order. Before a locale's
 * first version, that first version stands in: every dataset needs each locale. A translation is
 * read through the source version in force when it appeared, as the generator reads a translation
 * that lags behind: what the English changed since shows as stale, not as a new translation.
 */
export function timelinePoints(
  byLocale: ReadonlyMap<string, readonly VersionRecord[]>,
): TimelinePointPlan[] {
  const locales = [...byLocale.keys()]
  const entries = locales.flatMap((locale, rank) =>
    (byLocale.get(locale) ?? []).map((version, order) => ({ locale, version, rank, order })),
  )
  entries.sort(
    (a, b) =>
      (a.version.date < b.version.date ? -1 : a.version.date > b.version.date ? 1 : 0) ||
      a.rank - b.rank ||
      a.order - b.order,
  )
  const [source] = locales
  const inForce = new Map(
    locales.map((locale) => [locale, byLocale.get(locale)?.[0] as VersionRecord]),
  )
  // The source version in force at a version's point (for one that stands in, at its own point).
  const sourceAt = (version: VersionRecord) => {
    const at = entries.findIndex((entry) => entry.version === version)
    const before = entries.slice(0, at + 1).findLast((entry) => entry.locale === source)
    return before?.version ?? (byLocale.get(source as string)?.[0] as VersionRecord)
  }
  const bases = new Map(
    locales.slice(1).map((locale) => [locale, sourceAt(inForce.get(locale) as VersionRecord)]),
  )
  return entries.map(({ locale, version }) => {
    inForce.set(locale, version)
    if (locale !== source) bases.set(locale, sourceAt(version))
    return { locale, version, inForce: new Map(inForce), bases: new Map(bases) }
  })
}
