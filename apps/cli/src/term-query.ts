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
import { termsOf } from './term-lookup.js'
import { matches, suggest } from './text-match.js'

/*
 * `where` and `stores` ask the dataset's `where()`: one option per dimension it knows, each naming
 * a term by id, code, label or alias in either language. `--scope <text>` is the one text filter
 * left: it narrows to the tables whose section or lead-in contains the words.
 */

const SCOPE = 'scope'

/** How each dimension is described in `--help`; typed by the package's dimensions, so none is missed. */
const examples: Record<Dimension, string> = {
  cloud: 'a cloud, in a value or a table’s scope: AzureChinaCloud, 21Vianet, AzureUSGovernment',
  component: 'a component: "cloud mfa", "MFA Server", "NPS extension"',
  event: 'an event type: "voice call", voice-call, Röstsamtal, "one-way SMS"',
  method: 'an authentication method: "all methods", "push notification"',
  store: 'a data store: "blocked users", "activity reports", "sign-in logs"',
  location: 'a place: CN, US, Kina, "customer’s region"',
}

/** The query options for `--help`, as cac declares them. */
export const queryOptions = [
  ...(Object.keys(dimensions) as Dimension[]).map((dimension) => ({
    flag: `--${dimension} <term>`,
    description: examples[dimension],
  })),
  {
    flag: `--${SCOPE} <text>`,
    description: 'only tables whose section or lead-in has these words',
  },
]

const globalFlags = new Set(['--json', '--no-color', '--color'])
const globalWithValue = ['--lang', '--dataset']

/** The tokens after the subcommand, without the global options that every command reads. */
export function queryArgv(argv: readonly string[], command: string): string[] {
  const rest = argv.slice(argv.indexOf(command) + 1)
  const tokens: string[] = []
  for (let index = 0; index < rest.length; index++) {
    const token = rest[index]!
    if (globalFlags.has(token)) continue
    if (globalWithValue.includes(token)) index++
    else if (!globalWithValue.some((option) => token.startsWith(`${option}=`))) tokens.push(token)
  }
  return tokens
}

/** `--name value` and `--name=value` pairs, in order. */
function optionPairs(argv: readonly string[]): [string, string][] {
  const pairs: [string, string][] = []
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index]!
    if (!token.startsWith('--'))
      throw new UsageError(`unexpected argument "${token}": give --<dimension> <term>`)
    const [name, inline] = token.slice(2).split(/=(.*)/s)
    const value = inline ?? argv[++index]
    if (
      value === undefined ||
      value.trim() === '' ||
      (inline === undefined && value.startsWith('--'))
    ) {
      throw new UsageError(`--${name} needs a value`)
    }
    pairs.push([name!, value])
  }
  return pairs
}

/** What was asked: one term name per dimension, and the `--scope` texts. */
export interface TermQuery {
  terms: WhereQuery
  scope: string[]
}

const isDimension = (name: string): name is Dimension => Object.hasOwn(dimensions, name)

const listed = () =>
  `Dimensions: ${Object.keys(dimensions)
    .map((name) => `--${name}`)
    .join(', ')}; --${SCOPE} <text> narrows them to tables by their words.`

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

/** The query in `argv`; a usage error for an unknown or repeated option, or, when `needsTerm`, no term. */
export function readQuery(
  dataset: Dataset,
  argv: readonly string[],
  needsTerm: boolean,
): TermQuery {
  const query: TermQuery = { terms: {}, scope: [] }
  for (const [name, value] of optionPairs(argv)) {
    if (name === SCOPE) query.scope.push(value)
    else if (!isDimension(name)) {
      const guess =
        dimensionOfColumn(dataset, name) ?? suggest(name, [...Object.keys(dimensions), SCOPE])
      throw new UsageError(
        `unknown dimension --${name}${guess ? `; did you mean --${guess}?` : ''} ${listed()}`,
      )
    } else if (query.terms[name] !== undefined) {
      throw new UsageError(`--${name} is given twice; a row answers one term per dimension`)
    } else query.terms[name] = value
  }
  if (needsTerm && Object.keys(query.terms).length === 0) {
    throw new UsageError(`give at least one dimension and a term. ${listed()}`)
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
export function runQuery(dataset: Dataset, query: TermQuery): WhereMatch[] {
  let found: WhereMatch[]
  try {
    found = where(dataset, query.terms)
  } catch (error) {
    throw error instanceof UnknownTermError ? unknownTerm(dataset, error) : error
  }
  return found.filter(({ table }) => query.scope.every((text) => matches(text, scopeText(table))))
}

/**
 * "no cloud is called "Kina"; "Kina" is a location: did you mean --location "Kina"?", or the
 * nearest code or label of the dimension's kind.
 */
function unknownTerm(dataset: Dataset, error: UnknownTermError): UsageError {
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
    hint = `"${error.value}" is a ${other.term.kind}: did you mean --${other.dimension} "${error.value}"?`
  } else {
    const names = dataset.terms
      .filter((term) => term.kind === kind)
      .flatMap((term) => [...(term.code ? [term.code] : []), term.label.en, term.label.sv])
    const guess = suggest(error.value, [...new Set(names)])
    hint = guess ? `did you mean "${guess}"?` : `the dataset has no ${kind} at all`
  }
  return new UsageError(
    `${error.message}; ${hint} (\`mfa-residency terms --kind ${kind}\` lists them)`,
  )
}

/** "--cloud "21vianet" and --event "voice call" within --scope government", for messages. */
export function describeQuery(query: TermQuery): string {
  const asked = Object.entries(query.terms).map(([name, value]) => `--${name} "${value}"`)
  const scope = query.scope.length > 0 ? ` within --${SCOPE} ${query.scope.join(', ')}` : ''
  return `${asked.length > 0 ? asked.join(' and ') : 'the query'}${scope}`
}
