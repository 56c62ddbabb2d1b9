import type { Change } from '@mfa-residency/compare'
import { entityPath, parsePath } from '@mfa-residency/dataset/paths'

export interface ChangeGroup {
  /** A heading for the group: a table, list or note id, or a kind of change. */
  title: string
  /** `tables/<id>`, `lists/<id>`, `notes/<id>`, `metadata`, `prose`, `formatting` or `drift`. */
  key: string
  changes: Change[]
}

const order = ['tables', 'lists', 'notes', 'metadata', 'prose', 'formatting', 'drift']

function keyOf(change: Change): string {
  if (change.classification === 'translation-drift') return 'drift'
  if (change.kind === 'metadata') return 'metadata'
  if (change.kind === 'prose') return 'prose'
  if (change.kind === 'formatting') return 'formatting'
  const place = parsePath(change.path)
  return place ? entityPath(place.collection, place.id) : change.path
}

const titles: Record<string, string> = {
  metadata: 'Metadata',
  prose: 'Prose',
  formatting: 'Cosmetic: formatting only',
  drift: 'Translation drift',
}

/** Changes grouped by the entity they touch (table, list, note), then by kind, in report order. */
export function groupChanges(changes: readonly Change[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>()
  for (const change of changes) {
    const key = keyOf(change)
    const group = groups.get(key) ?? { key, title: titles[key] ?? key, changes: [] }
    group.changes.push(change)
    groups.set(key, group)
  }
  const rank = (key: string) => order.indexOf(parsePath(key)?.collection ?? key)
  return [...groups.values()].sort((a, b) => rank(a.key) - rank(b.key))
}
