import { parsePath } from '@mfa-residency/dataset/paths'
import type { Change } from '../report.js'
import { type Fact, fieldFact, localeOf, mentionFact, moveFact, texts, transition } from './fact.js'
import type { Names } from './names.js'
import { ownerOf } from './places.js'
import { moves } from './reorder.js'
import { brief, someOf } from './words.js'

const kindOf = (term: string) => term.slice(0, term.indexOf('/'))

/**
 * What a cell's values did: `China → Sweden`, `no longer stores Blocked users (if fraud was
 * reported)` (a data store's verb when every value that came or went names one), `values
 * reordered: …`.
 */
function cellFact(change: Change, names: Names): string {
  const show = (values: readonly string[]) => values.map((value) => brief(value, 60)).join(', ')
  const removed = change.valuesRemoved ?? []
  const added = change.valuesAdded ?? []
  if (change.reordered) {
    const found = moves(texts(change.before), texts(change.after))
    return `values reordered: ${someOf(
      found.map((move) => `${brief(move.entry, 40)} moved ${move.from} → ${move.to}`),
      3,
    )}`
  }
  const terms = [...(change.termsRemoved ?? []), ...(change.termsAdded ?? [])]
  const stores = terms.length > 0 && terms.every((term) => kindOf(term) === 'data-store')
  const parts: string[] = []
  if (removed.length > 0 && added.length > 0) parts.push(`${show(removed)} → ${show(added)}`)
  else if (removed.length > 0)
    parts.push(stores ? `no longer stores ${show(removed)}` : `${show(removed)} removed`)
  else if (added.length > 0)
    parts.push(stores ? `now also stores ${show(added)}` : `${show(added)} added`)
  if (!stores) {
    const named = mentionFact(change, names, 'names')
    if (named) parts.push(named)
  }
  return parts.join('; ')
}

/** A table's changes in words: its cells, rows, columns, order, scope and section. */
export function tableFact(change: Change, names: Names): Fact {
  const table = change.entity ?? ''
  const parsed = parsePath(change.path)
  const field = parsed ? '' : change.path.split('/').slice(2).join('/')
  if (parsed && !parsed.row && !parsed.column) {
    if (change.action === 'renamed') return fieldFact(change, 'id', names)!
    const found = names.table(parsed.id)
    return {
      lead: found ? `${found.rows.length} rows × ${found.columns.length} columns` : change.action,
    }
  }
  if (parsed?.column) {
    const label = `column “${names.columnName(table, parsed.column)}”`
    if (change.action === 'added' || change.action === 'removed')
      return { lead: `column ${change.action}`, plural: `columns ${change.action}`, what: label }
    if (change.action === 'renamed')
      return { lead: label, what: `id ${change.before} → ${change.after}` }
    return {
      lead: `${label}${localeOf(change, names)}`,
      what: transition(change.before, change.after),
    }
  }
  if (parsed?.row && !parsed.cell) {
    const row = names.rowName(table, parsed.row)
    if (change.action === 'renamed')
      return { lead: `row “${row}”`, what: `id ${change.before} → ${change.after}` }
    return { lead: `row ${change.action}`, plural: `rows ${change.action}`, what: row }
  }
  if (parsed?.cell) {
    const place = `${names.rowName(table, parsed.row!)} · ${names.columnName(table, parsed.cell)}`
    const lead = `${place}${localeOf(change, names)}`
    if (parsed.value !== undefined) {
      const text = names.value(change.path)
      const relink = mentionFact(change, names, 'names') || 'names nothing now'
      return { lead, what: text ? `“${brief(text, 40)}” ${relink}` : relink }
    }
    return { lead, what: cellFact(change, names) }
  }
  // A value's links or footnote marks: the value's row and column, then what changed.
  const part = parsed ? null : ownerOf(change.path)
  if (part?.owner.row && part.owner.cell) {
    const place = `${names.rowName(table, part.owner.row)} · ${names.columnName(table, part.owner.cell)}`
    return { lead: place, what: fieldFact(change, part.field, names)?.lead ?? part.field }
  }
  if (field === 'rows')
    return { lead: 'rows reordered', what: moveFact(change, (id) => names.rowName(table, id)) }
  if (field === 'columns')
    return {
      lead: 'columns reordered',
      what: moveFact(change, (id) => names.columnName(table, id)),
    }
  if (field === 'appliesTo' || field === 'excludes') {
    const verb = field === 'appliesTo' ? 'applies to' : 'excludes'
    return { lead: mentionFact(change, names, verb) }
  }
  return fieldFact(change, field, names) ?? { lead: change.summary }
}
