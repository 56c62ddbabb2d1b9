/* This file was generated from data/report.schema.json by scripts/generate-types.mjs.
 * DO NOT MODIFY BY HAND: edit the schema and run `pnpm --filter @mfa-residency/compare types`. */

/**
 * What a change does to the dataset's version: the semver bump it asks for, or none.
 *
 * This interface was referenced by `Report`'s JSON-Schema
 * via the `definition` "level".
 */
export type Level = 'major' | 'minor' | 'patch' | 'none'
/**
 * This interface was referenced by `Report`'s JSON-Schema
 * via the `definition` "changeKind".
 */
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
  | 'term'
  | 'quantity'
  | 'mention'
  | 'link'
  | 'footnote'
  | 'formatting'
  | 'translation-drift'
/**
 * This interface was referenced by `Report`'s JSON-Schema
 * via the `definition` "action".
 */
export type Action =
  'added' | 'removed' | 'changed' | 'renamed' | 'missing' | 'stale' | 'extra' | 'resolved'
/**
 * data: an extracted value changed; cosmetic: nothing extracted changed; translation-drift: a locale fell behind.
 *
 * This interface was referenced by `Report`'s JSON-Schema
 * via the `definition` "classification".
 */
export type Classification = 'data' | 'cosmetic' | 'translation-drift'
/**
 * This interface was referenced by `Report`'s JSON-Schema
 * via the `definition` "text".
 */
export type ChangeText = string | string[] | null

/**
 * What changed between two versions of the docs or the dataset, as `pnpm docs:diff --format json` prints it.
 */
export interface Report {
  schemaVersion: 1
  base: string
  head: string
  bump: Level
  counts: {
    data: number
    cosmetic: number
    'translation-drift': number
  }
  summary: Summary
  changes: Change[]
  /**
   * Values and items of the head that the vocabulary names nothing for, and that the base named or did not have: each to be given a term or an alias. Present when the comparison linked values to a vocabulary.
   */
  toCurate?: UnmappedValue[]
}
/**
 * What a reviewer reads first, worked out from both datasets: the changes that set the bump, the facts that changed entity by entity in the vocabulary's words, and the translation status per locale. Text in it is plain; each output escapes it.
 *
 * This interface was referenced by `Report`'s JSON-Schema
 * via the `definition` "summary".
 */
export interface Summary {
  /**
   * The changes at the bump's level, by what they do, named briefly: `3 tables removed: …`. Empty when the bump is none.
   */
  because: string[]
  /**
   * Every table, list and note a data change touches, then prose, the vocabulary and the metadata as groups: each data change belongs to exactly one.
   */
  entities: SummaryEntity[]
  /**
   * Per translated locale, the translation gaps this change opened and closed.
   */
  translations: TranslationStatus[]
  /**
   * A short name for each change, parallel to `changes`: the place it touches in words (`Voice call · Data store type`).
   */
  labels: string[]
  /**
   * What each added or removed table, row, list or note holds, in the source locale.
   */
  contents: EntityContents[]
}
/**
 * One entity, or one group, and what changed in it, in words.
 *
 * This interface was referenced by `Report`'s JSON-Schema
 * via the `definition` "summaryEntity".
 */
export interface SummaryEntity {
  /**
   * The entity (`tables/<id>`, `lists/<id>`, `notes/<id>`) or the group (`prose`, `terms`, `metadata`).
   */
  path: string
  kind: 'table' | 'list' | 'note' | 'prose' | 'vocabulary' | 'metadata'
  /**
   * What people call it: a table's title, a list's heading, a note's heading and kind, or the group's name.
   */
  name: string
  /**
   * Present when the whole entity was added or removed.
   */
  action?: 'added' | 'removed'
  level: Level
  /**
   * What changed, one fact each (`Voice call · Data store type: no longer stores Blocked users (if fraud was reported)`).
   */
  facts: string[]
  /**
   * The indexes in `changes` of the data changes it covers.
   */
  changes: number[]
}
/**
 * The translation gaps of one locale that this change opened, by kind, and those it closed.
 *
 * This interface was referenced by `Report`'s JSON-Schema
 * via the `definition` "translationStatus".
 */
export interface TranslationStatus {
  locale: string
  missing: number
  stale: number
  extra: number
  resolved: number
}
/**
 * An added or removed table, row, list or note, cell by cell: its column labels and, per row, each column's values.
 *
 * This interface was referenced by `Report`'s JSON-Schema
 * via the `definition` "entityContents".
 */
export interface EntityContents {
  /**
   * The index in `changes` of the change that adds or removes it.
   */
  change: number
  columns: string[]
  rows: string[][][]
}
/**
 * This interface was referenced by `Report`'s JSON-Schema
 * via the `definition` "change".
 */
export interface Change {
  kind: ChangeKind
  action: Action
  classification: Classification
  level: Level
  /**
   * The locale whose source changed, or null for the whole article.
   */
  locale: string | null
  /**
   * An entity path (tables/<id>/rows/<id>/cells/<column>, paragraphs/<id>, …) or metadata/<locale>/<field>.
   */
  path: string
  /**
   * The table, list, note or prose entity the change belongs to, for grouping.
   */
  entity: string | null
  /**
   * One sentence a reviewer can read.
   */
  summary: string
  before?: ChangeText
  after?: ChangeText
  /**
   * For text: word-level before and after.
   */
  words?: WordEdit[]
  /**
   * For cells: values that appeared.
   */
  valuesAdded?: string[]
  /**
   * For cells: values that disappeared.
   */
  valuesRemoved?: string[]
  /**
   * For cells: whether the order alone changed.
   */
  reordered?: boolean
  /**
   * For values, items, mentions and a table's scope: the terms it names now and did not before, with their qualifiers in brackets (`data-store/blocked-users [condition/fraud-reported]`).
   */
  termsAdded?: string[]
  /**
   * For values, items, mentions and a table's scope: the terms it no longer names.
   */
  termsRemoved?: string[]
  /**
   * For translation drift: the translation that translates `before` and needs redoing.
   */
  translation?: string | string[]
  base?: SourceLines
  head?: SourceLines
}
/**
 * A word-level edit: kept, removed or added text.
 *
 * This interface was referenced by `Report`'s JSON-Schema
 * via the `definition` "wordEdit".
 */
export interface WordEdit {
  op: '=' | '-' | '+'
  text: string
}
/**
 * Where a change sits in one version of a source file (1-based, inclusive).
 *
 * This interface was referenced by `Report`'s JSON-Schema
 * via the `definition` "lines".
 */
export interface SourceLines {
  file: string
  line: number
  endLine: number
}
/**
 * A value or item the vocabulary names nothing for, where it is in the dataset and in its source file.
 *
 * This interface was referenced by `Report`'s JSON-Schema
 * via the `definition` "unmappedValue".
 */
export interface UnmappedValue {
  locale: string
  /**
   * tables/<id>/rows/<id>/cells/<column>/values/<index> or lists/<id>/items/<id>.
   */
  path: string
  /**
   * The name as the source writes it.
   */
  text: string
  file?: string
  line?: number
}
