import type { Dataset, TranslationGap } from '@mfa-residency/dataset'
import { parsePath } from '@mfa-residency/dataset/paths'
import type { Change } from '../report.js'
import type { DiffContext } from './context.js'

const key = (gap: TranslationGap) =>
  JSON.stringify([
    gap.locale,
    gap.kind,
    gap.path,
    gap.reason,
    gap.translates ?? null,
    gap.text ?? null,
  ])

/**
 * Translation drift, in the dataset's own kinds: one entry per gap that opened (missing, stale,
 * extra) with the English the translation translates, what the English says now, and the
 * translation that needs redoing; and one per gap that closed.
 */
export function diffTranslationGaps(context: DiffContext): void {
  const { base, head, source } = context
  const baseKeys = new Set(base.translationGaps.map(key))
  const headKeys = new Set(head.translationGaps.map(key))
  for (const gap of head.translationGaps) {
    if (baseKeys.has(key(gap))) continue
    const now = englishAt(head, gap.path, source)
    const change: Change = {
      kind: 'translation-drift',
      action: gap.kind,
      classification: 'translation-drift',
      level: 'patch',
      locale: gap.locale,
      path: gap.path,
      entity: parsePath(gap.path)?.id ?? null,
      summary: summary(gap, source),
    }
    if (gap.translates !== undefined) change.before = gap.translates
    if (gap.kind !== 'extra' && now !== null) change.after = now
    if (gap.text !== undefined) change.translation = gap.text
    else if (gap.kind === 'stale') {
      const translation = englishAt(head, gap.path, gap.locale)
      if (translation !== null) change.translation = translation
    }
    const where = gap.source as Partial<Record<string, { line: number; endLine: number }>>
    const lines =
      gap.kind === 'extra'
        ? context.at('head', gap.locale, where[gap.locale])
        : context.at('head', source, where[source])
    if (lines) change.head = lines
    context.push(change)
  }
  for (const gap of base.translationGaps) {
    if (headKeys.has(key(gap))) continue
    context.push({
      kind: 'translation-drift',
      action: 'resolved',
      classification: 'translation-drift',
      level: 'patch',
      locale: gap.locale,
      path: gap.path,
      entity: parsePath(gap.path)?.id ?? null,
      summary: `${gap.locale} no longer ${gap.kind} at ${gap.path} (was: ${gap.reason})`,
    })
  }
}

function summary(gap: TranslationGap, source: string): string {
  switch (gap.kind) {
    case 'missing':
      return `${gap.locale} translation missing at ${gap.path}: ${gap.reason}`
    case 'stale':
      return `${gap.locale} translation stale at ${gap.path}: ${source} changed since it was translated`
    case 'extra':
      return `${gap.locale} still has ${gap.path}, which ${source} removed`
  }
}

/** The text a path holds in one locale, or `null` when the path names nothing there. */
function englishAt(dataset: Dataset, path: string, locale: string): string | string[] | null {
  const parsed = parsePath(path)
  if (!parsed) return null
  const read = (value: object) => (value as Record<string, string | null>)[locale] ?? null
  const { collection, id } = parsed
  if (collection === 'headings' || collection === 'paragraphs' || collection === 'notes') {
    const entity = (dataset[collection] as { id: string; text: object }[]).find((e) => e.id === id)
    return entity ? read(entity.text) : null
  }
  if (collection === 'lists') {
    const item = dataset.lists
      .find((list) => list.id === id)
      ?.items.find((i) => i.id === parsed.item)
    return item ? read(item.text) : null
  }
  const table = dataset.tables.find((candidate) => candidate.id === id)
  if (!table) return null
  if (parsed.column !== undefined) {
    const column = table.columns.find((candidate) => candidate.id === parsed.column)
    return column ? read(column.label) : null
  }
  const cell =
    parsed.cell === undefined
      ? undefined
      : table.rows.find((row) => row.id === parsed.row)?.cells[parsed.cell]
  const values = cell
    ? ((cell as unknown as Record<string, (string | null)[] | null>)[locale] ?? null)
    : null
  if (values === null) return null
  if (parsed.value !== undefined) return values[parsed.value] ?? null
  return values.filter((value): value is string => value !== null)
}
