import { type Dataset, entityPath, type Table } from '@mfa-residency/dataset'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, ui } from '../i18n.js'
import type { Page } from '../layout.js'
import { type Matrix, matrices } from '../matrix.js'
import {
  dataTable,
  localizedHeading,
  renderTable,
  sectionTitle,
  tableHeading,
} from '../render-data.js'
import { translatedLeadIn } from '../translated.js'

export const tableFile = (id: string) => `table-${id}.html`

/** The overview: the matrices, the tables no matrix shows, and a link to every table. */
export function homePage(dataset: Dataset, locale: SiteLocale): Page {
  const t = ui[locale]
  const grids = matrices(dataset.tables, locale)
  const inGrids = new Set(grids.map((grid) => grid.table))
  const body: ElementContent[] = [
    h('h1', t.homeTitle),
    h('p.lead', t.homeIntro),
    matrixSection(grids, locale),
    locationsSection(
      dataset.tables.filter((table) => !inGrids.has(table)),
      dataset,
      locale,
    ),
    allTablesSection(dataset, locale),
  ]
  return { file: 'index.html', nav: 'overview', title: t.overview, description: t.homeIntro, body }
}

/** Every matrix under its section's heading, each with a link to the table it reads. */
function matrixSection(grids: readonly Matrix[], locale: SiteLocale): Element {
  const t = ui[locale]
  return h('section', { ariaLabelledby: 'matrix-heading' }, [
    h('h2#matrix-heading', t.matrixHeading),
    h('p', t.matrixNote),
    ...grids.flatMap((grid) => [
      h('h3', [localizedHeading(grid.table.section, grid.table.id, locale)]),
      matrixTable(grid, locale),
      h(
        'p.more',
        h(
          'a',
          { href: tableFile(grid.table.id) },
          `${t.viewTable}: ${tableHeading(grid.table, locale)}`,
        ),
      ),
    ]),
  ])
}

/** One matrix as a filterable table: a tick, or a dash, where a row meets a column. */
function matrixTable(grid: Matrix, locale: SiteLocale): ElementContent {
  const t = ui[locale]
  // The lead-in names the scope ("For Azure public clouds…"), which tells the matrices of one
  // section apart.
  return dataTable(
    `matrix-${grid.table.id}`,
    grid.table.leadIn[locale] ?? grid.table.leadIn.en ?? tableHeading(grid.table, locale),
    [
      [
        {
          type: 'text',
          value: grid.table.columns[0]!.label[locale] ?? grid.table.columns[0]!.label.en,
        },
      ],
      ...grid.columns.map((column) => [{ type: 'text' as const, value: column }]),
    ],
    grid.rows.map((row, rowIndex) => [
      [{ type: 'text', value: row }],
      ...grid.columns.map((_, columnIndex): ElementContent[] =>
        grid.has[rowIndex]![columnIndex]
          ? [h('span.yes', { ariaHidden: 'true' }, '✓'), h('span.visually-hidden', t.stored)]
          : [h('span.no', { ariaHidden: 'true' }, '–'), h('span.visually-hidden', t.notStored)],
      ),
    ]),
    { filterable: true },
  )
}

/** The tables no matrix shows, in full, each under its section and lead-in. */
function locationsSection(tables: readonly Table[], dataset: Dataset, locale: SiteLocale): Element {
  return h('section', { ariaLabelledby: 'locations-heading' }, [
    h('h2#locations-heading', ui[locale].locationsHeading),
    ...tables.flatMap((table) => {
      const leadIn = translatedLeadIn(dataset, locale, entityPath('tables', table.id), table.leadIn)
      return [
        h('h3', sectionTitle(table.section, locale)),
        ...(leadIn === null ? [] : [h('p', leadIn)]),
        renderTable(table, dataset, locale),
      ]
    }),
  ])
}

/** A link to every table's own page, with its row count. */
function allTablesSection(dataset: Dataset, locale: SiteLocale): Element {
  const t = ui[locale]
  return h('section', { ariaLabelledby: 'all-tables' }, [
    h('h2#all-tables', t.allTables),
    h(
      'ul',
      dataset.tables.map((table) =>
        h('li', [
          h('a', { href: tableFile(table.id) }, sectionTitle(table.section, locale)),
          ` (${table.rows.length} ${t.rows})`,
        ]),
      ),
    ),
  ])
}
