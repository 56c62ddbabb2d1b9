import type { Term } from '@mfa-residency/dataset'
import { foldCase, normalizeName } from '@mfa-residency/dataset/terms'
import { localeWords, type TermMatcher } from './term-matcher.js'

/** The kinds of term that say what a table is about. */
const scopeKinds: ReadonlySet<Term['kind']> = new Set(['cloud', 'component'])

export interface TableScope {
  appliesTo: string[]
  excludes: string[]
}

/**
 * What a table is about, read from its lead-in and headings: the clouds and components the lead-in
 * names before an exclusion cue ("excluding", "exklusive", from vocabulary-words.json) apply, those
 * after it are excluded, and those its headings name (nearest first) apply too.
 */
export function readTableScope(
  leadIn: string | null,
  headings: readonly string[],
  matcher: TermMatcher,
  locale: string,
): TableScope {
  const scoped = (text: string) =>
    matcher
      .mentions(text)
      .filter((term) => scopeKinds.has(term.kind))
      .map((term) => term.id)
  const [before, after] = splitAtExclusion(leadIn ?? '', locale)
  const excludes = scoped(after)
  const appliesTo = new Set(scoped(before))
  for (const heading of [...headings].reverse())
    for (const id of scoped(heading)) if (!excludes.includes(id)) appliesTo.add(id)
  return { appliesTo: [...appliesTo], excludes }
}

/** The text before the first exclusion cue, and after it. */
function splitAtExclusion(text: string, locale: string): [string, string] {
  const normalized = normalizeName(text)
  const folded = foldCase(normalized)
  let cut = -1
  for (const cue of localeWords(locale).exclusionCues) {
    const match = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(foldCase(cue))}(?![\\p{L}\\p{N}])`,
      'u',
    )
    const at = folded.search(match)
    if (at >= 0 && (cut < 0 || at < cut)) cut = at
  }
  return cut < 0 ? [normalized, ''] : [normalized.slice(0, cut), normalized.slice(cut)]
}

const escapeRegExp = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')
