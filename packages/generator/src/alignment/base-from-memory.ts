import type { Dataset, TranslationGap } from './article.js'
import { type ArticleBody, get, put } from './article.js'
import { reinsertExtra } from './reinsert-extra.js'
import { resolvePath } from './resolve-path.js'

/** The English a translation translates, with that translation in place. */
export interface TranslationBase {
  body: ArticleBody
  /** Why an entity of the base has no translation. */
  reasons: Map<object, string>
  /** Why one value of a cell has none, by cell and index. */
  valueReasons?: Map<object, Map<number, string>>
  /**
   * Gaps kept as they were: translated content whose English was already gone and which cannot be
   * rebuilt as an entity of the base (whole tables, lists, rows, columns).
   */
  carried: TranslationGap[]
}

/**
 * The translation base of an unchanged translated document, from the dataset generated last time:
 * each entity's English as the translation knew it (a stale gap's `translates`), its translation,
 * and the content that was already extra, put back where it was when it can be. The committed
 * dataset is thereby the whole memory.
 */
export function baseFromMemory(memory: Dataset, locale: string, source: string): TranslationBase {
  const body: ArticleBody = structuredClone({
    outline: memory.outline,
    headings: memory.headings,
    paragraphs: memory.paragraphs,
    tables: memory.tables,
    lists: memory.lists,
    notes: memory.notes,
  })
  const reasons = new Map<object, string>()
  const valueReasons = new Map<object, Map<number, string>>()
  const carried: TranslationGap[] = []
  for (const gap of memory.translationGaps) {
    if (gap.locale !== locale) continue
    if (gap.kind === 'extra') {
      if (!reinsertExtra(body, gap, memory.locales, source)) carried.push(gap)
      continue
    }
    const place = resolvePath(body, gap.path)
    if (!place) continue
    if (gap.kind === 'missing') {
      if (place.kind !== 'value') reasons.set(place.entity, gap.reason)
      else
        valueReasons.set(
          place.entity,
          (valueReasons.get(place.entity) ?? new Map()).set(place.index, gap.reason),
        )
      continue
    }
    const translates = gap.translates
    if (translates === undefined) continue
    if (place.kind === 'value' && typeof translates === 'string') {
      const values = get<string[]>(place.entity, source)
      if (values && place.index < values.length) values[place.index] = translates
    } else if (place.kind === 'column' && typeof translates === 'string') {
      put(place.entity.label, source, translates)
    } else if (
      (place.kind === 'entity' || place.kind === 'item') &&
      typeof translates === 'string'
    ) {
      put(place.entity.text, source, translates)
    }
  }
  return { body, reasons, valueReasons, carried }
}
