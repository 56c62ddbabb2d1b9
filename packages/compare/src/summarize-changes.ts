import type { Dataset } from '@mfa-residency/dataset'
import { type Collection, collections, parsePath } from '@mfa-residency/dataset/paths'
import { diffDatasets } from './diff-datasets.js'
import type { Change } from './report.js'
import { namesSummary } from './rules/term-links.js'

/**
 * A short account of what a regeneration changed, entity by entity, from the same comparison
 * `pnpm docs:diff` reports in full: which headings, paragraphs, tables, lists and notes were added,
 * removed or changed, which terms came, went or changed, what values now name, which durations and
 * dates changed, which sources changed, and how many translation gaps there are.
 */
export function summarizeChanges(previous: Dataset | null, next: Dataset): string[] {
  if (previous === null) {
    return [
      `new dataset: ${collections.map((collection) => `${next[collection].length} ${collection}`).join(', ')}`,
    ]
  }
  const lines: string[] = []
  for (const locale of next.locales) {
    if (previous.sources[locale]?.sha256 !== next.sources[locale].sha256)
      lines.push(`source ${locale}: ${next.sources[locale].path} changed`)
  }
  const changes = diffDatasets(previous, next)
  lines.push(...entityLines(changes), ...termLines(changes), ...meaningLines(changes))
  if (JSON.stringify(previous.translationGaps) !== JSON.stringify(next.translationGaps)) {
    lines.push(
      `translation gaps: ${previous.translationGaps.length} → ${next.translationGaps.length}`,
    )
  }
  return lines
}

/** `tables added: …`, `lists changed: …`: the entities touched, per collection. */
function entityLines(changes: readonly Change[]): string[] {
  const touched = new Map<Collection, { added: string[]; removed: string[]; changed: string[] }>()
  for (const change of changes) {
    if (change.kind === 'translation-drift') continue
    // A field of an entity (`notes/<id>/text`, `paragraphs/<id>/quantities`) touches the entity.
    const place = parsePath(change.path) ?? parsePath(change.path.split('/').slice(0, 2).join('/'))
    if (!place) continue
    const entry = touched.get(place.collection) ?? { added: [], removed: [], changed: [] }
    touched.set(place.collection, entry)
    const whole = change.path === `${place.collection}/${place.id}`
    const list =
      whole && change.action === 'added'
        ? entry.added
        : whole && change.action === 'removed'
          ? entry.removed
          : entry.changed
    if (!list.includes(place.id)) list.push(place.id)
  }
  const lines: string[] = []
  for (const collection of collections) {
    const entry = touched.get(collection)
    if (!entry) continue
    const changed = entry.changed.filter(
      (id) => !entry.added.includes(id) && !entry.removed.includes(id),
    )
    if (entry.added.length > 0) lines.push(`${collection} added: ${entry.added.join(', ')}`)
    if (entry.removed.length > 0) lines.push(`${collection} removed: ${entry.removed.join(', ')}`)
    if (changed.length > 0) lines.push(`${collection} changed: ${changed.join(', ')}`)
  }
  return lines
}

/** `term added: cloud/azure-germany`, and which terms changed in which fields. */
function termLines(changes: readonly Change[]): string[] {
  const terms = changes.filter((change) => change.kind === 'term')
  const lines: string[] = []
  for (const action of ['added', 'removed'] as const) {
    const ids = terms.filter((change) => change.action === action).map((change) => change.entity)
    if (ids.length > 0) lines.push(`term${ids.length > 1 ? 's' : ''} ${action}: ${ids.join(', ')}`)
  }
  const changed = new Map<string, string[]>()
  for (const change of terms.filter((entry) => entry.action === 'changed')) {
    const id = change.entity ?? ''
    const field = change.path.slice(`terms/${id}/`.length)
    changed.set(id, [...(changed.get(id) ?? []), field])
  }
  for (const [id, fields] of changed) lines.push(`term changed: ${id} (${fields.join(', ')})`)
  return lines
}

/** What values, items and tables name now, and durations and dates that changed. */
function meaningLines(changes: readonly Change[]): string[] {
  const lines: string[] = []
  for (const change of changes) {
    if (change.kind === 'mention' || change.kind === 'term') continue
    if (change.kind === 'quantity') {
      const values = (value: Change['before']) => [value ?? []].flat().join(', ') || 'none'
      lines.push(`${change.path}: ${values(change.after)}, was ${values(change.before)}`)
      continue
    }
    const names = { termsAdded: change.termsAdded ?? [], termsRemoved: change.termsRemoved ?? [] }
    const summary = namesSummary(names)
    if (summary !== '') lines.push(`${change.path}: ${summary}`)
  }
  return lines
}
