import type { Heading, Note, Paragraph } from './article.js'
import { put } from './article.js'
import type { CarryContext } from './carry-context.js'

/** A heading, paragraph, note or list item: one text, one translation. */
export type Prose = Heading | Paragraph | Note

/**
 * Carry one piece of prose: its translation, lines and section as the base has them, `stale` when
 * its English changed since, `missing` when the base has no translation of it.
 */
export function carryProse(context: CarryContext, entity: Prose, path: string): void {
  const { from, to } = context
  const previous = context.partner.get(entity) as Prose | undefined
  const translation = previous?.text[to] ?? null
  if (!previous || translation === null) {
    context.gap('missing', path, context.missingReason(previous), { source: entity.source[from] })
    return
  }
  put(entity.text, to, translation)
  put(entity.source, to, previous.source[to])
  if ('section' in entity) put(entity.section, to, (previous as Paragraph | Note).section[to])
  if (entity.text[from] !== previous.text[from]) {
    context.gap(
      'stale',
      path,
      context.staleReason,
      { source: entity.source[from], target: entity.source[to] },
      {
        translates: previous.text[from]!,
      },
    )
  }
}
