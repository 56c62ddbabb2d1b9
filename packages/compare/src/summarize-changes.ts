import type { Dataset } from '@mfa-residency/dataset'
import { type Collection, collections, parsePath } from '@mfa-residency/dataset/paths'
import { diffDatasets } from './diff-datasets.js'

/**
 * A short account of what a regeneration changed, entity by entity, from the same comparison
 * `pnpm docs:diff` reports in full: which headings, paragraphs, tables, lists and notes were added,
 * removed or changed, which sources changed, and how many translation gaps there are.
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
  const touched = new Map<Collection, { added: string[]; removed: string[]; changed: string[] }>()
  for (const change of diffDatasets(previous, next)) {
    if (change.kind === 'translation-drift') continue
    const place = parsePath(change.path)
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
  if (JSON.stringify(previous.translationGaps) !== JSON.stringify(next.translationGaps)) {
    lines.push(
      `translation gaps: ${previous.translationGaps.length} → ${next.translationGaps.length}`,
    )
  }
  return lines
}
