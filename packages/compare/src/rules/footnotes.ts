import type { DiffContext } from './context.js'
import { keptParagraphs, keptValues, type Place } from './kept.js'

const list = (marks: readonly string[]) => marks.join(', ')

/**
 * Footnote marks, in the source locale: a value that gains, loses or changes a mark (`US` marked
 * `1`), and a paragraph that becomes, stops being or changes footnote. The mark is not part of the
 * value's text, so without this rule it would change unseen.
 */
export function diffFootnotes(context: DiffContext): void {
  const { source } = context
  const at = (place: Place) => ({
    base: context.at('base', source, place.base),
    head: context.at('head', source, place.head),
  })
  for (const { place, from, to } of keptValues(context)) {
    const before = from?.marks ?? []
    const after = to.marks
    if (list(before) === list(after)) continue
    const action = before.length === 0 ? 'added' : after.length === 0 ? 'removed' : 'changed'
    const summary =
      action === 'added'
        ? `now marked ${list(after)}`
        : action === 'removed'
          ? `no longer marked ${list(before)}`
          : `marked ${list(after)}, was ${list(before)}`
    context.data('footnote', action, {
      locale: source,
      path: `${place.path}/marks`,
      entity: place.entity,
      summary: `${place.what} (${source}): ${summary}`,
      ...(before.length > 0 ? { before } : {}),
      ...(after.length > 0 ? { after } : {}),
      ...at(place),
    })
  }
  for (const { place, from, to } of keptParagraphs(context)) {
    if (from.footnote === to.footnote) continue
    const action =
      from.footnote === undefined ? 'added' : to.footnote === undefined ? 'removed' : 'changed'
    const summary =
      action === 'added'
        ? `is now footnote ${to.footnote}`
        : action === 'removed'
          ? `is no longer footnote ${from.footnote}`
          : `is now footnote ${to.footnote}, was ${from.footnote}`
    context.data('footnote', action, {
      locale: source,
      path: `${place.path}/footnote`,
      entity: place.entity,
      summary: `Paragraph ${to.id} ${summary} (${source})`,
      before: from.footnote ?? null,
      after: to.footnote ?? null,
      ...at(place),
    })
  }
}
