import type { Action, ChangeKind, Level } from './report.js'

/**
 * The SemVer policy of @mfa-residency/dataset (its README says the same in words). Every level in a
 * report is decided here.
 * - major: a table, column, row, list, list item or note disappears, or its id changes without the
 *   old id resolving any more; a locale disappears;
 * - minor: a table, column, row, list, list item or note is added; an entity moves to a new id and
 *   keeps the old one as an alias; a locale is added;
 * - patch: values change inside existing entries (cells, items, note text, labels), headings and
 *   paragraphs are added, changed or removed (prose), metadata changes, a translation changes or
 *   drifts;
 * - none: cosmetic changes, which change no published value.
 */
const entities: ReadonlySet<ChangeKind> = new Set([
  'table',
  'column',
  'row',
  'list',
  'list-item',
  'note',
])

export interface LevelContext {
  /** For a rename: the entity still answers to its old id (an alias). */
  keepsOldId?: boolean
}

export function dataLevel(kind: ChangeKind, action: Action, context: LevelContext = {}): Level {
  if (kind === 'formatting') return 'none'
  if (entities.has(kind)) {
    if (action === 'removed') return 'major'
    if (action === 'renamed') return context.keepsOldId ? 'minor' : 'major'
    if (action === 'added') return 'minor'
  }
  return 'patch'
}

/** A whole locale's document or dataset translation appearing or disappearing. */
export function localeLevel(action: 'added' | 'removed'): Level {
  return action === 'removed' ? 'major' : 'minor'
}
