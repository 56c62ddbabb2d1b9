import type { Dataset } from '@mfa-residency/dataset'
import {
  type ChangeValue,
  createHistory,
  expandValue,
  type History,
  type HistoryQueries,
  type TimelineChange,
  type TimelineEntry,
  type TimelinePoint,
  unpackSnapshot,
} from '@mfa-residency/dataset/history-queries'
import type { HistoryMessages } from './history-messages.js'

/** A version of the timeline as the CLI names it: when, which commit, how sure. */
export interface PointInfo {
  index: number
  key: string
  locale: string
  date: string
  commit: string | null
  provenance: 'commit' | 'presumed' | 'unknown'
}

/** A point for `--json`. */
export const pointJson = ({ key, locale, date, commit }: PointInfo) => ({
  key,
  locale,
  date,
  commit,
})

/** `commit 14d4dbf`, `commit presumed`, `commit unknown`. */
export function commitText(point: PointInfo, words: HistoryMessages): string {
  if (point.commit !== null) return words.commit(point.commit.slice(0, 7))
  return point.provenance === 'presumed' ? words.commitPresumed : words.commitUnknown
}

/**
 * One history, read once per run: its points, each point's dataset unpacked only when asked
 * (and once), the decoded timeline. The last point's dataset is today's, the one the CLI read.
 */
export class HistoryView {
  readonly points: readonly PointInfo[]
  readonly last: number
  private readonly datasets = new Map<number, Dataset>()
  private entries: TimelineEntry[] | null = null
  private queries: HistoryQueries | null = null
  private readonly paths = new Map<number, string[]>()

  constructor(
    readonly history: History,
    today: Dataset,
  ) {
    const versions = new Map(history.versions.map((v) => [`${v.locale} ${v.key}`, v]))
    this.points = history.timeline.map((point: TimelinePoint, index) => ({
      index,
      key: point.key,
      locale: point.locale,
      date: point.date,
      commit: point.commit,
      provenance: versions.get(`${point.locale} ${point.key}`)?.provenance ?? 'unknown',
    }))
    this.last = this.points.length - 1
    this.datasets.set(this.last, today)
  }

  /** The dataset once point `index` had appeared, with today's ids. */
  datasetAt(index: number): Dataset {
    let dataset = this.datasets.get(index)
    if (!dataset) {
      const { snapshot } = this.history.timeline[index] as TimelinePoint
      dataset = unpackSnapshot(this.history.pool, snapshot) as Dataset
      this.datasets.set(index, dataset)
    }
    return dataset
  }

  /** The index of the last point on or before `date` (YYYY-MM-DD), -1 before the first. */
  pointOn(date: string): number {
    let found = -1
    for (const point of this.points) if (point.date <= date) found = point.index
    return found
  }

  /** One entry per point, with its changes decoded. */
  timeline(): readonly TimelineEntry[] {
    this.entries ??= this.historyQueries().timeline()
    return this.entries
  }

  /** The paths point `index` changed, decoded alone: most questions need no more. */
  changedPaths(index: number): readonly string[] {
    let paths = this.paths.get(index)
    if (!paths) {
      const pool = this.history.pool
      paths = (this.history.timeline[index]?.changes ?? []).map(
        ([path]) => expandValue(pool, path) as string,
      )
      this.paths.set(index, paths)
    }
    return paths
  }

  /** The changes of point `index` at or under `path`, with their texts. */
  changesUnder(index: number, path: string): TimelineChange[] {
    const pool = this.history.pool
    const raw = this.history.timeline[index]?.changes ?? []
    return this.changedPaths(index).flatMap((changed, at) => {
      if (changed !== path && !changed.startsWith(`${path}/`)) return []
      const [, kind, level, before, after] = raw[at]!
      const text = (value: ChangeValue) => expandValue(pool, value) as ChangeValue
      return [{ path: changed, kind, level, before: text(before), after: text(after) }]
    })
  }

  historyQueries(): HistoryQueries {
    this.queries ??= createHistory(this.history)
    return this.queries
  }

  /**
   * Whether point `index` changed a table or a term in a way that can change which rows a term
   * query answers: by the SemVer policy of the comparison, a term a value names, a row or a scope
   * is a major or minor change; a patch changes text only, which only `--scope` reads.
   */
  changedForQuery(index: number, textsToo: boolean): boolean {
    const raw = this.history.timeline[index]?.changes ?? []
    return this.changedPaths(index).some(
      (path, at) =>
        (path.startsWith('tables/') || path.startsWith('terms/')) &&
        (textsToo || raw[at]![2] === 'major' || raw[at]![2] === 'minor'),
    )
  }

  /**
   * Point `index`'s tables and terms alone: all that a term query reads. Points that share a
   * vocabulary share its terms array, and with it the dataset package's index of its names.
   */
  queryPartsAt(index: number): Dataset {
    if (index === this.last) return this.datasetAt(index)
    const { locale, key } = this.points[index] as PointInfo
    return this.historyQueries().partsAt(locale, key, ['tables', 'terms']) as Dataset
  }

  /**
   * A term query's answer at every point, as a map by item id. A point that changed nothing the
   * query reads (`changedForQuery`; `textsToo` for a query with `--scope`) answers as the point
   * before it. The older points' datasets hold only their tables and terms, which is all that
   * `where()`, `tableTitle` and the term lookups read.
   */
  answersOver<T>(
    answer: (dataset: Dataset) => ReadonlyMap<string, T>,
    textsToo: boolean,
  ): ReadonlyMap<string, T>[] {
    const answers: ReadonlyMap<string, T>[] = []
    for (const point of this.points) {
      const previous = answers[point.index - 1]
      const { index } = point
      if (index === this.last) answers.push(answer(this.datasetAt(index)))
      else if (previous && !this.changedForQuery(index, textsToo)) answers.push(previous)
      else answers.push(answer(this.queryPartsAt(index)))
    }
    return answers
  }
}
