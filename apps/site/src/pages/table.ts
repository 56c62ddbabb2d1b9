import { type Dataset, entityPath, type Table } from '@mfa-residency/dataset'
import { h } from 'hastscript'
import { type SiteLocale, ui } from '../i18n.js'
import type { Page } from '../layout.js'
import { localizedHeading, renderTable, sectionTitle, tableHeading } from '../render-data.js'
import { translatedLeadIn } from '../translated.js'
import { tableFile } from './home.js'

export function tablePage(table: Table, dataset: Dataset, locale: SiteLocale): Page {
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
    title: tableHeading(table, locale),
    description: leadIn ?? sectionTitle(table.section, locale),
    body: [
      h('p.breadcrumb', `${t.section}: ${sectionTitle(table.section, locale)}`),
      h('h1', [localizedHeading(table.section, table.id, locale)]),
      ...(leadInContent === null ? [] : [h('p.lead', leadInContent)]),
      renderTable(table, dataset, locale),
      h('p.downloads', [
        `${t.download}: `,
        h('a', { href: `../downloads/${table.id}.csv`, download: '' }, t.downloadCsv),
      ]),
    ],
  }
}
