import {
  columnPath,
  type Dataset,
  type Localized,
  type Row,
  type Table,
  tableTitle,
} from '@mfa-residency/dataset'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import type { SiteLocale } from './i18n.js'
import { ui } from './i18n.js'
import { renderSources } from './source-links.js'
import { renderShown, type Shown, shownCell, translated } from './translated.js'

/** A cell's values: one as text, several as a list, each with its own translation status. */
export function cellContent(shown: readonly Shown[], locale: SiteLocale): ElementContent[] {
  if (shown.length === 0) return []
  if (shown.length === 1) return renderShown(shown[0]!, locale)
  return [
    h(
      'ul.values',
      shown.map((value) => h('li', renderShown(value, locale))),
    ),
  ]
}

/**
 * A table's title as people read it (`tableTitle`: its heading, told apart by scope from a table
 * with the same heading), or the English one marked as English where the heading has no translation.
 */
export function titleContent(table: Table, dataset: Dataset, locale: SiteLocale): ElementContent {
  if (locale === 'en' || table.section[locale] !== null)
    return { type: 'text', value: tableTitle(table, locale, dataset) }
  return h('span', { lang: 'en' }, [tableTitle(table, 'en', dataset)])
}

export const sectionTitle = (section: Localized<string[]>, locale: SiteLocale) =>
  (section[locale] ?? section.en).join(' › ')

/** A table in a focusable, labelled region that scrolls sideways on its own on narrow screens. */
export function dataTable(
  id: string,
  caption: string | ElementContent[],
  headers: ElementContent[][],
  rows: ElementContent[][][],
  options: {
    filterable?: boolean
    rowHeaders?: boolean
    /** The id of a text that tells this table from others with the same caption. */
    alsoLabelledBy?: string
  } = {},
): ElementContent {
  const captionId = `${id}-caption`
  const labelledBy = [captionId, ...(options.alsoLabelledBy ? [options.alsoLabelledBy] : [])]
  return h(
    'div.table-scroll',
    { role: 'region', tabIndex: 0, ariaLabelledby: labelledBy.join(' ') },
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

/** The table with each row's source links: all of its rows, or only `rows`, in table order. */
export function renderTable(
  table: Table,
  dataset: Dataset,
  locale: SiteLocale,
  options: { alsoLabelledBy?: string; rows?: readonly Row[]; filterable?: boolean } = {},
): ElementContent {
  const t = ui[locale]
  const { rows = table.rows, ...tableOptions } = options
  return dataTable(
    `table-${table.id}`,
    [titleContent(table, dataset, locale)],
    [
      ...table.columns.map((column) =>
        translated(dataset, locale, columnPath(table.id, column.id), column.label),
      ),
      [{ type: 'text', value: t.source }],
    ],
    rows.map((row) => [
      ...table.columns.map((column) =>
        cellContent(
          shownCell(
            dataset,
            locale,
            { table: table.id, row: row.id, column: column.id },
            row.cells[column.id]!,
            row.terms[column.id],
          ),
          locale,
        ),
      ),
      renderSources(dataset, locale, row.source),
    ]),
    { filterable: true, ...tableOptions },
  )
}
