import type { Dataset, Locale } from '@mfa-residency/dataset'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, ui } from '../i18n.js'
import type { Page } from '../layout.js'
import { tableFile } from '../page-files.js'
import { dataTable } from '../render-data.js'
import { renderSources } from '../source-links.js'

export function aboutPage(dataset: Dataset, locale: SiteLocale, version: string): Page {
  const t = ui[locale]
  const body: ElementContent[] = [
    h('h1', t.about),
    h('h2', t.sources),
    dataTable(
      'sources',
      t.sources,
      [
        [{ type: 'text', value: t.language }],
        [{ type: 'text', value: t.title }],
        [{ type: 'text', value: t.date }],
        [{ type: 'text', value: t.file }],
        [{ type: 'text', value: t.source }],
      ],
      Object.entries(dataset.sources).map(([lang, source]) => [
        [{ type: 'text', value: lang }],
        [h('span', { lang }, source.title ?? '')],
        [{ type: 'text', value: source.msDate ?? '–' }],
        [h('code', source.path), h('br'), h('small', `sha256 ${source.sha256.slice(0, 16)}…`)],
        // Each source's own links: this page's language has nothing to do with them.
        renderSources(dataset, locale, undefined, lang as Locale),
      ]),
    ),
    h('p', `@mfa-residency/dataset ${version}, schema ${dataset.schemaVersion}.`),
    h('h2', t.gaps),
    dataset.translationGaps.length === 0
      ? h('p', t.noGaps)
      : h(
          'ul',
          // The reasons are the generator's, in English.
          dataset.translationGaps.map((gap) =>
            h('li', { lang: 'en' }, `${gap.locale} ${gap.kind} ${gap.path}: ${gap.reason}`),
          ),
        ),
    h('h2', t.downloads),
    h('ul', [
      h('li', h('a', { href: '../downloads/dataset.json', download: '' }, t.datasetJson)),
      h('li', h('a', { href: '../downloads/dataset.schema.json', download: '' }, t.schema)),
      ...dataset.tables.map((table) =>
        h('li', [
          h('a', { href: `../downloads/${table.id}.csv`, download: '' }, `${table.id}.csv`),
          ' · ',
          h('a', { href: tableFile(table.id) }, t.viewTable),
        ]),
      ),
    ]),
    h('p', t.csvNote),
    h('h2', t.licence),
    h('p', t.licenceText),
  ]
  return { file: 'about.html', nav: 'about', title: t.about, description: t.licenceText, body }
}
