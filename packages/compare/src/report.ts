/** What a change does to the dataset's version: the semver bump it asks for, or none. */
export type Level = 'major' | 'minor' | 'patch' | 'none'

/** data: an extracted value changed; cosmetic: nothing extracted changed; translation-drift: a locale fell behind. */
export type Classification = 'data' | 'cosmetic' | 'translation-drift'

export type ChangeKind =
  | 'metadata'
  | 'prose'
  | 'table'
  | 'column'
  | 'row'
  | 'cell'
  | 'list'
  | 'list-item'
  | 'note'
  | 'formatting'
  | 'translation-drift'

export type Action =
  | 'added'
  | 'removed'
  | 'changed'
  | 'renamed'
  | 'missing'
  | 'stale'
  | 'extra'
  | 'resolved'

/** A word-level edit: kept, removed or added text. */
export interface WordEdit {
  op: '=' | '-' | '+'
  text: string
}

/** Where a change sits in one version of a source file (1-based, inclusive). */
export interface SourceLines {
  file: string
  line: number
  endLine: number
}

export interface Change {
  kind: ChangeKind
  action: Action
  classification: Classification
  level: Level
  /** The locale whose source changed, or `null` for the whole article. */
  locale: string | null
  /** Dataset-style address: `tables/<id>/rows/<id>/cells/<column>`, `lists/<id>/items/<id>`, `paragraphs/<id>`, `metadata/<locale>/msDate`… */
  path: string
  /** The table, list or note the change belongs to, for grouping. */
  entity: string | null
  /** One sentence a reviewer can read. */
  summary: string
  before?: string | string[] | null
  after?: string | string[] | null
  /** For text: word-level before/after. */
  words?: WordEdit[]
  /** For cells: values that appeared and disappeared, and whether the order alone changed. */
  valuesAdded?: string[]
  valuesRemoved?: string[]
  reordered?: boolean
  /** For translation drift: the translation that translates `before` and needs redoing. */
  translation?: string | string[]
  base?: SourceLines
  head?: SourceLines
}

export interface Report {
  schemaVersion: 1
  base: string
  head: string
  /** The largest level among the changes: the bump the dataset release needs. */
  bump: Level
  counts: Record<Classification, number>
  changes: Change[]
}

const order: readonly Level[] = ['none', 'patch', 'minor', 'major']

export function maxLevel(levels: Iterable<Level>): Level {
  let best: Level = 'none'
  for (const level of levels) if (order.indexOf(level) > order.indexOf(best)) best = level
  return best
}

export function makeReport(base: string, head: string, changes: Change[]): Report {
  const counts: Record<Classification, number> = { data: 0, cosmetic: 0, 'translation-drift': 0 }
  for (const change of changes) counts[change.classification]++
  return {
    schemaVersion: 1,
    base,
    head,
    bump: maxLevel(changes.map((change) => change.level)),
    counts,
    changes,
  }
}
