import type { Dataset, Term, WhereMatch } from '@mfa-residency/dataset'
import { jsonText } from '@mfa-residency/output-safety'
import type { Context } from '../context.js'
import { pickLabel, termJson, termsOf } from '../term-lookup.js'
import { describeQuery, readQuery, runQuery } from '../term-query.js'

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

/** `stores [--<dimension> <term>…]`: the data stores of the rows `where` would show. */
export function stores(argv: readonly string[], ctx: Context): number {
  const query = readQuery(ctx.dataset, argv, false)
  const found = runQuery(ctx.dataset, query)
  if (found.length === 0) {
    ctx.err(`no row matches ${describeQuery(query)}`)
    return 1
  }
  const list = storesOf(found, ctx.dataset)
  if (list.length === 0) {
    ctx.err(
      found.length === 1
        ? `the row that matches ${describeQuery(query)} names no data store as a value`
        : `the ${found.length} rows that match ${describeQuery(query)} name no data store as a value`,
    )
    return 1
  }
  if (ctx.json) {
    const json = list.map(({ term, cases }) => ({
      ...termJson(term.id, ctx.dataset),
      cases: cases.map(({ conditions, rows }) => ({
        conditions: conditions.map((condition) => termJson(condition.id, ctx.dataset)),
        rows,
      })),
    }))
    ctx.out(jsonText(json, 2))
    return 0
  }
  const lines = list.flatMap(({ term, cases }) =>
    cases.map((entry) => ({ text: pickLabel(caseLabel(term, entry), ctx.lang), id: term.id })),
  )
  const pad = Math.max(...lines.map(({ text }) => text.length))
  ctx.out(lines.map(({ text, id }) => `${text.padEnd(pad)}   ${ctx.colors.dim(id)}`).join('\n'))
  return 0
}
