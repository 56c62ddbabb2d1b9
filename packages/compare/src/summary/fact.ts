import type { Change } from '../report.js'
import type { Names } from './names.js'
import { quantityFact } from './quantities.js'
import { moves } from './reorder.js'
import { brief, quoted, someOf } from './words.js'

/**
 * One thing a change did, as the summary says it: `lead: what`. Facts of one entity with the same
 * lead are said once (`3 items removed: “A”, “B”, “C”`), so a lead names what they share.
 */
export interface Fact {
  lead: string
  /** The lead for several facts that share it: `items removed`. */
  plural?: string
  what?: string
}

/** The values of a change as a list of texts. */
export const texts = (value: Change['before'] | undefined) =>
  value === undefined || value === null ? [] : [value].flat()

/** `“A” → “B”`, `now “B”`, `was “A”`, for values that may be missing. */
export function transition(before: Change['before'] | undefined, after: Change['after']): string {
  const show = (value: Change['before'] | undefined) =>
    quoted(texts(value).join(' › ') || '(none)', 40)
  if (texts(before).length === 0) return `now ${show(after)}`
  if (texts(after).length === 0) return `was ${show(before)}`
  return `${show(before)} → ${show(after)}`
}

/** ` (sv)` for a translation's own change. */
export const localeOf = (change: Change, names: Names) =>
  change.locale && change.locale !== names.source ? ` (${change.locale})` : ''

/** `now mentions X; no longer mentions Y`, by the terms' labels. */
export function mentionFact(change: Change, names: Names, verb = 'mentions'): string {
  const label = (ids: readonly string[] | undefined) => (ids ?? []).map((id) => names.term(id))
  return [
    (change.termsAdded ?? []).length > 0
      ? `now ${verb} ${label(change.termsAdded).join(', ')}`
      : '',
    (change.termsRemoved ?? []).length > 0
      ? `no longer ${verb} ${label(change.termsRemoved).join(', ')}`
      : '',
  ]
    .filter(Boolean)
    .join('; ')
}

/** `Blocked users moved 1 → 3`, for a new order of the same entries, by their names. */
export function moveFact(change: Change, name: (entry: string) => string): string {
  const found = moves(texts(change.before), texts(change.after))
  if (found.length === 0) return 'order changed'
  return someOf(
    found.map((move) => `${name(move.entry)} moved ${move.from} → ${move.to}`),
    3,
  )
}

/** A link that points elsewhere, came or went: `link “Azure MFA Server Migration”: A → B`. */
function linkFact(change: Change): string {
  const words = /^Link "(.*?)"/.exec(change.summary)?.[1]
  const link = words ? `link ${quoted(words, 40)}` : 'link'
  // A target is said in full: a URL cut short points nowhere.
  const url = (value: Change['before'] | undefined) => texts(value)[0] ?? ''
  if (change.action === 'changed') return `${link}: ${url(change.before)} → ${url(change.after)}`
  return `${link} to ${url(change.action === 'added' ? change.after : change.before)} ${change.action}`
}

/** A footnote mark on a value, or a paragraph that is a footnote: `footnote mark 1 → 2`. */
function footnoteFact(change: Change, field: string): string {
  const what = field === 'marks' ? 'footnote mark' : 'footnote'
  const before = texts(change.before).join(', ')
  const after = texts(change.after).join(', ')
  if (!before) return `${what} ${after} added`
  if (!after) return `${what} ${before} removed`
  return `${what} ${before} → ${after}`
}

/** The facts every entity shares: what its text states and mentions, its section, its id. */
export function fieldFact(change: Change, field: string, names: Names): Fact | null {
  if (field === 'links') return { lead: linkFact(change) }
  if (field === 'marks' || field === 'footnote') return { lead: footnoteFact(change, field) }
  if (field === 'quantities') return { lead: quantityFact(change) }
  if (field === 'mentions') return { lead: mentionFact(change, names) }
  if (field === 'section')
    return {
      lead: `section${localeOf(change, names)}`,
      what: transition(change.before, change.after),
    }
  if (change.action === 'renamed')
    return { lead: 'id changed', plural: 'ids changed', what: `${change.before} → ${change.after}` }
  return null
}

/** What a change says when no rule knows its kind: its place, then its before and after. */
export function otherFact(change: Change, label: string): Fact {
  const moved = change.before !== undefined || change.after !== undefined
  return moved
    ? { lead: label, what: transition(change.before, change.after ?? null) }
    : { lead: brief(change.summary, 80) }
}
