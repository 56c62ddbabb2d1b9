import { type Dataset, entityPath, itemPath, type List, type Note } from '@mfa-residency/dataset'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, ui } from './i18n.js'
import { codedTerm, renderCode, renderRetention } from './render-terms.js'
import { translated, translatedLeadIn } from './translated.js'

/**
 * A list, with its lead-in unless the page shows that as a paragraph of its own (the article does).
 * Children always go to hastscript as arrays: a lone text node passed where children belong is
 * read as properties, and the item renders empty with its text in attributes.
 */
export function renderList(
  list: List,
  dataset: Dataset,
  locale: SiteLocale,
  options: { heading?: string; leadIn: boolean },
): ElementContent {
  const leadIn = options.leadIn
    ? translatedLeadIn(dataset, locale, entityPath('lists', list.id), list.leadIn)
    : null
  return h('section.list', { id: `list-${list.id}` }, [
    ...(options.heading === undefined ? [] : [h('h2', options.heading)]),
    ...(leadIn === null ? [] : [h('p', leadIn)]),
    h(
      list.ordered ? 'ol' : 'ul',
      list.items.map((item) => {
        const coded = codedTerm(dataset, item.term)
        return h('li', [
          ...translated(dataset, locale, itemPath(list.id, item.id), item.text),
          ...(coded ? renderCode(coded, locale) : []),
          ...renderRetention(item.quantities, locale),
        ])
      }),
    ),
  ])
}

/** A callout (note, tip, important…), labelled with its kind and where it stands. */
export function renderNote(
  note: Note,
  dataset: Dataset,
  locale: SiteLocale,
  where: string,
): ElementContent {
  const kind = ui[locale].noteKinds[note.kind]
  return h(
    `aside.note.note-${note.kind}`,
    { id: `note-${note.id}`, ariaLabel: where ? `${kind}: ${where}` : kind },
    [
      h('p.note-kind', kind.toLocaleUpperCase(locale)),
      h('p', [
        ...translated(dataset, locale, entityPath('notes', note.id), note.text),
        ...renderRetention(note.quantities, locale),
      ]),
    ],
  )
}
