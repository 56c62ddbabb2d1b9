import { parsePath } from '@mfa-residency/dataset/paths'
import type { TranslationGap } from './article.js'
import { type ArticleBody, get, localized } from './article.js'

type Span = { line: number; endLine: number }
type Placed = { source: Record<string, Span | null> }

/**
 * Put translated content whose English had gone back into the base it came from, so that when the
 * English brings it back it gets its translation again (and when not, it is `extra` once more).
 * Headings, paragraphs, notes, list items and cell values carry enough to be rebuilt; whole
 * tables, lists, rows and columns do not, and stay carried as they were. Returns whether it did.
 */
export function reinsertExtra(
  body: ArticleBody,
  gap: TranslationGap,
  locales: readonly string[],
  source: string,
): boolean {
  const place = parsePath(gap.path)
  const where = (gap.source as Record<string, Span | undefined>)[gap.locale]
  if (!place || !where || typeof gap.translates !== 'string' || typeof gap.text !== 'string')
    return false
  const text = { ...localized<string>(locales, source, gap.translates), [gap.locale]: gap.text }
  const span = { ...localized<Span>(locales, source, where), [gap.locale]: where }
  const rest = Object.keys(place).length
  if (place.collection === 'lists' && place.item !== undefined && rest === 3) {
    const list = body.lists.find((candidate) => candidate.id === place.id)
    if (!list || list.items.some((item) => item.id === place.item)) return false
    insertByLine(list.items, { id: place.item, text, source: span }, gap.locale, where)
    return true
  }
  if (place.collection === 'tables' && place.value !== undefined) {
    const cell = body.tables
      .find((table) => table.id === place.id)
      ?.rows.find((row) => row.id === place.row)?.cells[place.cell!]
    const english = cell ? get<string[]>(cell, source) : null
    const translated = cell ? get<(string | null)[]>(cell, gap.locale) : null
    if (!cell || !english || !translated || place.value > english.length) return false
    english.splice(place.value, 0, gap.translates)
    translated.splice(place.value, 0, gap.text)
    return true
  }
  if (rest !== 2) return false
  const section = { ...localized<string[]>(locales, source, []), [gap.locale]: null }
  if (place.collection === 'headings' && !body.headings.some((e) => e.id === place.id)) {
    insertByLine(body.headings, { id: place.id, level: 2, text, source: span }, gap.locale, where)
    return true
  }
  if (place.collection === 'paragraphs' && !body.paragraphs.some((e) => e.id === place.id)) {
    const paragraph = { id: place.id, section, text, source: span }
    insertByLine(body.paragraphs, paragraph, gap.locale, where)
    return true
  }
  if (place.collection === 'notes' && !body.notes.some((e) => e.id === place.id)) {
    const note = { id: place.id, kind: 'note' as const, text, section, source: span }
    insertByLine(body.notes, note, gap.locale, where)
    return true
  }
  return false
}

/** Insert where the translation had it: before the first sibling that comes later in its file. */
function insertByLine<T>(siblings: T[], entity: unknown, locale: string, where: Span): void {
  const index = siblings.findIndex(
    (sibling) => ((sibling as Placed).source[locale]?.line ?? 0) > where.line,
  )
  const placed = entity as T
  if (index === -1) siblings.push(placed)
  else siblings.splice(index, 0, placed)
}
