import { type Dataset, entityPath, type Table } from '@mfa-residency/dataset'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, ui } from '../i18n.js'
import type { Page } from '../layout.js'
import { type Matrix, matrices } from '../matrix.js'
import { cloudFile, clouds, tableFile } from '../page-files.js'
import { dataTable, renderTable, sectionTitle, titleContent } from '../render-data.js'
import { codedTerm, renderCode, renderRetention } from '../render-terms.js'
import { translated, translatedLeadIn } from '../translated.js'

/** The overview: the clouds, the matrices, the tables no matrix shows, and a link to every table. */
export function homePage(dataset: Dataset, locale: SiteLocale): Page {
  const t = ui[locale]
  const grids = matrices(dataset.tables, locale)
  const inGrids = new Set(grids.map((grid) => grid.table))
  const body: ElementContent[] = [
    h('h1', t.homeTitle),
    h('p.lead', t.homeIntro),
    cloudsSection(dataset, locale),
    matrixSection(grids, dataset, locale),
    locationsSection(
      dataset.tables.filter((table) => !inGrids.has(table)),
      dataset,
      locale,
    ),
    ...retentionSection(dataset, locale),
    allTablesSection(dataset, locale),
  ]
  return { file: 'index.html', nav: 'overview', title: t.overview, description: t.homeIntro, body }
}

/** A link to every cloud's page, with its code. */
function cloudsSection(dataset: Dataset, locale: SiteLocale): Element {
  const t = ui[locale]
  return h('section', { ariaLabelledby: 'clouds' }, [
    h('h2#clouds', t.clouds),
    h('p', t.cloudsIntro),
    h(
      'ul',
      clouds(dataset).map((cloud) =>
        h('li', [
          h('a', { href: cloudFile(cloud) }, [cloud.label[locale]]),
          ...renderCode(cloud, locale),
        ]),
      ),
    ),
  ])
}

/** Every matrix under its table's title, each with a link to the table it reads. */
function matrixSection(grids: readonly Matrix[], dataset: Dataset, locale: SiteLocale): Element {
  const t = ui[locale]
  return h('section', { ariaLabelledby: 'matrix-heading' }, [
    h('h2#matrix-heading', t.matrixHeading),
    h('p', t.matrixNote),
    ...grids.flatMap((grid) => [
      h('h3', [titleContent(grid.table, dataset, locale)]),
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
    ],
    grid.rows.map((row, rowIndex) => [
      withCode(row, grid.rowTerms[rowIndex] ?? null),
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

/** The sentences that say how long data is kept, each with its typed duration; none, no section. */
function retentionSection(dataset: Dataset, locale: SiteLocale): Element[] {
  const stating = dataset.paragraphs.filter((paragraph) =>
    paragraph.quantities.en.some((quantity) => quantity.role === 'retention'),
  )
  if (stating.length === 0) return []
  return [
    h('section', { ariaLabelledby: 'retention' }, [
      h('h2#retention', ui[locale].retentionHeading),
      h(
        'ul',
        stating.map((paragraph) =>
          h('li', [
            ...translated(dataset, locale, entityPath('paragraphs', paragraph.id), paragraph.text),
            ...renderRetention(paragraph.quantities, locale),
          ]),
        ),
      ),
    ]),
  ]
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
