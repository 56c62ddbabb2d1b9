import { type Level, maxLevel, type Report } from '@mfa-residency/compare'
import type { PhrasingContent } from 'mdast'
import { code, html, joined, text } from './build.js'
import { docPhrasing, docText } from './doc-text.js'
import { changeSource, type LinkOptions } from './source-links.js'
import { changeDiff, clipped } from './values.js'

/** A row of a section's table: what a change touches, its level, its redline and its lines. */
export interface ChangeRow {
  label: PhrasingContent[]
  level: Level
  diff: PhrasingContent[]
  source: PhrasingContent[]
}

const br = () => html('<br>')

/** What a change of a text's field says in the row of the text's own change. */
const attachedNames: Record<string, string> = {
  mentions: 'mentions',
  quantities: 'states',
  links: 'links',
  marks: 'footnote marks',
}

/** The text change a change of what that text states or mentions belongs to, if it is there. */
function ownerRow(report: Report, indexes: readonly number[], index: number): number | undefined {
  const change = report.changes[index]!
  const field = /^(.*)\/(?:mentions|quantities|links|marks)$/.exec(change.path)
  if (!field) return undefined
  const owners = [field[1], `${field[1]}/text`]
  return indexes.find((other) => {
    const candidate = report.changes[other]!
    return (
      candidate.words !== undefined &&
      candidate.locale === change.locale &&
      owners.includes(candidate.path)
    )
  })
}

const plurals: Record<string, string> = {
  headings: 'headings',
  paragraphs: 'paragraphs',
  lists: 'items',
  terms: 'terms',
}

/**
 * Headings, paragraphs, items and terms that came or went, one row per kind and way: their texts
 * one per line (a term with its id), each with its lines.
 */
function wholeRows(report: Report, indexes: readonly number[], options: LinkOptions): ChangeRow[] {
  const groups = new Map<string, number[]>()
  for (const index of indexes) {
    const { kind, action, locale, path } = report.changes[index]!
    const key = `${path.split('/')[0]} ${action} ${locale}`
    if (kind === 'term' || kind === 'prose' || kind === 'list-item')
      groups.set(key, [...(groups.get(key) ?? []), index])
  }
  return [...groups.values()].map((group) => {
    const changes = group.map((index) => report.changes[index]!)
    const first = changes[0]!
    // A term's id says what it is; struck through, fifteen ids would read as noise.
    const mark = first.kind === 'term' ? undefined : first.action === 'removed' ? 'del' : 'ins'
    const lines = changes.map((change) => {
      const said = [change.before ?? change.after ?? ''].flat().join(' ')
      const value = change.kind === 'prose' ? clipped(said, 45) : said
      const where = changeSource(change, options)
      // A term is its id: what a consumer looks up, and what stops resolving.
      if (change.kind === 'term') return [code(change.entity ?? '')]
      return [
        ...docPhrasing([{ text: value, mark }]),
        ...(where.length > 0 ? [text(' '), ...where] : []),
      ]
    })
    const plural = plurals[first.path.split('/')[0]!] ?? 'changes'
    // One term is named by its id in the row already.
    const label =
      group.length > 1
        ? `${group.length} ${plural} ${first.action}`
        : first.kind === 'term'
          ? `term ${first.action}`
          : (report.summary.labels[group[0]!] ?? first.summary)
    return {
      label: docText(label),
      level: maxLevel(changes.map((change) => change.level)),
      diff: joined(lines, first.kind === 'term' ? () => text(', ') : br),
      source: [],
    }
  })
}

/**
 * A section's rows: whole headings, paragraphs, items and terms that came or went together, then
 * one row per change. What a text states or mentions goes in the row of that text's change.
 */
export function changeRows(
  report: Report,
  indexes: readonly number[],
  options: LinkOptions,
): ChangeRow[] {
  const whole = indexes.filter((index) => {
    const { kind, action } = report.changes[index]!
    return (
      (kind === 'term' || kind === 'prose' || kind === 'list-item') &&
      (action === 'added' || action === 'removed')
    )
  })
  const attached = new Map<number, number[]>()
  const own: number[] = []
  for (const index of indexes) {
    if (whole.includes(index)) continue
    const owner = ownerRow(report, indexes, index)
    if (owner === undefined) own.push(index)
    else attached.set(owner, [...(attached.get(owner) ?? []), index])
  }
  const rows = own.map((index): ChangeRow => {
    const change = report.changes[index]!
    const more = (attached.get(index) ?? []).map((other) => report.changes[other]!)
    const extra = more.flatMap((other) => [
      br(),
      text(`${attachedNames[other.path.slice(other.path.lastIndexOf('/') + 1)] ?? other.kind}: `),
      ...changeDiff(other),
    ])
    return {
      label: docText(report.summary.labels[index] ?? change.summary),
      level: maxLevel([change.level, ...more.map((other) => other.level)]),
      diff: [...changeDiff(change), ...extra],
      source: changeSource(change, options),
    }
  })
  return [...wholeRows(report, whole, options), ...rows]
}
