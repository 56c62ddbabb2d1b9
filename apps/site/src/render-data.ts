import type { Dataset, Table } from '@mfa-residency/dataset'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import type { SiteLocale } from './i18n.js'
import { ui } from './i18n.js'

type Localized<T> = { en: T; sv: T | null }

/** One locale's value; a missing translation falls back to English, marked as such. */
export function text(value: Localized<string>, locale: SiteLocale): ElementContent {
  const chosen = value[locale]
  if (chosen !== null) return { type: 'text', value: chosen }
  return h('span', { lang: 'en', title: ui[locale].missing }, value.en)
}

export function values(cell: Localized<string[]>, locale: SiteLocale): ElementContent[] {
  const chosen = cell[locale] ?? cell.en
  if (chosen.length === 1) return [{ type: 'text', value: chosen[0]! }]
  if (chosen.length === 0) return []
  return [
    h(
      'ul.values',
      chosen.map((value) => h('li', value)),
    ),
  ]
}

export const sectionTitle = (section: Localized<string[]>, locale: SiteLocale) =>
  (section[locale] ?? section.en).join(' › ')

export const tableHeading = (table: Table, locale: SiteLocale) =>
  (table.section[locale] ?? table.section.en).at(-1) ?? table.id

/** A table in a focusable, labelled region that scrolls sideways on its own on narrow screens. */
export function dataTable(
  id: string,
  caption: string,
  headers: ElementContent[][],
  rows: ElementContent[][][],
  options: { filterable?: boolean; rowHeaders?: boolean } = {},
): ElementContent {
  const captionId = `${id}-caption`
  return h(
    'div.table-scroll',
    { role: 'region', tabIndex: 0, ariaLabelledby: captionId },
    h(`table${options.filterable ? '.filterable' : ''}`, { id }, [
      h('caption', { id: captionId }, caption),
      h(
        'thead',
        h(
          'tr',
          headers.map((header) => h('th', { scope: 'col' }, header)),
        ),
      ),
      h(
        'tbody',
        rows.map((row) =>
          h(
            'tr',
            row.map((cell, index) =>
              index === 0 && options.rowHeaders !== false
                ? h('th', { scope: 'row' }, cell)
                : h('td', cell),
            ),
          ),
        ),
      ),
    ]),
  )
}

/** The full table with its source lines. */
export function renderTable(table: Table, dataset: Dataset, locale: SiteLocale): ElementContent {
  const t = ui[locale]
  const path = dataset.sources[locale].path
  return dataTable(
    `table-${table.id}`,
    tableHeading(table, locale),
    [
      ...table.columns.map((column) => [text(column.label, locale)]),
      [{ type: 'text', value: t.source }],
    ],
    table.rows.map((row) => {
      const line = row.source[locale] ?? row.source.en
      const file = row.source[locale] ? path : dataset.sources.en.path
      return [
        ...table.columns.map((column) => values(row.cells[column.id]!, locale)),
        [h('span.source', { title: `${file}:${line.line}` }, `${t.line} ${line.line}`)],
      ]
    }),
    { filterable: true },
  )
}
