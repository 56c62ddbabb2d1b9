import { type Dataset, entityPath, type Table, tableTitle } from '@mfa-residency/dataset'
import { h } from 'hastscript'
import { type SiteLocale, ui } from '../i18n.js'
import type { Page } from '../layout.js'
import { tableFile } from '../page-files.js'
import { renderTable, sectionTitle, titleContent } from '../render-data.js'
import { renderScope } from '../render-terms.js'
import { tableFeed, tableHistory } from '../table-history.js'
import { translatedLeadIn } from '../translated.js'
import type { VersionStory } from '../version-stories.js'

export function tablePage(
  table: Table,
  dataset: Dataset,
  stories: readonly VersionStory[],
  locale: SiteLocale,
): Page {
  const t = ui[locale]
  const leadIn = table.leadIn[locale] ?? table.leadIn.en
  const leadInContent = translatedLeadIn(
    dataset,
    locale,
    entityPath('tables', table.id),
    table.leadIn,
  )
  return {
    file: tableFile(table.id),
    nav: 'tables',
    title: tableTitle(table, locale, dataset),
    description: leadIn ?? sectionTitle(table.section, locale),
    body: [
      h('p.breadcrumb', `${t.section}: ${sectionTitle(table.section, locale)}`),
      h('h1', [titleContent(table, dataset, locale)]),
      ...(leadInContent === null ? [] : [h('p.lead', leadInContent)]),
      ...renderScope(table, dataset, locale),
      renderTable(table, dataset, locale),
      h('p.downloads', [
        `${t.download}: `,
        h('a', { href: `../downloads/${table.id}.csv`, download: '' }, t.downloadCsv),
      ]),
      tableHistory(table, dataset, stories, locale),
    ],
    feeds: [tableFeed(table, dataset, locale)],
  }
}
