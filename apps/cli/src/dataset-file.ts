import { readFileSync } from 'node:fs'
import type { Dataset } from '@mfa-residency/dataset'
import { UsageError } from './context.js'
import { en, type Messages } from './messages.js'

/*
 * The commands trust the dataset's shape. The bundled one was validated against the schema when
 * it was generated; a file named on the command line was not, so it is checked here for what the
 * commands read, and a wrong file fails with where it is wrong instead of deep inside a command.
 */

/** A problem at `at`, or null. */
type Check = (value: unknown, at: string) => string | null

const firstProblem = (problems: Iterable<string | null>) => {
  for (const problem of problems) if (problem !== null) return problem
  return null
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

const string: Check = (value, at) => (typeof value === 'string' ? null : `${at} must be a string`)
const integer: Check = (value, at) => (Number.isInteger(value) ? null : `${at} must be an integer`)
const boolean: Check = (value, at) =>
  typeof value === 'boolean' ? null : `${at} must be true or false`
const nullable =
  (check: Check): Check =>
  (value, at) =>
    value === null ? null : check(value, at)
const optional =
  (check: Check): Check =>
  (value, at) =>
    value === undefined ? null : check(value, at)
const oneOf =
  (...allowed: unknown[]): Check =>
  (value, at) =>
    allowed.includes(value)
      ? null
      : `${at} must be ${allowed.map((item) => JSON.stringify(item)).join(' or ')}`
const array =
  (item: Check): Check =>
  (value, at) =>
    Array.isArray(value)
      ? firstProblem(value.map((entry, index) => item(entry, `${at}[${index}]`)))
      : `${at} must be an array`
const record =
  (item: Check): Check =>
  (value, at) =>
    isRecord(value)
      ? firstProblem(Object.entries(value).map(([key, entry]) => item(entry, `${at}.${key}`)))
      : `${at} must be an object`
const object =
  (shape: Record<string, Check>): Check =>
  (value, at) =>
    isRecord(value)
      ? firstProblem(Object.entries(shape).map(([key, check]) => check(value[key], `${at}.${key}`)))
      : `${at} must be an object`
/** Each check runs only when the ones before it passed: the later ones rely on them. */
const both =
  (...checks: Check[]): Check =>
  (value, at) => {
    for (const check of checks) {
      const problem = check(value, at)
      if (problem !== null) return problem
    }
    return null
  }

const text = object({ en: string, sv: nullable(string) })
const optionalText = object({ en: nullable(string), sv: nullable(string) })
const position = object({ line: integer, endLine: integer })
const source = object({ en: position, sv: nullable(position) })
const section = object({ en: array(string), sv: nullable(array(string)) })
const entity = { id: string, aliases: optional(array(string)), source }
const textOrTexts: Check = (value, at) => (Array.isArray(value) ? array(string) : string)(value, at)

const cell = object({ en: array(string), sv: nullable(array(nullable(string))) })
const termLink = object({ term: string, qualifiers: optional(array(string)) })
const row = object({ ...entity, cells: record(cell), terms: record(array(nullable(termLink))) })
const everyColumnHasCells: Check = (value, at) => {
  const table = value as { columns: { id: string }[]; rows: { cells: Record<string, unknown> }[] }
  for (const [index, row] of table.rows.entries()) {
    const column = table.columns.find(({ id }) => row.cells[id] === undefined)
    if (column) return `${at}.rows[${index}].cells has no cell for column "${column.id}"`
  }
  return null
}
const table = both(
  object({
    ...entity,
    section,
    leadIn: optionalText,
    appliesTo: array(string),
    excludes: array(string),
    columns: array(object({ id: string, label: text })),
    rows: array(row),
  }),
  everyColumnHasCells,
)

const names = optional(record(array(string)))
const term = object({
  id: string,
  kind: string,
  code: optional(string),
  includes: optional(array(string)),
  label: object({ en: string, sv: string }),
  aliases: names,
  valueAliases: names,
})

const sourceDocument = object({
  path: string,
  sha256: string,
  title: nullable(string),
  msDate: nullable(string),
})

const datasetShape = object({
  schemaVersion: oneOf(2),
  locales: both(array(string), (value, at) =>
    (value as unknown[]).length === 2 ? null : `${at} must name two locales`,
  ),
  sources: object({ en: sourceDocument, sv: sourceDocument }),
  outline: array(string),
  headings: array(object({ ...entity, level: integer, text })),
  paragraphs: array(object({ ...entity, section, text })),
  tables: array(table),
  lists: array(
    object({
      ...entity,
      ordered: boolean,
      section,
      leadIn: optionalText,
      items: array(object({ ...entity, text })),
    }),
  ),
  notes: array(object({ ...entity, kind: string, section, text })),
  terms: array(term),
  translationGaps: array(
    object({
      kind: oneOf('missing', 'stale', 'extra'),
      locale: string,
      path: string,
      reason: string,
      translates: optional(textOrTexts),
      text: optional(textOrTexts),
    }),
  ),
})

/** The dataset in a JSON file, or a UsageError that says what is wrong with it. */
export function readDatasetFile(file: string, messages: Messages = en): Dataset {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new UsageError(messages.cannotRead(file, (error as Error).message))
  }
  const problem = datasetShape(value, 'dataset')
  if (problem !== null) {
    throw new UsageError(messages.notADataset(file, problem))
  }
  return value as Dataset
}
