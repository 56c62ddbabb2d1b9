import type { Change, Level } from '../report.js'
import type { Fact } from './fact.js'
import { sayFacts } from './facts.js'
import type { Names } from './names.js'
import { ownerOf } from './places.js'
import { quantityFact } from './quantities.js'

const words: Record<string, [string, string]> = {
  table: ['table', 'tables'],
  column: ['column', 'columns'],
  row: ['row', 'rows'],
  list: ['list', 'lists'],
  'list-item': ['list item', 'list items'],
  note: ['note', 'notes'],
  term: ['term', 'terms'],
  cell: ['cell', 'cells'],
  prose: ['heading or paragraph', 'headings and paragraphs'],
  metadata: ['metadata field', 'metadata fields'],
  mention: ['mention', 'mentions'],
  quantity: ['duration or date', 'durations and dates'],
  link: ['link', 'links'],
  footnote: ['footnote', 'footnotes'],
}

/** Why one change asks for its level, as a fact the reasons share by lead. */
function reasonsOf(change: Change, names: Names, label: string): Fact[] {
  const [one, many] = words[change.kind] ?? [change.kind, `${change.kind} changes`]
  if (change.classification === 'translation-drift')
    return [
      {
        lead: `${change.locale} translation ${change.action}`,
        plural: `${change.locale} translations ${change.action}`,
        what: label,
      },
    ]
  if (change.path.startsWith('sources/'))
    return [
      {
        lead: `locale ${change.action}`,
        plural: `locales ${change.action}`,
        what: change.locale ?? '',
      },
    ]
  if (change.kind === 'quantity') {
    const action = change.action === 'added' ? 'new' : 'changed'
    return [{ lead: `${one} ${action}`, plural: `${many} ${action}`, what: quantityFact(change) }]
  }
  const whole = ownerOf(change.path)?.field === '' || change.kind === 'term'
  // The entity lines below name what came or went; the reason counts them.
  if (whole && (change.action === 'added' || change.action === 'removed'))
    return [{ lead: `${one} ${change.action}`, plural: `${many} ${change.action}` }]
  if (change.action === 'renamed') {
    const lead = change.level === 'major' ? 'id changed' : 'id changed, old id kept'
    return [{ lead, plural: lead.replace('id', 'ids'), what: `${change.before} → ${change.after}` }]
  }
  const lost = change.termsRemoved ?? []
  const gained = change.termsAdded ?? []
  if (change.kind !== 'mention' && (lost.length > 0 || gained.length > 0)) {
    const [verb, verbs] = change.kind === 'table' ? ['applies to', 'apply to'] : ['names', 'name']
    // A change that lost a term is major for that alone; what it gained is a lesser reason.
    const said =
      lost.length > 0
        ? { lead: `${one} no longer ${verb}`, plural: `${many} no longer ${verbs}`, terms: lost }
        : { lead: `${one} now ${verb}`, plural: `${many} now ${verbs}`, terms: gained }
    return said.terms.map((term) => ({
      lead: said.lead,
      plural: said.plural,
      what: names.term(term),
    }))
  }
  return [{ lead: `${one} changed`, plural: `${many} changed`, what: label }]
}

/**
 * The changes that set the bump, briefly and by what they do: `3 tables, 2 notes removed` (the
 * entity lines name them), `4 cells no longer name: Blocked users (if fraud was reported)`,
 * `duration or date changed: retention: P90D → P60D (90 → 60 days)`. Empty when nothing does.
 */
export function becauseOf(
  changes: readonly Change[],
  bump: Level,
  names: Names,
  labels: readonly string[],
): string[] {
  if (bump === 'none') return []
  const facts = changes.flatMap((change, index) =>
    change.level === bump ? reasonsOf(change, names, labels[index]!) : [],
  )
  // `3 tables removed`, `2 notes removed`: one reason, `3 tables, 2 notes removed`.
  const said = sayFacts(facts, 1)
  const counted = /^(?:(\d+) )?(.+) (added|removed)$/
  const merged = new Map<string, string[]>()
  const reasons: string[] = []
  for (const reason of said) {
    const match = counted.exec(reason)
    if (!match || reason.includes(':')) {
      reasons.push(reason)
      continue
    }
    const [, count = '1', what, action] = match
    if (!merged.has(action!)) reasons.push(`\n${action}`)
    merged.set(action!, [...(merged.get(action!) ?? []), `${count} ${what}`])
  }
  return reasons.map((reason) =>
    reason.startsWith('\n')
      ? `${merged.get(reason.slice(1))!.join(', ')} ${reason.slice(1)}`
      : reason,
  )
}
