import type { Change } from '../report.js'
import { type Fact, otherFact, transition } from './fact.js'
import type { Names } from './names.js'
import { groupOf } from './places.js'
import { tableFact } from './table-facts.js'
import { listFact, noteFact, proseFact } from './text-facts.js'
import { counted } from './words.js'

/** A term's change: it came or went, or one of its fields changed. */
function termFact(change: Change, names: Names): Fact {
  const id = change.entity ?? change.path.slice('terms/'.length)
  const label = names.term(id)
  if (change.action === 'added' || change.action === 'removed')
    return { lead: `term ${change.action}`, plural: `terms ${change.action}`, what: label }
  const field = change.path.slice(`terms/${id}/`.length).replace('/', ' ')
  return { lead: `term “${label}”`, what: `${field}: ${transition(change.before, change.after)}` }
}

/** The fact one data change states, by the entity it belongs to. */
export function factOf(change: Change, names: Names, label: string): Fact {
  const group = groupOf(change)
  switch (group.kind) {
    case 'table':
      return tableFact(change, names)
    case 'list':
      return listFact(change, names)
    case 'note':
      return noteFact(change, names)
    case 'prose':
      return proseFact(change, names)
    case 'vocabulary':
      return change.kind === 'term' ? termFact(change, names) : otherFact(change, label)
    case 'metadata':
      return change.path.startsWith('metadata/')
        ? { lead: label, what: transition(change.before, change.after ?? null) }
        : { lead: change.summary }
  }
}

/** Subjects said together, a place they share said once: `Voice call, SMS · Data store type`. */
function together(leads: readonly string[]): string {
  const tail = leads[0]!.slice(leads[0]!.lastIndexOf(' · '))
  const shared =
    leads.length > 1 && tail.startsWith(' · ') && leads.every((lead) => lead.endsWith(tail))
  return shared
    ? `${leads.map((lead) => lead.slice(0, -tail.length)).join(', ')}${tail}`
    : leads.join(', ')
}

/**
 * Facts said once per lead, in the order they first came: `3 items removed: “A”, “B”, “C”`, or
 * `Voice call · Data store type: …; …`. With `max`, each names at most that many. Subjects that
 * say the same thing are said together: `Voice call · Data store type, Microsoft Authenticator
 * notification · Data store type: no longer stores Blocked users`.
 */
export function sayFacts(facts: readonly Fact[], max = Number.POSITIVE_INFINITY): string[] {
  const byLead = new Map<string, { fact: Fact; count: number; whats: string[] }>()
  for (const fact of facts) {
    const entry = byLead.get(fact.lead) ?? { fact, count: 0, whats: [] }
    entry.count++
    if (fact.what) entry.whats.push(fact.what)
    byLead.set(fact.lead, entry)
  }
  const said = new Map<string, string[]>()
  for (const { fact, count, whats } of byLead.values()) {
    const counting = count > 1 && fact.plural !== undefined
    const lead = counting ? `${count} ${fact.plural}` : fact.lead
    // A count in the lead says how many; otherwise repeats say it themselves.
    const names = counting ? [...new Set(whats)] : counted(whats)
    const shown =
      names.length > max ? [...names.slice(0, max), `and ${names.length - max} more`] : names
    const what = shown.join(fact.plural ? ', ' : '; ')
    // Only subjects merge: a counted lead is its own line.
    const key = counting || what === '' ? `${lead}\n${what}` : what
    said.set(key, [...(said.get(key) ?? []), lead])
  }
  return [...said].map(([key, leads]) => {
    const what = key.includes('\n') ? key.slice(key.indexOf('\n') + 1) : key
    return what === '' ? leads[0]! : `${together(leads)}: ${what}`
  })
}
