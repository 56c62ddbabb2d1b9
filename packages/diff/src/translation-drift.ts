import type { Change } from './report.js'

/** The table, list, note or `prose` a change belongs to, from its path. */
function root(change: Change): string {
  const [collection, id] = change.path.split('/')
  return collection === 'tables' || collection === 'lists' || collection === 'notes'
    ? `${collection}/${id}`
    : 'prose'
}

/**
 * A translation whose source did not change while the source locale's did is stale wherever the
 * source locale changed. One notice per table, list or note (naming the rows or items), and one for
 * the prose.
 */
export function staleTranslations(
  changes: readonly Change[],
  sourceLocale: string,
  unchanged: readonly string[],
): Change[] {
  const changed = changes.filter(
    (change) =>
      change.locale === sourceLocale &&
      change.classification === 'data' &&
      change.kind !== 'metadata' &&
      change.kind !== 'translation-drift',
  )
  const groups = new Map<string, Change[]>()
  for (const change of changed)
    groups.set(root(change), [...(groups.get(root(change)) ?? []), change])
  const notices: Change[] = []
  for (const locale of unchanged) {
    for (const [path, group] of groups) {
      const parts = [
        ...new Set(
          group.map((change) => change.path.split('/').slice(2, 4).join('/')).filter(Boolean),
        ),
      ]
      const removed = group.some((change) => change.path === path && change.action === 'removed')
      const what =
        path === 'prose'
          ? `${group.length} paragraph(s) or heading(s) changed in ${sourceLocale}`
          : removed
            ? `removed in ${sourceLocale}, still in ${locale}`
            : `${sourceLocale} changed ${parts.length > 0 ? parts.join(', ') : 'its text'}`
      notices.push({
        kind: 'translation-drift',
        action: 'stale',
        classification: 'translation-drift',
        level: 'none',
        locale,
        path,
        entity: path === 'prose' ? null : path.split('/')[1]!,
        summary: `${locale} was not updated: ${path === 'prose' ? 'prose' : path} is stale (${what})`,
      })
    }
  }
  return notices
}
