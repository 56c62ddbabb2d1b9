import type { Link, Links } from '@mfa-residency/dataset'
import { textsAlike } from '../position-evidence.js'
import type { DiffContext } from './context.js'
import { keptProse, keptValues, type Place } from './kept.js'

/** Two links that are the same: the same words to the same target. */
const same = (a: Link, b: Link) => a.text === b.text && a.url === b.url

/**
 * How the links of one text changed: a link whose target moved is `changed`, with the old and new
 * target, when its words stayed or read alike ("Where is your data located?" → "Where your data
 * is located"); the rest are `removed` and `added`. A link whose words changed and target did not
 * is part of the text's change, which the text's own rule reports.
 */
export function linkChanges(
  before: Links,
  after: Links,
): { changed: { from: Link; to: Link }[]; removed: Link[]; added: Link[] } {
  const left = [...before]
  const take = (test: (link: Link) => boolean) => {
    const index = left.findIndex(test)
    return index === -1 ? null : left.splice(index, 1)[0]!
  }
  const unmatched = after.filter((link) => take((old) => same(old, link)) === null)
  const changed: { from: Link; to: Link }[] = []
  const added: Link[] = []
  const moved: Link[] = []
  for (const link of unmatched) {
    if (take((old) => old.url === link.url)) continue
    const from = take((old) => old.text === link.text)
    if (from) changed.push({ from, to: link })
    else moved.push(link)
  }
  for (const link of moved) {
    const from = take((old) => textsAlike(old.text, link.text))
    if (from) changed.push({ from, to: link })
    else added.push(link)
  }
  return { changed, removed: left, added }
}

/** The changes of one text's links, in the source locale. */
function reportLinks(context: DiffContext, place: Place, before: Links, after: Links): void {
  const { source } = context
  const { changed, removed, added } = linkChanges(before, after)
  const record = (
    action: 'added' | 'removed' | 'changed',
    summary: string,
    sides: { before?: string; after?: string },
  ) =>
    context.data('link', action, {
      locale: source,
      path: `${place.path}/links`,
      entity: place.entity,
      summary: `${summary} (${source})`,
      ...sides,
      base: context.at('base', source, place.base),
      head: context.at('head', source, place.head),
    })
  for (const { from, to } of changed)
    record(
      'changed',
      `Link "${to.text}" of ${place.what} now points to ${to.url}, was ${from.url}`,
      {
        before: from.url,
        after: to.url,
      },
    )
  for (const link of removed)
    record('removed', `Link "${link.text}" to ${link.url} removed from ${place.what}`, {
      before: link.url,
    })
  for (const link of added)
    record('added', `Link "${link.text}" to ${link.url} added to ${place.what}`, {
      after: link.url,
    })
}

/**
 * Links of the texts and values both sides have: a target that moves is data, even when not a word
 * of the text changed, so the line it is on is never read as formatting only. A value new in a kept
 * cell has its links reported as added (its cell's change names the value, not its links); an
 * entity that comes or goes as a whole is reported by its own rule, links and all.
 */
export function diffLinks(context: DiffContext): void {
  for (const { place, from, to } of keptProse(context))
    reportLinks(context, place, from.links, to.links)
  for (const { place, from, to } of keptValues(context))
    reportLinks(context, place, from?.links ?? [], to.links)
}
