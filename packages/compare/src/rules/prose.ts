import type { Heading, Note, Paragraph } from '@mfa-residency/dataset'
import { entityPath } from '@mfa-residency/dataset/paths'
import type { DiffContext } from './context.js'
import { match } from './match.js'
import { diffMentions } from './mentions.js'
import { diffQuantities } from './quantities.js'
import { renamed } from './tables.js'

/** Notes: their kind and text; a note that appears or goes is an entity change. */
export function diffNotes(context: DiffContext): void {
  const { source } = context
  const notes = match(context.base.notes, context.head.notes, (note) => note.text[source] ?? '')
  for (const note of notes.removed) wholeNote(context, 'base', note)
  for (const pair of notes.matched) {
    const { base: from, head: to } = pair
    const path = entityPath('notes', to.id)
    const lines = { base: from.source, head: to.source }
    if (pair.renamed) renamed(context, 'note', path, from, to)
    if (from.kind !== to.kind) {
      context.data('note', 'changed', {
        locale: source,
        path: `${path}/kind`,
        entity: to.id,
        summary: `Note ${to.id} is now ${to.kind}, was ${from.kind}`,
        before: from.kind,
        after: to.kind,
        base: context.at('base', source, from.source[source]),
        head: context.at('head', source, to.source[source]),
      })
    }
    context.text(
      'note',
      `${path}/section`,
      to.id,
      `Section of note ${to.id}`,
      from.section,
      to.section,
      lines,
    )
    context.text('note', `${path}/text`, to.id, `Text of note ${to.id}`, from.text, to.text, lines)
    diffQuantities(context, path, to.id, `Note ${to.id}`, from, to)
    diffMentions(context, path, to.id, `Note ${to.id}`, from, to)
  }
  for (const note of notes.added) wholeNote(context, 'head', note)
}

function wholeNote(context: DiffContext, side: 'base' | 'head', note: Note): void {
  const action = side === 'base' ? 'removed' : 'added'
  context.oneSided('note', side, {
    path: entityPath('notes', note.id),
    entity: note.id,
    summary: `Note ${note.id} ${action}: ${note.kind}: "${note.text[context.source]}"`,
    position: note.source[context.source],
  })
}

/**
 * Headings and paragraphs, which are prose: added, changed or removed, each at patch level, with a
 * word-level before and after. A lead-in is a paragraph, so its change is reported here, once.
 */
export function diffProse(context: DiffContext): void {
  diffProseCollection(context, 'headings', context.base.headings, context.head.headings)
  diffProseCollection(context, 'paragraphs', context.base.paragraphs, context.head.paragraphs)
}

function diffProseCollection<T extends Heading | Paragraph>(
  context: DiffContext,
  collection: 'headings' | 'paragraphs',
  base: readonly T[],
  head: readonly T[],
): void {
  const { source } = context
  const what = collection === 'headings' ? 'Heading' : 'Paragraph'
  const matching = match(base, head, (entity) => entity.text[source] ?? '', { byPosition: true })
  for (const entity of matching.removed) wholeProse(context, collection, 'base', entity)
  for (const { base: from, head: to } of matching.matched) {
    context.text(
      'prose',
      entityPath(collection, to.id),
      to.id,
      `${what} ${to.id}`,
      from.text,
      to.text,
      {
        base: from.source,
        head: to.source,
      },
    )
    if ('mentions' in from && 'mentions' in to) {
      const path = entityPath(collection, to.id)
      diffQuantities(context, path, to.id, `${what} ${to.id}`, from, to)
      diffMentions(context, path, to.id, `${what} ${to.id}`, from, to)
    }
    if ('level' in from && 'level' in to && from.level !== to.level) {
      context.data('prose', 'changed', {
        locale: source,
        path: `${entityPath(collection, to.id)}/level`,
        entity: to.id,
        summary: `Heading ${to.id} is now level ${to.level}, was ${from.level}`,
        before: String(from.level),
        after: String(to.level),
        base: context.at('base', source, from.source[source]),
        head: context.at('head', source, to.source[source]),
      })
    }
  }
  for (const entity of matching.added) wholeProse(context, collection, 'head', entity)
}

function wholeProse(
  context: DiffContext,
  collection: 'headings' | 'paragraphs',
  side: 'base' | 'head',
  entity: Heading | Paragraph,
): void {
  const action = side === 'base' ? 'removed' : 'added'
  context.oneSided('prose', side, {
    path: entityPath(collection, entity.id),
    entity: entity.id,
    summary: `${collection === 'headings' ? 'Heading' : 'Paragraph'} ${entity.id} ${action}`,
    text: entity.text[context.source],
    position: entity.source[context.source],
  })
}
