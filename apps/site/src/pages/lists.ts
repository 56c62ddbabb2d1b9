import type { Dataset } from '@mfa-residency/dataset'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, ui } from '../i18n.js'
import type { Page } from '../layout.js'
import { sectionTitle, text } from '../render-data.js'

export function listsPage(dataset: Dataset, locale: SiteLocale): Page {
  const t = ui[locale]
  const title = (section: { en: string[]; sv: string[] | null }) =>
    sectionTitle(section, locale) ||
    (dataset.sources[locale].title ?? dataset.sources.en.title ?? '')
  const body: ElementContent[] = [h('h1', t.listsAndNotes)]
  for (const list of dataset.lists) {
    body.push(
      h('section.list', { id: `list-${list.id}` }, [
        h('h2', title(list.section)),
        ...(list.leadIn.en !== null
          ? [h('p', text({ en: list.leadIn.en, sv: list.leadIn.sv }, locale))]
          : []),
        h(
          list.ordered ? 'ol' : 'ul',
          list.items.map((item) => h('li', text(item, locale))),
        ),
      ]),
    )
  }
  for (const note of dataset.notes) {
    body.push(
      h(
        `aside.note.note-${note.kind}`,
        { id: `note-${note.id}`, ariaLabel: `${note.kind}: ${title(note.section)}` },
        [h('p.note-kind', note.kind.toUpperCase()), h('p', text(note.text, locale))],
      ),
    )
  }
  return {
    file: 'lists.html',
    nav: 'listsAndNotes',
    title: t.listsAndNotes,
    description: t.listsAndNotes,
    body,
  }
}
