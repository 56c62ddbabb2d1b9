import { type Dataset, type Row, type Table, type Term, where } from '@mfa-residency/dataset'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, ui } from '../i18n.js'
import type { Page } from '../layout.js'
import { cloudFile, tableFile } from '../page-files.js'
import { renderTable, titleContent } from '../render-data.js'
import { renderCode, renderScope } from '../render-terms.js'

/**
 * One cloud: its name and code, then every row the dataset's `where` finds for it, by table, with
 * each table's scope, which says why its rows are here.
 */
export function cloudPage(cloud: Term, dataset: Dataset, locale: SiteLocale): Page {
  const t = ui[locale]
  const byTable = new Map<Table, Row[]>()
  for (const { table, row } of where(dataset, { cloud: cloud.id }))
    byTable.set(table, [...(byTable.get(table) ?? []), row])
  const stored: ElementContent[] =
    byTable.size === 0
      ? [h('p.empty', t.nothingForCloud)]
      : [...byTable].flatMap(([table, rows]) => [
          // The heading links to the whole table: several "full table" links would read alike.
          h('h3', [h('a', { href: tableFile(table.id) }, [titleContent(table, dataset, locale)])]),
          ...renderScope(table, dataset, locale, cloudFile(cloud)),
          renderTable(table, dataset, locale, { rows, filterable: false }),
        ])
  return {
    file: cloudFile(cloud),
    nav: 'clouds',
    title: cloud.label[locale],
    description: `${t.storedForCloud}: ${cloud.label[locale]}`,
    body: [
      h('p.breadcrumb', [h('a', { href: 'index.html#clouds' }, [t.clouds])]),
      h('h1', [cloud.label[locale]]),
      ...(cloud.code === undefined
        ? []
        : [h('p', [`${t.cloudCode}:`, ...renderCode(cloud, locale)])]),
      h('h2', t.storedForCloud),
      ...stored,
    ],
  }
}
