import type { LocalizedPosition, LocalizedQuantities, Quantity } from '@mfa-residency/dataset'
import type { DiffContext } from './context.js'

/** An entity whose text is read for durations and dates. */
interface Quantified {
  quantities: LocalizedQuantities
  source: LocalizedPosition
}

/** How a report writes a quantity: its ISO 8601 value, and its role when it has one. */
const written = (quantity: Quantity) =>
  quantity.role ? `${quantity.value} (${quantity.role})` : quantity.value

/**
 * The durations and dates of one text both sides have, in the source locale: the words may change
 * ("90 days", "ninety days"), the values may not without changing what the text says. What counts
 * is which values the text states, not how often or in which order. A translation's quantities
 * follow its text, which its translation gaps track.
 */
export function diffQuantities(
  context: DiffContext,
  path: string,
  entity: string,
  what: string,
  from: Quantified,
  to: Quantified,
): void {
  const { source } = context
  const before = [...new Set((from.quantities[source] ?? []).map(written))]
  const after = [...new Set((to.quantities[source] ?? []).map(written))]
  const gone = before.filter((value) => !after.includes(value))
  const come = after.filter((value) => !before.includes(value))
  if (gone.length === 0 && come.length === 0) return
  // Only new values: the text states more. Any value gone: it states something else, or less.
  const action = gone.length === 0 ? 'added' : after.length === 0 ? 'removed' : 'changed'
  const summary =
    action === 'added'
      ? `${what} now also states ${come.join(', ')}`
      : action === 'removed'
        ? `${what} no longer states ${before.join(', ')}`
        : `${what} states ${after.join(', ')}, was ${before.join(', ')}`
  context.data('quantity', action, {
    locale: source,
    path: `${path}/quantities`,
    entity,
    summary: `${summary} (${source})`,
    before,
    after,
    base: context.at('base', source, from.source[source]),
    head: context.at('head', source, to.source[source]),
  })
}
