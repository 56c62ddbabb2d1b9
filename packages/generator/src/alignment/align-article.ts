import type { ParsedDocument } from '@mfa-residency/parser'
import type { ArticleBody, Dataset, Entry, TranslationGap } from './article.js'
import { baseFromMemory } from './base-from-memory.js'
import { carryTranslation } from './carry-translation.js'
import { correspond } from './correspond.js'
import { fillTranslation } from './fill-translation.js'
import { skeleton } from './skeleton.js'
import { adoptIds, outlineOf } from './stable-ids.js'

/** Where a translation's base (the English it translates) comes from. */
export type TranslationBaseSource =
  /** The translation is unchanged since `memory` was generated: its base is in there. */
  | { kind: 'memory'; memory: Dataset }
  /** A given English version, for example `--translation-base sv=<file>`. */
  | { kind: 'document'; document: ParsedDocument }
  /** The current English: a translation that is taken to be up to date. */
  | { kind: 'current' }

export interface TranslationInput {
  locale: string
  document: ParsedDocument
  base: TranslationBaseSource
}

export interface AlignedArticle {
  body: ArticleBody
  translationGaps: TranslationGap[]
}

/**
 * The whole article as dataset entities: the source locale's document, with ids kept from
 * `memory` (the previous dataset) wherever an entity continues one of it, and every translation
 * aligned through the English it translates.
 */
export function alignArticle(
  source: { locale: string; document: ParsedDocument },
  targets: readonly TranslationInput[],
  memory: Dataset | null,
): AlignedArticle {
  const locales = [source.locale, ...targets.map((target) => target.locale)]
  const current = skeleton(source.document, source.locale, locales)
  if (memory) {
    adoptIds(current.entries, correspond(memory, current.body, source.locale))
    current.body.outline = outlineOf(current.entries)
  }
  const translationGaps: TranslationGap[] = []
  for (const target of targets) {
    const options = { source: source.locale, locale: target.locale }
    if (target.base.kind === 'memory') {
      const base = baseFromMemory(target.base.memory, target.locale, source.locale)
      const matching = correspond(base.body, current.body, source.locale)
      translationGaps.push(
        ...carryTranslation(current.entries, base, matching, { ...options, sameVersion: false }),
      )
      continue
    }
    const base =
      target.base.kind === 'document'
        ? skeleton(target.base.document, source.locale, locales)
        : cloneSkeleton(current)
    const filled = fillTranslation(base.entries, target.document, target.locale, source.locale)
    const matching = correspond(base.body, current.body, source.locale)
    translationGaps.push(
      ...carryTranslation(
        current.entries,
        { body: base.body, reasons: filled.reasons, carried: [], unpaired: filled.unpaired },
        matching,
        { ...options, sameVersion: target.base.kind === 'current' },
      ),
    )
  }
  return {
    body: withAliasesAfterIds(current.body),
    translationGaps: sortGaps(translationGaps, locales),
  }
}

const kindOrder = { missing: 0, stale: 1, extra: 2 } as const

/**
 * One order however the gaps were found (a gap carried from memory arrives last): by locale, then
 * what needs translating, what is out of date and what is left over, each in document order.
 */
function sortGaps(gaps: TranslationGap[], locales: readonly string[]): TranslationGap[] {
  const line = (gap: TranslationGap) => {
    const where = gap.source as Record<string, { line: number } | undefined>
    return (gap.kind === 'extra' ? where[gap.locale] : where[locales[0]!])?.line ?? 0
  }
  return gaps.toSorted(
    (a, b) =>
      locales.indexOf(a.locale) - locales.indexOf(b.locale) ||
      kindOrder[a.kind] - kindOrder[b.kind] ||
      line(a) - line(b) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  )
}

/** A copy whose entries still point at its own body's entities. */
function cloneSkeleton(skeletonToCopy: { body: ArticleBody; entries: Entry[] }) {
  return structuredClone(skeletonToCopy)
}

/** Aliases are set after the entities were built; put them where the schema lists them. */
function withAliasesAfterIds(body: ArticleBody): ArticleBody {
  const place = <T extends { id: string; aliases?: unknown }>(entity: T): T => {
    if (entity.aliases === undefined) return entity
    const { id, aliases, ...rest } = entity
    return { id, aliases, ...rest } as unknown as T
  }
  return {
    outline: body.outline,
    headings: body.headings.map(place),
    paragraphs: body.paragraphs.map(place),
    tables: body.tables.map((table) => place({ ...table, rows: table.rows.map(place) })),
    lists: body.lists.map((list) => place({ ...list, items: list.items.map(place) })),
    notes: body.notes.map(place),
  }
}
