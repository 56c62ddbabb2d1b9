import type { LocalizedPosition, Mentions } from '@mfa-residency/dataset'
import { type DiffContext, nonEmpty } from './context.js'
import { idsChanged, namesSummary } from './term-links.js'

/** An entity whose text is read for the terms it mentions. */
interface Mentioning {
  mentions: Mentions
  source: LocalizedPosition
}

/**
 * The terms one text both sides have mentions: a sentence that now names another cloud or store
 * is worth a line of its own, since its words alone do not say it. The order of first mention
 * follows the wording, so only terms that come or go count.
 */
export function diffMentions(
  context: DiffContext,
  path: string,
  entity: string,
  what: string,
  from: Mentioning,
  to: Mentioning,
): void {
  const { source } = context
  const names = idsChanged(from.mentions, to.mentions)
  if (names.termsAdded.length === 0 && names.termsRemoved.length === 0) return
  context.data('mention', 'changed', {
    locale: source,
    path: `${path}/mentions`,
    entity,
    summary: `${what} ${namesSummary(names, '', 'mentions')}`,
    before: from.mentions,
    after: to.mentions,
    ...nonEmpty(names),
    base: context.at('base', source, from.source[source]),
    head: context.at('head', source, to.source[source]),
  })
}
