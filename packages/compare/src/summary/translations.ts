import type { Change, TranslationStatus } from '../report.js'
import type { Sides } from './names.js'

const kinds = ['missing', 'stale', 'extra', 'resolved'] as const

/**
 * Per translated locale, the gaps the change opened by kind (`missing`, `stale`, `extra`) and those
 * it closed; with the datasets, every translation of the head, drifted or not.
 */
export function translationsOf(changes: readonly Change[], sides?: Sides): TranslationStatus[] {
  const statuses = new Map<string, TranslationStatus>()
  const status = (locale: string) => {
    const found = statuses.get(locale) ?? { locale, missing: 0, stale: 0, extra: 0, resolved: 0 }
    statuses.set(locale, found)
    return found
  }
  for (const locale of sides?.head.locales.slice(1) ?? []) status(locale)
  for (const change of changes) {
    if (change.classification !== 'translation-drift' || !change.locale) continue
    const kind = kinds.find((candidate) => candidate === change.action)
    if (kind) status(change.locale)[kind]++
  }
  return [...statuses.values()]
}
