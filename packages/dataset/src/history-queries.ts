import type {
  ChangeValue,
  History,
  LedgerChange,
  TimelinePoint,
  VersionRef,
} from './history.generated.js'
import { entitiesOf } from './history-entities.js'
import { type DatasetPart, PartsUnpacker } from './history-parts.js'
import { expandValue, unpackSnapshot } from './history-snapshot.js'
import type { Dataset } from './types.generated.js'

export type * from './history.generated.js'
export type { DatasetPart } from './history-parts.js'
export { expandValue, unpackSnapshot } from './history-snapshot.js'

/** A point of the timeline: which version, when, from which commit. */
export interface PointRef {
  key: string
  locale: string
  date: string
  commit: string | null
}

/** One change, at an entity path in today's ids, with its texts before and after. */
export interface TimelineChange {
  path: string
  kind: LedgerChange[1]
  /** As the SemVer policy of the comparison decides it. */
  level: LedgerChange[2]
  before: ChangeValue
  after: ChangeValue
}

/** What one version changed. */
export interface TimelineEntry extends PointRef {
  changes: TimelineChange[]
}

/** One change of an entity (or of something inside it, named by `path`). */
export interface EntityChange extends TimelineChange {
  key: string
  locale: string
  date: string
  commit: string | null
}

/** One entity through time: when it was first and last seen, and every change it went through. */
export interface EntityHistory {
  path: string
  /** Whether the entity is in today's dataset. */
  current: boolean
  firstSeen: PointRef
  lastSeen: PointRef
  changes: EntityChange[]
}

export interface HistoryQueries {
  /** Every upstream version of every locale, in timeline order. */
  versions: readonly VersionRef[]
  /** One entry per version, oldest first, with the changes it made. */
  timeline(): TimelineEntry[]
  /**
   * One entity by path (`lists/<id>/items/<id>`), with the changes inside it; or, for a term id
   * (`data-store/blocked-users`), the term's own entry and every entity that ever named it.
   * Empty when nothing by that path or term was ever seen.
   */
  historyOf(pathOrTermId: string): EntityHistory[]
  /** The dataset as it stood on a day (`YYYY-MM-DD`): from the last version on or before it. */
  asOf(date: string): Dataset
  /** The dataset once one version (by locale and key, `en`, `2021-01-14.1`) had appeared. */
  atVersion(locale: string, key: string): Dataset
  /**
   * Some parts of the dataset once a version had appeared, equal to those of `atVersion(locale,
   * key)`, unpacked alone and remembered: a part that versions share (a vocabulary; a table that
   * neither changed nor moved) is the same object for all of them, so asking every version costs
   * about as much as one `atVersion`. Shared, so read-only: clone what you change.
   *
   * @example partsAt('en', '2021-01-14.1', ['tables', 'terms'])
   */
  partsAt<Part extends DatasetPart>(
    locale: string,
    key: string,
    parts: readonly Part[],
  ): Pick<Dataset, Part>
}

const collections = ['headings/', 'paragraphs/', 'tables/', 'lists/', 'notes/', 'terms/']

function pointRef(point: TimelinePoint): PointRef {
  return { key: point.key, locale: point.locale, date: point.date, commit: point.commit }
}

function checkedDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const parsed = match ? new Date(`${date}T00:00:00Z`) : null
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
    throw new RangeError(`asOf: "${date}" is not a date: expected YYYY-MM-DD, such as 2021-06-03`)
  return date
}

/** The timeline with each change's path and texts taken out of the pool. */
function decodeTimeline(history: History): TimelineEntry[] {
  return history.timeline.map((point) => ({
    ...pointRef(point),
    changes: point.changes.map(([path, kind, level, before, after]) => ({
      path: expandValue(history.pool, path) as string,
      kind,
      level,
      before: expandValue(history.pool, before) as ChangeValue,
      after: expandValue(history.pool, after) as ChangeValue,
    })),
  }))
}

