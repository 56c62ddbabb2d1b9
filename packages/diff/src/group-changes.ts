import type { Change } from '@mfa-residency/compare'
import { entityPath, parsePath } from '@mfa-residency/dataset/paths'

export interface ChangeGroup {
  /** A heading for the group: a table, list or note id, or a kind of change. */
  title: string
  /** `tables/<id>`, `lists/<id>`, `notes/<id>`, `terms`, `metadata`, `prose`, `formatting` or `drift`. */
  key: string
  changes: Change[]
}

const order = ['tables', 'lists', 'notes', 'terms', 'metadata', 'prose', 'formatting', 'drift']

function keyOf(change: Change): string {
  if (change.classification === 'translation-drift') return 'drift'
  if (change.kind === 'metadata') return 'metadata'
  if (change.kind === 'prose') return 'prose'
  if (change.kind === 'formatting') return 'formatting'
  if (change.kind === 'term') return 'terms'
  // A field of an entity (`notes/<id>/text`, `paragraphs/<id>/quantities`) goes with the entity.
  const [collection, id] = change.path.split('/')
  const place = parsePath(`${collection}/${id}`)
  if (!place) return change.path
  if (place.collection === 'headings' || place.collection === 'paragraphs') return 'prose'
  return entityPath(place.collection, place.id)
}

const titles: Record<string, string> = {
  terms: 'Vocabulary',
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
