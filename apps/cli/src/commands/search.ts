import {
  cellPath,
  columnPath,
  type Dataset,
  entityPath,
  type Heading,
  itemPath,
  type List,
  type Note,
  type Paragraph,
  type SourcePosition,
  type Table,
} from '@mfa-residency/dataset'
import { jsonText } from '@mfa-residency/output-safety'
import type { Context } from '../context.js'
import { UsageError } from '../context.js'
import { pick, statusJson } from '../localize.js'
import { hang } from '../render-table.js'
import { matches } from '../text-match.js'
import { type Translated, translationsOf } from '../translation.js'

interface Hit {
  /** The entity path; for a cell value, the cell's. */
  path: string
  locale: 'en' | 'sv'
  text: Translated
  source: string
}

type Placed =
  | { collection: 'tables'; entity: Table }
  | { collection: 'lists'; entity: List }
  | { collection: 'headings' | 'paragraphs' | 'notes'; entity: Heading | Paragraph | Note }

/** Every entity once, in document order: the outline first, then any it leaves out. */
function* inDocumentOrder(dataset: Dataset): Generator<Placed> {
  const byPath = new Map<string, Placed>()
  const place = (placed: Placed) =>
    byPath.set(entityPath(placed.collection, placed.entity.id), placed)
  for (const entity of dataset.headings) place({ collection: 'headings', entity })
  for (const entity of dataset.paragraphs) place({ collection: 'paragraphs', entity })
  for (const entity of dataset.tables) place({ collection: 'tables', entity })
  for (const entity of dataset.lists) place({ collection: 'lists', entity })
  for (const entity of dataset.notes) place({ collection: 'notes', entity })
  const seen = new Set<string>()
  for (const path of [...dataset.outline, ...byPath.keys()]) {
    const placed = byPath.get(path)
    if (!placed || seen.has(path)) continue
    seen.add(path)
    yield placed
  }
}

/** Every text in both locales: headings, paragraphs (lead-ins too), column labels, cells, list items, notes. */
function* texts(dataset: Dataset): Generator<Hit> {
  const translations = translationsOf(dataset)
  const at = (locale: 'en' | 'sv', position: SourcePosition | null) =>
    position ? `${dataset.sources[locale].path}:${position.line}` : ''
  const both = function* (
    text: Translated,
    source: { en: SourcePosition; sv: SourcePosition | null },
  ): Generator<Hit> {
    const path = text.path
    yield { path, locale: 'en', text, source: at('en', source.en) }
    if (text.sv !== null) yield { path, locale: 'sv', text, source: at('sv', source.sv) }
  }
  for (const placed of inDocumentOrder(dataset)) {
    if (placed.collection === 'tables') {
      const table = placed.entity
      for (const column of table.columns) {
        yield* both(translations.text(columnPath(table.id, column.id), column.label), table.source)
      }
      for (const row of table.rows) {
        for (const [column, cell] of Object.entries(row.cells)) {
          const path = cellPath(table.id, row.id, column)
          const values = translations.cell(table.id, row.id, column, cell)
          for (const locale of ['en', 'sv'] as const) {
            for (const text of values) {
              if (locale === 'en' || text.sv !== null)
                yield { path, locale, text, source: at(locale, row.source[locale]) }
            }
          }
        }
      }
    } else if (placed.collection === 'lists') {
      const list = placed.entity
      for (const item of list.items) {
        yield* both(translations.text(itemPath(list.id, item.id), item.text), item.source)
      }
    } else {
      const { collection, entity } = placed
      yield* both(translations.text(entityPath(collection, entity.id), entity.text), entity.source)
    }
  }
}

const matchedText = (hit: Hit) => (hit.locale === 'en' ? hit.text.en : hit.text.sv!)

export function search(query: string, ctx: Context): number {
  if (query.trim() === '') throw new UsageError('search needs some text to look for')
  const found = [...texts(ctx.dataset)].filter((hit) => matches(query, matchedText(hit)))
  if (found.length === 0) {
    ctx.err(`nothing matches "${query}" in either language`)
    return 1
  }
  if (ctx.json) {
    const json = found.map((hit) => ({
      path: hit.path,
      locale: hit.locale,
      value: matchedText(hit),
      ...(hit.locale === 'en' ? { status: 'source' } : statusJson(hit.text, 'sv')),
      source: hit.source,
    }))
    ctx.out(jsonText(json, 2))
    return 0
  }
  ctx.out(
    found
      .map(
        (hit) =>
          `${hang(pick(hit.text, hit.locale), ctx.width)}\n  ${ctx.colors.dim(`${hit.locale} · ${hit.path} · ${hit.source}`)}`,
      )
      .join('\n'),
  )
  return 0
}