/** The index of the last point on or before `day`. */
function pointOn(points: readonly TimelinePoint[], date: string): number {
  const day = checkedDate(date)
  let found = -1
  points.forEach((point, index) => {
    if (point.date <= day) found = index
  })
  if (found >= 0) return found
  throw new RangeError(
    points.length === 0
      ? 'asOf: the history has no versions'
      : `asOf: ${day} is before the first version (${points[0]?.date}); the history starts there`,
  )
}

/** Every path that ever named the term, the term's own entry first. */
function namingTerm(index: readonly Map<string, Set<string>>[], term: string): string[] {
  const paths = new Set<string>()
  for (const entities of index)
    for (const [path, named] of entities) if (named.has(term)) paths.add(path)
  const own = `terms/${term}`
  return [...paths].sort((a, b) => (a === own ? -1 : b === own ? 1 : a < b ? -1 : 1))
}

/** Queries over a history: the published one, or any other (a temporary copy, a test's). */
export function createHistory(history: History): HistoryQueries {
  const points = history.timeline
  const datasets = new Map<number, Dataset>()
  const indexOf = (query: string, locale: string, key: string) => {
    const index = points.findIndex((point) => point.locale === locale && point.key === key)
    if (index < 0) throw new RangeError(`${query}: no ${locale} version ${key} in the history`)
    return index
  }
  let unpacker: PartsUnpacker | null = null
  const parts = new Map<string, Partial<Dataset>>()
  const datasetAt = (index: number): Dataset => {
    let dataset = datasets.get(index)
    if (!dataset) {
      dataset = unpackSnapshot(history.pool, (points[index] as TimelinePoint).snapshot) as Dataset
      datasets.set(index, dataset)
    }
    return dataset
  }
  let entries: TimelineEntry[] | null = null
  const timeline = () => {
    entries ??= decodeTimeline(history)
    return entries
  }
  let entityIndex: Map<string, Set<string>>[] | null = null
  const entitiesAt = () => {
    entityIndex ??= points.map((_, index) => entitiesOf(datasetAt(index)))
    return entityIndex
  }

  const entityHistory = (path: string): EntityHistory | null => {
    const seen = entitiesAt().flatMap((entities, index) => (entities.has(path) ? [index] : []))
    const first = seen[0]
    const last = seen.at(-1)
    if (first === undefined || last === undefined) return null
    const changes = timeline().flatMap(({ changes: all, ...point }) =>
      all
        .filter((change) => change.path === path || change.path.startsWith(`${path}/`))
        .map((change) => ({ ...point, ...change })),
    )
    return {
      path,
      current: last === points.length - 1,
      firstSeen: pointRef(points[first] as TimelinePoint),
      lastSeen: pointRef(points[last] as TimelinePoint),
      changes,
    }
  }

  return {
    versions: history.versions,
    timeline: () => structuredClone(timeline()),
    historyOf(pathOrTermId) {
      const isPath = collections.some((prefix) => pathOrTermId.startsWith(prefix))
      const paths = isPath ? [pathOrTermId] : namingTerm(entitiesAt(), pathOrTermId)
      return paths.flatMap((path) => entityHistory(path) ?? [])
    },
    asOf: (date) => structuredClone(datasetAt(pointOn(points, date))),
    atVersion: (locale, key) => structuredClone(datasetAt(indexOf('atVersion', locale, key))),
    partsAt<Part extends DatasetPart>(locale: string, key: string, wanted: readonly Part[]) {
      const index = indexOf('partsAt', locale, key)
      const memo = `${index} ${wanted.join()}`
      let found = parts.get(memo)
      if (!found) {
        unpacker ??= new PartsUnpacker(history.pool)
        found = unpacker.partsOf((points[index] as TimelinePoint).snapshot, wanted)
        parts.set(memo, found)
      }
      return found as Pick<Dataset, Part>
    },
  }
}
