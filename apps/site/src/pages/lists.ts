import type { Dataset, Section } from '@mfa-residency/dataset'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, ui } from '../i18n.js'
import type { Page } from '../layout.js'
import { renderList, renderNote } from '../render-blocks.js'
import { sectionTitle } from '../render-data.js'
import { renderSources } from '../source-links.js'

export function listsPage(dataset: Dataset, locale: SiteLocale): Page {
  const t = ui[locale]
  // Before the first H2 the section is empty: such a block stands under the article's title.
  const title = (section: Section) =>
    sectionTitle(section, locale) ||
    (dataset.sources[locale].title ?? dataset.sources.en.title ?? '')
  const body: ElementContent[] = [
    h('h1', t.listsAndNotes),
    h('p.page-sources', [`${t.source}: `, ...renderSources(dataset, locale)]),
    ...dataset.lists.map((list) =>
      renderList(list, dataset, locale, { heading: title(list.section), leadIn: true }),
    ),
    ...dataset.notes.map((note) => renderNote(note, dataset, locale, title(note.section))),
  ]
  return {
    file: 'lists.html',
    nav: 'listsAndNotes',
    title: t.listsAndNotes,
    description: t.listsAndNotes,
    body,
  }
}
