import data from '../data/dataset.json' with { type: 'json' }
import type { ListId, TableId, TermId } from './ids.generated.js'
import { cellPath, enclosingPaths } from './paths.js'
import type {
  Dataset,
  Heading,
  List,
  Locale,
  Note,
  Paragraph,
  Table,
  Term,
  TranslationGap,
} from './types.generated.js'

export {
  atAGlance,
  type CloudAtAGlance,
  type LocationFact,
  type PlaceFact,
  type Quote,
  type RetentionFact,
  type StoreFact,
  type StoreLocation,
} from './at-a-glance.js'
export type * from './corpus-index.generated.js'
export type { ListId, TableId, TermId } from './ids.generated.js'
export {
  type Collection,
  cellPath,
  collections,
  columnPath,
  type EntityPath,
  enclosingPaths,
  entityPath,
  itemPath,
  parsePath,
  rowPath,
  termPath,
  valuePath,
} from './paths.js'
export { type SourceLinks, type SourceSpan, sourceLinks } from './provenance.js'
export { normalizeName } from './terms.js'
export type * from './types.generated.js'
export {
  type Dimension,
  dimensions,
  findTerms,
  tableTitle,
  UnknownTermError,
  type WhereMatch,
  type WhereQuery,
  where,
} from './vocabulary.js'

/**
 * One value per published locale: the source locale's (English) always, a translation's `null`
 * where there is none. The schema's `LocalizedText`, `Section`, `Cell` and friends are instances.
 */
export type Localized<T> = { en: T; sv: T | null }

/** The whole dataset, as in `data/dataset.json`. */
export const dataset = data as Dataset

export const headings: readonly Heading[] = dataset.headings
export const paragraphs: readonly Paragraph[] = dataset.paragraphs
export const tables: readonly Table[] = dataset.tables
export const lists: readonly List[] = dataset.lists
export const notes: readonly Note[] = dataset.notes
/** The vocabulary entries the data links to, sorted by id. */
export const terms: readonly Term[] = dataset.terms

/** By id, then by alias: an id that was retired still finds its entity. */
function index<T extends { id: string; aliases?: readonly string[] }>(entities: readonly T[]) {
  const byId = new Map<string, T>()
  for (const entity of entities) byId.set(entity.id, entity)
  for (const entity of entities)
    for (const alias of entity.aliases ?? []) if (!byId.has(alias)) byId.set(alias, entity)
  return byId
}

const tablesById = index(tables)
const listsById = index(lists)

const termsById = new Map(terms.map((term) => [term.id, term]))

/** The table with this id or alias; a current id is checked at compile time. */
export function getTable(id: TableId): Table
export function getTable(id: string): Table | undefined
export function getTable(id: string): Table | undefined {
  return tablesById.get(id)
}

/** The list with this id or alias; a current id is checked at compile time. */
export function getList(id: ListId): List
export function getList(id: string): List | undefined
export function getList(id: string): List | undefined {
  return listsById.get(id)
}

/** The vocabulary term with this id, such as `cloud/azure-china`. `findTerms` resolves names and codes. */
export function getTerm(id: TermId): Term
export function getTerm(id: string): Term | undefined
export function getTerm(id: string): Term | undefined {
  return termsById.get(id)
}

/**
 * How far a translation can be trusted: `source` for the source locale itself, `current` when it
 * translates the English as it stands, `stale` when the English changed since (the translation is
 * kept; `translates` says what it translates), `missing` when there is none.
 */
export type TranslationStatus = 'source' | 'current' | 'stale' | 'missing'

export interface CellLookup {
  /** One value per English value; `null` where this locale has none. `null` for no cell at all. */
  values: (string | null)[] | null
  status: TranslationStatus
  /** The gaps recorded for this cell and its values in this locale. */
  gaps: TranslationGap[]
}

/**
 * One cell, by table (id or alias), row and column id, in one locale, with how current its
 * translation is. `undefined` when an id is unknown.
 *
 * @example lookup('multifactor-authentication-activity-reports-for-sovereign-clouds', 'microsoft-azure-operated-by-21vianet', 'sign-in-logs').values // ['China']
 */
export function lookup(
  tableId: string,
  rowId: string,
  columnId: string,
  locale: Locale = 'en',
  from: Dataset = dataset,
): CellLookup | undefined {
  const table = from === dataset ? getTable(tableId) : index(from.tables).get(tableId)
  const cell = table?.rows.find((row) => row.id === rowId)?.cells[columnId]
  if (!table || cell === undefined) return undefined
  const values = cell[locale]
  if (locale === from.locales[0]) return { values, status: 'source', gaps: [] }
  const path = cellPath(table.id, rowId, columnId)
  const gaps = gapsAt(path, locale, from)
  const status: TranslationStatus =
    values === null || values.some((value) => value === null) ? 'missing' : statusOf(gaps)
  return { values, status, gaps }
}

/**
 * The gaps that speak for a path: those recorded on it, on what contains it (a missing row or
 * table) and inside it (one value of a cell). Extra content has no place, so it speaks for none.
 */
function gapsAt(path: string, locale: Locale, from: Dataset): TranslationGap[] {
  const enclosing = new Set(enclosingPaths(path))
  return from.translationGaps.filter(
    (gap) =>
      gap.locale === locale &&
      gap.kind !== 'extra' &&
      (enclosing.has(gap.path) || gap.path.startsWith(`${path}/`)),
  )
}

function statusOf(gaps: readonly TranslationGap[]): TranslationStatus {
  if (gaps.some((gap) => gap.kind === 'missing')) return 'missing'
  return gaps.some((gap) => gap.kind === 'stale') ? 'stale' : 'current'
}

/** The status of the translation at any entity path, for example `paragraphs/<id>`, as `lookup` judges a cell. */
export function translationStatus(
  path: string,
  locale: Locale,
  from: Dataset = dataset,
): TranslationStatus {
  if (locale === from.locales[0]) return 'source'
  return statusOf(gapsAt(path, locale, from))
}
