import type { Term } from '@mfa-residency/dataset'
import { foldCase, normalizeName } from '@mfa-residency/dataset/terms'
import { localeWords, type TermMatcher, wordCharAt, wordCharBefore } from './term-matcher.js'

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
  for (const cue of foldedCues(locale)) {
    const at = wholeWordsAt(folded, cue)
    if (at >= 0 && (cut < 0 || at < cut)) cut = at
  }
  return cut < 0 ? [normalized, ''] : [normalized.slice(0, cut), normalized.slice(cut)]
}

/**
 * Where `words` first stand in `text` as whole words, or -1: what a search for
 * `(?<![\p{L}\p{N}])words(?![\p{L}\p{N}])` finds, without compiling one such expression a cue
 * (their letter classes made compiling most of a table's linking time).
 */
export function wholeWordsAt(text: string, words: string): number {
  let at = text.indexOf(words)
  while (at >= 0 && (wordCharBefore(text, at) || wordCharAt(text, at + words.length)))
    at = text.indexOf(words, at + 1)
  return at
}

const cuesByLocale = new Map<string, string[]>()

function foldedCues(locale: string): string[] {
  let cues = cuesByLocale.get(locale)
  if (cues === undefined) {
    cues = localeWords(locale).exclusionCues.map(foldCase)
    cuesByLocale.set(locale, cues)
  }
  return cues
}
