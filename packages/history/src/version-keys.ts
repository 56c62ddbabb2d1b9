import type { VersionRecord } from './version-record.js'

/**
 * Versions oldest first (a stable sort by date: versions of one day keep their order), the last
 * one kept last as the current document, each keyed by its date and its ordinal on that date.
 */
export function withKeys(versions: readonly VersionRecord[]): VersionRecord[] {
  const current = versions.at(-1)
  const older = versions
    .slice(0, -1)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const counts = new Map<string, number>()
  return [...older, ...(current ? [current] : [])].map((version) => {
    const ordinal = (counts.get(version.date) ?? 0) + 1
    counts.set(version.date, ordinal)
    return { ...version, key: `${version.date}.${ordinal}` }
  })
}
