import type { Dataset } from '@mfa-residency/dataset'

type Kind = 'headings' | 'paragraphs' | 'tables' | 'lists' | 'notes'
const kinds: readonly Kind[] = ['headings', 'paragraphs', 'tables', 'lists', 'notes']

/**
 * A short account of what a regeneration changed, entity by entity. It names which tables, lists and
 * notes were added, removed or changed; `pnpm docs:diff` reports the changes themselves.
 */
export function summarizeChanges(previous: Dataset | null, next: Dataset): string[] {
  if (previous === null) {
    return [`new dataset: ${kinds.map((kind) => `${next[kind].length} ${kind}`).join(', ')}`]
  }
  const lines: string[] = []
  for (const locale of next.locales) {
    const before = previous.sources[locale]
    const after = next.sources[locale]
    if (before?.sha256 !== after.sha256) lines.push(`source ${locale}: ${after.path} changed`)
  }
  for (const kind of kinds) {
    const before = new Map<string, string>(
      previous[kind].map((entry) => [entry.id, JSON.stringify(entry)]),
    )
    const after = new Map<string, string>(
      next[kind].map((entry) => [entry.id, JSON.stringify(entry)]),
    )
    const added = [...after.keys()].filter((id) => !before.has(id))
    const removed = [...before.keys()].filter((id) => !after.has(id))
    const changed = [...after.keys()].filter(
      (id) => before.has(id) && before.get(id) !== after.get(id),
    )
    if (added.length > 0) lines.push(`${kind} added: ${added.join(', ')}`)
    if (removed.length > 0) lines.push(`${kind} removed: ${removed.join(', ')}`)
    if (changed.length > 0) lines.push(`${kind} changed: ${changed.join(', ')}`)
  }
  if (JSON.stringify(previous.translationGaps) !== JSON.stringify(next.translationGaps)) {
    lines.push(
      `translation gaps: ${previous.translationGaps.length} → ${next.translationGaps.length}`,
    )
  }
  return lines
}
