import { type Dataset, entityPath } from '@mfa-residency/dataset'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, ui } from '../i18n.js'
import type { Page } from '../layout.js'
import { matrices } from '../matrix.js'
import {
  dataTable,
  localizedHeading,
  renderTable,
  sectionTitle,
  tableHeading,
} from '../render-data.js'
import { translatedLeadIn } from '../translated.js'

export const tableFile = (id: string) => `table-${id}.html`

export function homePage(dataset: Dataset, locale: SiteLocale): Page {
  const t = ui[locale]
  const grids = matrices(dataset.tables, locale)
  const inGrids = new Set(grids.map((grid) => grid.table))
  const body: ElementContent[] = [
    h('h1', t.homeTitle),
    h('p.lead', t.homeIntro),
    h('section', { ariaLabelledby: 'matrix-heading' }, [
      h('h2#matrix-heading', t.matrixHeading),
      h('p', t.matrixNote),
      ...grids.flatMap((grid) => [
        h('h3', [localizedHeading(grid.table.section, grid.table.id, locale)]),
        // The lead-in names the scope ("For Azure public clouds…"), which tells the matrices of one
        // section apart.
        dataTable(
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
                : [
                    h('span.no', { ariaHidden: 'true' }, '–'),
                    h('span.visually-hidden', t.notStored),
                  ],
            ),
          ]),
          { filterable: true },
        ),
        h(
          'p.more',
          h(
            'a',
            { href: tableFile(grid.table.id) },
            `${t.viewTable}: ${tableHeading(grid.table, locale)}`,
          ),
        ),
      ]),
    ]),
    h('section', { ariaLabelledby: 'locations-heading' }, [
      h('h2#locations-heading', t.locationsHeading),
      ...dataset.tables
        .filter((table) => !inGrids.has(table))
        .flatMap((table) => {
          const leadIn = translatedLeadIn(
            dataset,
            locale,
            entityPath('tables', table.id),
            table.leadIn,
          )
          return [
            h('h3', sectionTitle(table.section, locale)),
            ...(leadIn === null ? [] : [h('p', leadIn)]),
            renderTable(table, dataset, locale),
          ]
        }),
    ]),
    h('section', { ariaLabelledby: 'all-tables' }, [
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
    ]),
  ]
  return { file: 'index.html', nav: 'overview', title: t.overview, description: t.homeIntro, body }
}
