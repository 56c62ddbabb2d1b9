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
import { type Context, shownPoint, UsageError } from '../context.js'
import { asOfFooter } from '../history-notes.js'
import type { HistoryView } from '../history-view.js'
import { pick, statusJson } from '../localize.js'
import { localeSourceJson, sourceText } from '../provenance.js'
import { hang } from '../render-table.js'
import { onText, safe } from '../since-when.js'
import { matches } from '../text-match.js'
import { type Translated, translationsOf } from '../translation.js'

interface Hit {
  /** The entity path; for a cell value, the cell's. */
  path: string
  locale: 'en' | 'sv'
  text: Translated
  /** Where the text is in its locale's source; null for a Swedish text placed by its entity only. */
  position: SourcePosition | null
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
  const both = function* (
    text: Translated,
    source: { en: SourcePosition; sv: SourcePosition | null },
  ): Generator<Hit> {
    const path = text.path
    yield { path, locale: 'en', text, position: source.en }
    if (text.sv !== null) yield { path, locale: 'sv', text, position: source.sv }
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
                yield { path, locale, text, position: row.source[locale] }
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

const hitsIn = (dataset: Dataset, query: string) =>
  [...texts(dataset)].filter((hit) => matches(query, matchedText(hit)))

/**
 * For a search that finds nothing: the last earlier version it would have found something in,
 * and the one that took it out. Only then is the history unpacked, version by version.
 */
function lastFound(view: HistoryView, query: string, ctx: Context): string[] {
  for (let index = shownPoint(ctx, view) - 1; index >= 0; index--) {
    if (hitsIn(view.datasetAt(index), query).length === 0) continue
    const words = ctx.messages.history
    const [then, gone] = [view.points[index]!, view.points[index + 1]!]
    return [safe(ctx, `${words.wasInArticle(query, then.date)}: ${onText('removed', gone, ctx)}`)]
  }
  return []
}

export async function search(query: string, ctx: Context): Promise<number> {
  if (query.trim() === '') throw new UsageError(ctx.messages.searchNeedsText)
  const found = hitsIn(ctx.dataset, query)
  if (found.length === 0) {
    const view = await ctx.history()
    for (const line of [
      ctx.messages.nothingMatches(query),
      ...(view ? lastFound(view, query, ctx) : []),
    ])
      ctx.err(line)
    // A script reading --json gets JSON even for no answer.
    if (ctx.json) ctx.out('[]')
    return 1
  }
  if (ctx.json) {
    const json = found.map((hit) => ({
      path: hit.path,
      locale: hit.locale,
      value: matchedText(hit),
      ...(hit.locale === 'en' ? { status: 'source' } : statusJson(hit.text, 'sv')),
      source: localeSourceJson(hit.locale, hit.position, ctx),
    }))
    ctx.out(jsonText(json, 2))
    return 0
  }
  const where = (hit: Hit) =>
    hit.position ? ` · ${sourceText(hit.locale, hit.position, ctx)}` : ''
  ctx.out(
    found
      .map(
        (hit) =>
          `${hang(pick(hit.text, hit.locale), ctx.width)}\n  ${ctx.colors.dim(`${hit.locale} · ${hit.path}${where(hit)}`)}`,
      )
      .concat(asOfFooter(ctx))
      .join('\n'),
  )
  return 0
}
