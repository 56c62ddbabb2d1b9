import { foldCase, normalizeName } from './terms.js'
import type { Dataset, Locale, Row, Table, Term, TermKind, TermLink } from './types.generated.js'

/**
 * Every name a term answers to, in any locale: its id, code, labels, aliases and value aliases,
 * compared as the generator compares names (case, spacing, apostrophes and dashes folded).
 */
function namesOf(term: Term): string[] {
  const names = [term.id, term.id.slice(term.id.indexOf('/') + 1), ...Object.values(term.label)]
  if (term.code) names.push(term.code)
  for (const group of [term.aliases, term.valueAliases])
    for (const list of Object.values(group ?? {})) names.push(...(list ?? []))
  return names
}

// A query is typed by people: "cn" finds CN, so case is always folded here.
const keyOf = (name: string) => foldCase(normalizeName(name))

// Keyed by the terms array, not the dataset: datasets that share one vocabulary (the versions of
// a history, see `partsAt`) share one index, which is most of what a query costs.
const indexes = new WeakMap<readonly Term[], Map<string, Term[]>>()

function termIndex(terms: readonly Term[]): Map<string, Term[]> {
  let index = indexes.get(terms)
  if (index) return index
  index = new Map()
  for (const term of terms)
    for (const name of namesOf(term)) {
      const key = keyOf(name)
      const list = index.get(key) ?? []
      if (!list.includes(term)) list.push(term)
      index.set(key, list)
    }
  indexes.set(terms, index)
  return index
}

/**
 * The terms a name stands for: an id (`cloud/azure-china`), a code (`AzureChinaCloud`, `CN`), or a
 * label or alias in either language (`21Vianet`, `Kina`), optionally only of one kind.
 */
export function findTerms(from: Dataset, name: string, kind?: TermKind): Term[] {
  const found = termIndex(from.terms).get(keyOf(name)) ?? []
  return kind ? found.filter((term) => term.kind === kind) : found
}

/** The dimensions `where` accepts, each a kind of term. */
export const dimensions = {
  cloud: 'cloud',
  component: 'component',
  event: 'event-type',
  method: 'authentication-method',
  store: 'data-store',
  location: 'location',
} as const satisfies Record<string, TermKind>

export type Dimension = keyof typeof dimensions

/** Each dimension: a term's id, code, label or alias, in either language. */
export type WhereQuery = Partial<Record<Dimension, string>>

/** One row that answers a query: its table, its values and what they name. */
export interface WhereMatch {
  table: Table
  row: Row
}

/** A query named something that no term of its dimension answers to. */
export class UnknownTermError extends Error {
  readonly dimension: Dimension
  readonly value: string

  constructor(dimension: Dimension, value: string) {
    super(`no ${dimensions[dimension]} is called "${value}"`)
    this.name = 'UnknownTermError'
    this.dimension = dimension
    this.value = value
  }
}

const linkNames = (link: TermLink | null, ids: ReadonlySet<string>) =>
  link !== null && ids.has(link.term)

/**
 * The rows of `from` that answer every dimension of `query`. A row answers a dimension when one of
 * its values names that term (or a place that includes it), or when its table applies to the term
 * and does not exclude it: `{ cloud: 'AzureUSGovernment' }` finds the rows of the tables scoped to
 * Azure Government and the row of the sovereign-cloud table that names it.
 * Throws `UnknownTermError` for a name no term of that dimension answers to.
 *
 * @example where(dataset, { cloud: 'AzureUSGovernment', event: 'voice call' })
 */
export function where(from: Dataset, query: WhereQuery): WhereMatch[] {
  const wanted = (Object.entries(query) as [Dimension, string | undefined][])
    .filter((entry): entry is [Dimension, string] => entry[1] !== undefined)
    .map(([dimension, name]) => {
      const terms = findTerms(from, name, dimensions[dimension])
      if (terms.length === 0) throw new UnknownTermError(dimension, name)
      return withParts(from, terms)
    })
  const matches: WhereMatch[] = []
  for (const table of from.tables)
    for (const row of table.rows)
      if (wanted.every((ids) => answers(table, row, ids))) matches.push({ table, row })
  return matches
}

/** The ids of the terms and of every place that includes one of them. */
function withParts(from: Dataset, terms: Term[]): Set<string> {
  const ids = new Set(terms.map((term) => term.id))
  for (const term of from.terms) if (term.includes?.some((part) => ids.has(part))) ids.add(term.id)
  return ids
}

function answers(table: Table, row: Row, ids: ReadonlySet<string>): boolean {
  if (table.excludes.some((id) => ids.has(id))) return false
  if (table.appliesTo.some((id) => ids.has(id))) return true
  return Object.values(row.terms).some((links) => links.some((link) => linkNames(link, ids)))
}

/**
 * The title people read for a table: its heading, and when another table has the same heading,
 * the clouds and components it applies to ("… (Azure public cloud)").
 */
export function tableTitle(table: Table, locale: Locale, from: Dataset): string {
  const heading = (table: Table) => (table.section[locale] ?? table.section.en).at(-1) ?? table.id
  const title = heading(table)
  const twins = from.tables.filter((other) => heading(other) === title)
  if (twins.length < 2) return title
  const labels = table.appliesTo
    .map((id) => from.terms.find((term) => term.id === id)?.label[locale])
    .filter((label): label is string => label !== undefined)
  const scope = labels.length > 0 ? labels.join(', ') : String(twins.indexOf(table) + 1)
  return `${title} (${scope})`
}
