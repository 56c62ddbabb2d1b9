import { parsePath } from '@mfa-residency/dataset/paths'
import type { Change } from '../report.js'
import { type Fact, fieldFact, localeOf, mentionFact, moveFact, texts, transition } from './fact.js'
import type { Names } from './names.js'
import { ownerOf } from './places.js'
import { quoted } from './words.js'

/** A list's changes in words: items that came, went or were reworded, their order, its kind. */
export function listFact(change: Change, names: Names): Fact {
  const place = ownerOf(change.path)!
  const { id, item } = place.owner
  const { field } = place
  const locale = localeOf(change, names)
  if (!item) {
    if (field === '') {
      if (change.action === 'renamed') return fieldFact(change, 'id', names)!
      const found = names.list(id)
      return { lead: found ? `${found.items.length} items` : change.action }
    }
    if (field === 'items')
      return {
        lead: 'items reordered',
        what: moveFact(change, (entry) => names.itemName(id, entry)),
      }
    if (field === 'ordered')
      return { lead: change.after === 'true' ? 'now numbered' : 'now bulleted' }
    return fieldFact(change, field, names) ?? { lead: change.summary }
  }
  const name = names.itemName(id, item)
  if (field !== '') {
    const fact = fieldFact(change, field, names)
    // Terms that several items stop or start mentioning are said once, with how many.
    if (field === 'mentions' && fact)
      return {
        lead: `item ${fact.lead}`,
        plural: `items ${fact.lead.replaceAll('mentions ', 'mention ')}`,
      }
    return { lead: `item ${name}`, what: fact?.lead ?? field }
  }
  if (change.action === 'added' || change.action === 'removed') {
    const text = texts(change.action === 'added' ? change.after : change.before)[0]
    return {
      lead: `item ${change.action}${locale}`,
      plural: `items ${change.action}${locale}`,
      what: text ? quoted(text, 50) : name,
    }
  }
  if (change.action === 'renamed')
    return { lead: `item ${name}`, what: `id ${change.before} → ${change.after}` }
  // Kept word for word: only what it names changed.
  if (!change.words)
    return {
      lead: `item ${name}`,
      what: mentionFact(change, names, 'names') || 'names nothing now',
    }
  const named = mentionFact(change, names, 'names')
  const text = quoted(texts(change.after)[0] ?? '', 40)
  return {
    lead: `item reworded${locale}`,
    plural: `items reworded${locale}`,
    what: named ? `${text}: ${named}` : text,
  }
}

/** A note's changes in words: it came or went, its kind, its text. */
export function noteFact(change: Change, names: Names): Fact {
  const { field } = ownerOf(change.path)!
  if (field === '') {
    if (change.action === 'renamed') return fieldFact(change, 'id', names)!
    // Its name says which note; its contents are in its section.
    return { lead: '' }
  }
  if (field === 'kind') return { lead: `now ${change.after}, was ${change.before}` }
  if (field === 'text') return { lead: `text reworded${localeOf(change, names)}` }
  return fieldFact(change, field, names) ?? { lead: change.summary }
}

/** Headings and paragraphs in words, named by their text. */
export function proseFact(change: Change, names: Names): Fact {
  const { owner, field } = ownerOf(change.path)!
  const collection = owner.collection as 'headings' | 'paragraphs'
  const what = collection === 'headings' ? 'heading' : 'paragraph'
  const locale = localeOf(change, names)
  if (field !== '') {
    const lead = names.proseName(collection, owner.id)
    if (field === 'level') return { lead, what: `now level ${change.after}, was ${change.before}` }
    const fact = fieldFact(change, field, names)
    // Terms that several paragraphs stop or start mentioning are said once, with how many.
    if (field === 'mentions' && fact)
      return {
        lead: `${what} ${fact.lead}`,
        plural: `${collection} ${fact.lead.replaceAll('mentions ', 'mention ')}`,
      }
    return { lead, what: fact?.lead ?? field }
  }
  // The prose section shows each; the summary counts them.
  if (change.action === 'added' || change.action === 'removed')
    return {
      lead: `${what} ${change.action}${locale}`,
      plural: `${collection} ${change.action}${locale}`,
    }
  // A heading is short enough to show both ways.
  const said = collection === 'headings' ? transition(change.before, change.after) : ''
  return {
    lead: `${what} reworded${locale}`,
    plural: `${collection} reworded${locale}`,
    what: said,
  }
}

/** Whether a path names a whole table, list or note (not a part or a field of one). */
export function isWholeEntity(path: string): boolean {
  const parsed = parsePath(path)
  return parsed !== null && !parsed.row && !parsed.column && !parsed.item
}
