import type { TermLink } from '@mfa-residency/dataset'
import type { Names } from './context.js'

/** A link as reports write it: the term, and its qualifiers in brackets. */
export function linkName(link: TermLink): string {
  return link.qualifiers ? `${link.term} [${link.qualifiers.join(', ')}]` : link.term
}

const nameOf = (link: TermLink | null | undefined) => (link ? linkName(link) : null)

/** One side of a cell in the source locale: its values and, parallel to them, their links. */
export interface LinkedValues {
  values: readonly (string | null)[]
  links: readonly (TermLink | null)[]
}

/** A value both sides keep, word for word, that names something else now. */
export interface Relinked {
  /** Its index in the head. */
  index: number
  text: string | null
  before: string | null
  after: string | null
}

export interface CellNames {
  relinked: Relinked[]
  /** For the values whose text changed: the terms no value names any more, and the new ones. */
  names: Names
}

/**
 * What a cell's values name, before and after. A value kept word for word is paired with itself
 * and reported apart when its link changed; values removed or added are reported with the text
 * that changed, so a value whose text and term both changed is one change.
 */
export function cellNames(before: LinkedValues, after: LinkedValues): CellNames {
  const unpaired = new Set(before.values.keys())
  const relinked: Relinked[] = []
  const added: number[] = []
  after.values.forEach((text, index) => {
    const partner = [...unpaired].find((candidate) => before.values[candidate] === text)
    if (partner === undefined) {
      added.push(index)
      return
    }
    unpaired.delete(partner)
    const from = nameOf(before.links[partner])
    const to = nameOf(after.links[index])
    if (from !== to) relinked.push({ index, text, before: from, after: to })
  })
  const named = (side: LinkedValues, indexes: Iterable<number>) =>
    new Set([...indexes].flatMap((index) => nameOf(side.links[index]) ?? []))
  const everBefore = named(before, before.values.keys())
  const everAfter = named(after, after.values.keys())
  return {
    relinked,
    names: {
      termsRemoved: [...named(before, unpaired)].filter((name) => !everAfter.has(name)),
      termsAdded: [...named(after, added)].filter((name) => !everBefore.has(name)),
    },
  }
}

/** What one value or item named and names, as the terms it lost and gained. */
export function namesBetween(before: string | null, after: string | null): Names {
  if (before === after) return { termsRemoved: [], termsAdded: [] }
  return {
    termsRemoved: before === null ? [] : [before],
    termsAdded: after === null ? [] : [after],
  }
}

/** What an item names, before and after; `undefined` and `null` both name nothing. */
export function itemNames(
  before: TermLink | null | undefined,
  after: TermLink | null | undefined,
): Names {
  return namesBetween(nameOf(before), nameOf(after))
}

/** `now names X, was Y`, `names nothing now, was Y`, `now names X`. */
export function relinkSummary(before: string | null, after: string | null): string {
  const now = after === null ? 'names nothing now' : `now names ${after}`
  return before === null ? now : `${now}, was ${before}`
}

/** The ids one list has and the other lacks, in order. */
export function idsChanged(before: readonly string[], after: readonly string[]): Names {
  return {
    termsRemoved: before.filter((id) => !after.includes(id)),
    termsAdded: after.filter((id) => !before.includes(id)),
  }
}

/** `now names X; no longer names Y`, after `lead`, or nothing when no term changed. */
export function namesSummary(
  { termsRemoved, termsAdded }: Names,
  lead = '',
  verb = 'names',
): string {
  const parts = [
    termsAdded.length > 0 ? `now ${verb} ${termsAdded.join(', ')}` : '',
    termsRemoved.length > 0 ? `no longer ${verb} ${termsRemoved.join(', ')}` : '',
  ].filter(Boolean)
  return parts.length > 0 ? `${lead}${parts.join('; ')}` : ''
}
