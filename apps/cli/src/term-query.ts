import {
  type Dataset,
  type Dimension,
  dimensions,
  findTerms,
  type Table,
  UnknownTermError,
  type WhereMatch,
  type WhereQuery,
  where,
} from '@mfa-residency/dataset'
import { UsageError } from './context.js'
import type { Messages } from './messages.js'
import { termsOf } from './term-lookup.js'
import { matches, suggest } from './text-match.js'

/*
 * `where` and `stores` ask the dataset's `where()`: one option per dimension it knows, each naming
 * a term by id, code, label or alias in either language. `--scope <text>` is the one text filter
 * left: it narrows to the tables whose section or lead-in contains the words, and alone it asks
 * for every row of those tables.
 */

const SCOPE = 'scope'

/** What was asked: one term name per dimension, and the `--scope` texts. */
export interface TermQuery {
  terms: WhereQuery
  scope: string[]
}

const isDimension = (name: string): name is Dimension => Object.hasOwn(dimensions, name)

const listed = () =>
  Object.keys(dimensions)
    .map((name) => `--${name}`)
    .join(', ')

/**
 * The dimension for a name that is a column's id (the dimensions before terms): the one whose kind
 * the column's values are, when they are all of one kind.
 */
function dimensionOfColumn(dataset: Dataset, name: string): Dimension | undefined {
  const kinds = new Set<string>()
  for (const table of dataset.tables)
    for (const row of table.rows)
      for (const link of row.terms[name] ?? [])
        if (link) kinds.add(termsOf(dataset).get(link.term)?.kind ?? '')
  const [kind] = kinds
  if (kinds.size !== 1) return undefined
  return (Object.keys(dimensions) as Dimension[]).find(
    (dimension) => dimensions[dimension] === kind,
  )
}

/**
 * "unknown dimension --sign-in-logs; did you mean --location?": for a column's id, the dimension
 * its values are; otherwise the nearest dimension, in the spelling typed.
 */
export function unknownDimension(
  dataset: Dataset,
  typed: string,
  candidates: readonly string[],
  messages: Messages,
): UsageError {
  const name = typed.replace(/^-+/, '')
  const guess = dimensionOfColumn(dataset, name) ?? suggest(name, candidates)
  return new UsageError(
    `${messages.unknownDimension(typed)}${guess ? messages.didYouMean(`--${guess}`) : ''}${messages.dimensionsAre(listed())}`,
  )
}

/** The query in the `[dimension, term]` pairs; a usage error for a repeated dimension, or none at all. */
export function readQuery(
  pairs: readonly [string, string][],
  needsQuery: boolean,
  messages: Messages,
): TermQuery {
  const query: TermQuery = { terms: {}, scope: [] }
  for (const [name, value] of pairs) {
    if (name === SCOPE) query.scope.push(value)
    else if (!isDimension(name)) throw new Error(`not a dimension: ${name}`)
    else if (query.terms[name] !== undefined) {
      throw new UsageError(messages.dimensionTwice(`--${name}`))
    } else query.terms[name] = value
  }
  if (needsQuery && Object.keys(query.terms).length === 0 && query.scope.length === 0) {
    throw new UsageError(messages.needsQuery(listed()))
  }
  return query
}

const scopeText = (table: Table) =>
  [
    ...table.section.en,
    ...(table.section.sv ?? []),
    table.leadIn.en ?? '',
    table.leadIn.sv ?? '',
  ].join(' ')

/** The rows that answer the query, in document order; a usage error for a name no term answers to. */
export function runQuery(dataset: Dataset, query: TermQuery, messages: Messages): WhereMatch[] {
  let found: WhereMatch[]
  try {
    found = where(dataset, query.terms)
  } catch (error) {
    throw error instanceof UnknownTermError ? unknownTerm(dataset, error, messages) : error
  }
  return found.filter(({ table }) => query.scope.every((text) => matches(text, scopeText(table))))
}

/**
 * The rows of an older version's answer, or null when its vocabulary lacks a term the query names
 * (that version cannot answer it). Any other failure is a fault and propagates.
 */
export function answerIn(dataset: Dataset, query: TermQuery): WhereMatch[] | null {
  try {
    return where(dataset, query.terms).filter(({ table }) =>
      query.scope.every((text) => matches(text, scopeText(table))),
    )
  } catch (error) {
    if (error instanceof UnknownTermError) return null
    throw error
  }
}

/**
 * "no cloud is called "Kina"; "Kina" is a location: did you mean --location "Kina"?", or the
 * nearest code or label of the dimension's kind.
 */
function unknownTerm(dataset: Dataset, error: UnknownTermError, messages: Messages): UsageError {
  const kind = dimensions[error.dimension]
  const other = findTerms(dataset, error.value)
    .map((term) => ({
      term,
      dimension: (Object.keys(dimensions) as Dimension[]).find(
        (name) => dimensions[name] === term.kind,
      ),
    }))
    .find((entry) => entry.dimension !== undefined)
  let hint: string
  if (other) {
    hint = `; ${messages.isOtherDimension(error.value, other.term.kind, `--${other.dimension}`)}`
  } else {
    const names = dataset.terms
      .filter((term) => term.kind === kind)
      .flatMap((term) => [...(term.code ? [term.code] : []), term.label.en, term.label.sv])
    const guess = names.length === 0 ? null : suggest(error.value, [...new Set(names)])
    hint =
      names.length === 0
        ? `; ${messages.noTermOfKind(kind)}`
        : guess
          ? messages.didYouMean(`"${guess}"`)
          : ''
  }
  return new UsageError(
    `${messages.noTermCalled(kind, error.value)}${hint}${messages.termsOfKind(kind)}`,
  )
}

/** "--cloud "21vianet" and --event "voice call" within --scope government", for messages. */
export function describeQuery(query: TermQuery, messages: Messages): string {
  const asked = Object.entries(query.terms).map(([name, value]) => `--${name} "${value}"`)
  const scope = query.scope.length > 0 ? messages.within(query.scope.join(', ')) : ''
  return `${asked.length > 0 ? asked.join(messages.and) : messages.theQuery}${scope}`
}
