import { type Dataset, entityPath, type Table } from '@mfa-residency/dataset'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, ui } from '../i18n.js'
import type { Page } from '../layout.js'
import { type Matrix, matrices } from '../matrix.js'
import { tableFile } from '../page-files.js'
import { dataTable, renderTable, titleContent } from '../render-data.js'
import { renderGlance } from '../render-glance.js'
import { codedTerm, renderCode, renderScope } from '../render-terms.js'
import { renderSources } from '../source-links.js'
import { translatedLeadIn } from '../translated.js'

/**
 * The overview answers first: one block per cloud with what the article states for it, each fact
 * linked to its source. Then the matrices, the tables no matrix shows, and a link to every table.
 */
export function homePage(dataset: Dataset, locale: SiteLocale): Page {
  const t = ui[locale]
  const grids = matrices(dataset.tables, locale)
  const inGrids = new Set(grids.map((grid) => grid.table))
  const body: ElementContent[] = [
    h('h1', t.homeTitle),
    h('p.lead', t.homeIntro),
    renderGlance(dataset, locale),
    matrixSection(grids, dataset, locale),
    locationsSection(
      dataset.tables.filter((table) => !inGrids.has(table)),
      dataset,
      locale,
    ),
    allTablesSection(dataset, locale),
  ]
  return { file: 'index.html', nav: 'overview', title: t.overview, description: t.homeIntro, body }
}

/** Every matrix under its table's title, each with a link to the table it reads. */
function matrixSection(grids: readonly Matrix[], dataset: Dataset, locale: SiteLocale): Element {
  const t = ui[locale]
  return h('section', { ariaLabelledby: 'matrix-heading' }, [
    h('h2#matrix-heading', t.matrixHeading),
    h('p', t.matrixNote),
    ...grids.flatMap((grid) => [
      h('h3', [titleContent(grid.table, dataset, locale)]),
      ...renderScope(grid.table, dataset, locale),
      matrixTable(grid, dataset, locale),
      h(
        'p.more',
        h('a', { href: tableFile(grid.table.id) }, [
          `${t.viewTable}: `,
          titleContent(grid.table, dataset, locale),
        ]),
      ),
    ]),
  ])
}

/** One matrix as a filterable table: a tick, or a dash, where a row meets a column. */
function matrixTable(grid: Matrix, dataset: Dataset, locale: SiteLocale): ElementContent {
  const t = ui[locale]
  const withCode = (text: string, link: Matrix['rowTerms'][number]): ElementContent[] => {
    const coded = codedTerm(dataset, link)
    return [{ type: 'text', value: text }, ...(coded ? renderCode(coded, locale) : [])]
  }
  const key = grid.table.columns[0]!
  // The lead-in names the scope ("For Azure public clouds…"), which tells the matrices of one
  // section apart.
  return dataTable(
    `matrix-${grid.table.id}`,
    grid.table.leadIn[locale] ??
      grid.table.leadIn.en ?? [titleContent(grid.table, dataset, locale)],
    [
      [{ type: 'text', value: key.label[locale] ?? key.label.en }],
      ...grid.columns.map((column, index) => withCode(column, grid.columnTerms[index] ?? null)),
      [{ type: 'text', value: t.source }],
    ],
    grid.rows.map((row, rowIndex) => [
      withCode(row, grid.rowTerms[rowIndex] ?? null),
      ...grid.columns.map((_, columnIndex): ElementContent[] =>
        grid.has[rowIndex]![columnIndex]
          ? [h('span.yes', { ariaHidden: 'true' }, '✓'), h('span.visually-hidden', t.stored)]
          : [h('span.no', { ariaHidden: 'true' }, '–'), h('span.visually-hidden', t.notStored)],
      ),
      renderSources(dataset, locale, grid.table.rows[rowIndex]?.source),
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
        h('h3', [titleContent(table, dataset, locale)]),
        ...renderScope(table, dataset, locale),
        ...(leadIn === null ? [] : [h('p', leadIn)]),
        renderTable(table, dataset, locale),
      ]
    }),
  ])
}

/** A link to every table's own page, by the title that tells it from the others, with its row count. */
function allTablesSection(dataset: Dataset, locale: SiteLocale): Element {
  const t = ui[locale]
  return h('section', { ariaLabelledby: 'all-tables' }, [
    h('h2#all-tables', t.allTables),
    h(
      'ul',
      dataset.tables.map((table) =>
        h('li', [
          h('a', { href: tableFile(table.id) }, [titleContent(table, dataset, locale)]),
          ` (${table.rows.length} ${t.rows})`,
        ]),
      ),
    ),
  ])
}
