import type { Dataset, Term, WhereMatch } from '@mfa-residency/dataset'
import { jsonText } from '@mfa-residency/output-safety'
import { type Context, shownPoint } from '../context.js'
import { runQuerySince } from '../former-terms.js'
import { asOfFooter } from '../history-notes.js'
import type { HistoryView } from '../history-view.js'
import { pointJson } from '../history-view.js'
import { type Lost, lostItems, onText, safe } from '../since-when.js'
import { pickLabel, termJson, termsOf } from '../term-lookup.js'
import { answerIn, describeQuery, readQuery, type TermQuery } from '../term-query.js'

/** One way a store is named: under these conditions (none: always), in these rows. */
interface StoreCase {
  conditions: Term[]
  rows: { table: string; row: string }[]
}

interface Store {
  term: Term
  /** Unconditional first, then each set of conditions in the order first met. */
  cases: StoreCase[]
}

/**
 * The data stores the rows name, each once, in the order first named: every value whose term is
 * a data store, with the conditions that qualify it ("Blocked users (if fraud was reported)").
 * A store named with a condition in one row and without in another keeps both cases.
 */
function storesOf(found: readonly WhereMatch[], dataset: Dataset): Store[] {
  const terms = termsOf(dataset)
  const stores = new Map<string, { term: Term; cases: Map<string, StoreCase> }>()
  for (const { table, row } of found)
    for (const column of table.columns)
      for (const link of row.terms[column.id] ?? []) {
        const term = link ? terms.get(link.term) : undefined
        if (!link || term?.kind !== 'data-store') continue
        const conditions = (link.qualifiers ?? [])
          .map((id) => terms.get(id))
          .filter((qualifier): qualifier is Term => qualifier?.kind === 'condition')
        const key = conditions
          .map((condition) => condition.id)
          .sort()
          .join(' ')
        const store = stores.get(term.id) ?? { term, cases: new Map<string, StoreCase>() }
        stores.set(term.id, store)
        const known = store.cases.get(key) ?? { conditions, rows: [] }
        store.cases.set(key, known)
        if (!known.rows.some((entry) => entry.table === table.id && entry.row === row.id))
          known.rows.push({ table: table.id, row: row.id })
      }
  return [...stores.values()].map(({ term, cases }) => ({
    term,
    cases: [...cases.values()].sort(
      (a, b) => Number(a.conditions.length > 0) - Number(b.conditions.length > 0),
    ),
  }))
}

/** "Blocked users (if fraud was reported)", in both languages. */
function caseLabel(term: Term, { conditions }: StoreCase) {
  const withConditions = (locale: 'en' | 'sv') =>
    conditions.length === 0
      ? term.label[locale]
      : `${term.label[locale]} (${conditions.map((condition) => condition.label[locale]).join(', ')})`
  return { en: withConditions('en'), sv: withConditions('sv') }
}

/** A store as one of its cases names it, for comparing answers through time. */
interface NamedCase {
  id: string
  label: { en: string; sv: string }
}

const caseKey = (term: Term, { conditions }: StoreCase) =>
  [term.id, ...conditions.map((condition) => condition.id).sort()].join(' ')

/** One version's answer by case; none for a version whose vocabulary lacks a term asked. */
function casesIn(dataset: Dataset, query: TermQuery): Map<string, NamedCase> {
  const found = answerIn(dataset, query)
  if (found === null) return new Map()
  return new Map(
    storesOf(found, dataset).flatMap(({ term, cases }) =>
      cases.map((entry) => [caseKey(term, entry), { id: term.id, label: caseLabel(term, entry) }]),
    ),
  )
}

/** What the answer lost, by case key: the cases no version after the shown one names. */
function lostCases(view: HistoryView, query: TermQuery, ctx: Context): Lost<NamedCase>[] {
  const answers = view.answersOver((dataset) => casesIn(dataset, query), query.scope.length > 0)
  return lostItems(answers, shownPoint(ctx, view), view)
}

/** `stores [--<dimension> <term>…]`: the data stores of the rows `where` would show. */
export async function stores(pairs: readonly [string, string][], ctx: Context): Promise<number> {
  const { messages } = ctx
  const query = readQuery(pairs, false, messages)
  const found = await runQuerySince(query, ctx)
  const list = storesOf(found, ctx.dataset)
  const view = await ctx.history()
  const lost = view ? lostCases(view, query, ctx) : []
  const lostNow = lost.filter((entry) => !entry.shown)
  const lostLater = new Map(lost.filter((entry) => entry.shown).map((entry) => [entry.id, entry]))
  const lostLine = ({ item, at }: Lost<NamedCase>) =>
    safe(ctx, `${pickLabel(item.label, ctx.lang)}   ${item.id}   ${onText('removed', at, ctx)}`)
  if (list.length === 0) {
    const asked = describeQuery(query, messages)
    ctx.err(
      found.length === 0
        ? messages.noRowMatches(asked)
        : found.length === 1
          ? messages.noStoreInRow(asked)
          : messages.noStoreInRows(found.length, asked),
    )
    if (lostNow.length > 0)
      for (const line of [messages.history.noLongerListed, ...lostNow.map(lostLine)]) ctx.err(line)
    // A script reading --json gets JSON even for no answer.
    if (ctx.json) ctx.out('[]')
    return 1
  }
  if (ctx.json) {
    const json = list.map(({ term, cases }) => ({
      ...termJson(term.id, ctx.dataset),
      cases: cases.map((entry) => ({
        conditions: entry.conditions.map((condition) => termJson(condition.id, ctx.dataset)),
        rows: entry.rows,
        ...(view ? { history: { removed: removedJson(lostLater.get(caseKey(term, entry))) } } : {}),
      })),
    }))
    ctx.out(jsonText(json, 2))
    // The array holds what the version names; what it no longer names is said beside it.
    if (lostNow.length > 0)
      for (const line of [messages.history.noLongerListed, ...lostNow.map(lostLine)]) ctx.err(line)
    return 0
  }
  const lines = list.flatMap(({ term, cases }) =>
    cases.map((entry) => {
      const later = lostLater.get(caseKey(term, entry))
      return {
        text: pickLabel(caseLabel(term, entry), ctx.lang),
        id: term.id,
        note: later ? `   ${onText('removed', later.at, ctx)}` : '',
      }
    }),
  )
  const pad = Math.max(...lines.map(({ text }) => text.length))
  const shown = lines.map(
    ({ text, id, note }) => `${text.padEnd(pad)}   ${ctx.colors.dim(id)}${ctx.colors.dim(note)}`,
  )
  const gone =
    lostNow.length === 0 ? [] : ['', messages.history.noLongerListed, ...lostNow.map(lostLine)]
  ctx.out([...shown, ...gone.map((line) => ctx.colors.dim(line)), ...asOfFooter(ctx)].join('\n'))
  return 0
}

const removedJson = (lost: Lost<NamedCase> | undefined) => (lost ? pointJson(lost.at) : null)
