import type { Locale, SourcePosition, TranslationGap } from './article.js'
import { asLocale } from './article.js'
import type { TranslationBase } from './base-from-memory.js'
import type { Correspondence, Removal } from './correspond.js'

export interface CarryOptions {
  source: string
  locale: string
  /** True when the base is the current English itself: nothing can be stale or new. */
  sameVersion: boolean
}

/** Where a gap lies: its lines in the source locale's document and in the translation. */
export interface GapLines {
  source?: SourcePosition | null
  target?: SourcePosition | null
}

/** What a gap says beside its reason: the English it translates, and the translation left over. */
export interface GapDetail {
  translates?: string | string[]
  text?: string | string[]
}

/**
 * What carrying one translation needs at every entity: the two locales, which base entity each
 * current one continues, the base's reasons, and the gaps found so far, in the order found.
 */
export interface CarryContext {
  readonly from: Locale
  readonly to: Locale
  readonly partner: Map<object, object>
  readonly base: TranslationBase
  /** Rows, columns and items removed from each kept table or list, by that table or list. */
  readonly removals: Map<object, Removal[]>
  readonly gaps: TranslationGap[]
  readonly staleReason: string
  readonly removedReason: string
  /** Why a current entity has no translation; `previous` is the base entity it continues, if any. */
  missingReason(previous: object | undefined): string
  /** Record one gap after those found before it. */
  gap(
    kind: TranslationGap['kind'],
    path: string,
    reason: string,
    lines: GapLines,
    detail?: GapDetail,
  ): void
}

/** The context of carrying `base`'s translation to the current English along `correspondence`. */
export function carryContext(
  base: TranslationBase,
  correspondence: Correspondence,
  options: CarryOptions,
): CarryContext {
  const from = asLocale(options.source)
  const to = asLocale(options.locale)
  const gaps: TranslationGap[] = []
  return {
    from,
    to,
    partner: correspondence.partner,
    base,
    removals: groupRemovals(correspondence.removed),
    gaps,
    staleReason: `${from} changed since the ${to} translation`,
    removedReason: `removed from ${from}; the ${to} translation still has it`,
    missingReason: (previous) =>
      previous === undefined
        ? options.sameVersion
          ? `no ${to} counterpart`
          : `new in ${from} since the ${to} translation`
        : (base.reasons.get(previous) ?? `no ${to} translation`),
    gap: (kind, path, reason, lines, detail = {}) => {
      const where: TranslationGap['source'] = {}
      if (lines.source) where[from] = lines.source
      if (lines.target) where[to] = lines.target
      gaps.push({ kind, locale: to, path, reason, ...detail, source: where })
    },
  }
}

/** The removed rows, columns and items, grouped by the kept table or list they were part of. */
function groupRemovals(removed: readonly Removal[]): Map<object, Removal[]> {
  const groups = new Map<object, Removal[]>()
  for (const removal of removed) {
    if (!('parent' in removal)) continue
    groups.set(removal.parent, [...(groups.get(removal.parent) ?? []), removal])
  }
  return groups
}
