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
  changes: Change[]
  /**
   * Values and items of the head that the vocabulary names nothing for, and that the base named or did not have: each to be given a term or an alias. Present when the comparison linked values to a vocabulary.
   */
  toCurate?: UnmappedValue[]
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
