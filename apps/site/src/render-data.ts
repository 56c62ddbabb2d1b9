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
  const own = cell[locale]
  const chosen = own ?? cell.en
  // English shown on a Swedish page says so, for screen readers (WCAG 3.1.2).
  const lang = own === null && locale !== 'en' ? { lang: 'en' } : {}
  if (chosen.length === 0) return []
  if (chosen.length === 1)
    return own === null && locale !== 'en'
      ? [h('span', lang, chosen[0]!)]
      : [{ type: 'text', value: chosen[0]! }]
  return [
    h(
      'ul.values',
      lang,
      chosen.map((value) => h('li', value)),
    ),
  ]
}

/** A heading text in this locale, or the English one marked as English. */
export function localizedHeading(
  section: Localized<string[]>,
  fallback: string,
  locale: SiteLocale,
): ElementContent {
  const own = section[locale]?.at(-1)
  if (own !== undefined) return { type: 'text', value: own }
  const english = section.en.at(-1) ?? fallback
  return locale === 'en' ? { type: 'text', value: english } : h('span', { lang: 'en' }, english)
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
