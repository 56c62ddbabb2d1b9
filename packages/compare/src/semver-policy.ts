import type { Term } from '@mfa-residency/dataset'
import type { Action, ChangeKind, Level } from './report.js'

/**
 * The SemVer policy of @mfa-residency/dataset (the compare README says the same in words). Every
 * level in a report is decided here.
 * - major: a table, column, row, list, list item or note disappears, or its id changes without the
 *   old id resolving any more; a locale disappears; a term leaves `terms`, or its kind, code or
 *   code scheme changes; a value, item or table loses something it named (a value now names another
 *   term or none, a table applies to less); a duration or date changes or disappears;
 * - minor: a table, column, row, list, list item or note is added; an entity moves to a new id and
 *   keeps the old one as an alias; a locale is added; a term is added; a value, item or table names
 *   something more and loses nothing (an unmapped value now names a term); a duration or date
 *   appears;
 * - patch: values change inside existing entries and name what they named (cells, items, note
 *   text, labels), headings and paragraphs are added, changed or removed (prose), metadata changes,
 *   a term's labels, aliases, `retired` or `includes` change, a text mentions other terms, a
 *   translation changes or drifts; a link is added, removed or points elsewhere (`link`: the
 *   text still says the same, but a reviewer must see where it sends readers now, so it is data,
 *   never cosmetic); a footnote mark appears on, leaves or changes on a value, or a paragraph
 *   becomes, stops being or changes footnote (`footnote`: the value itself is unchanged);
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

/** What a consumer looks a term up by, or what it is: the rest of a term is how it reads. */
const termIdentity: ReadonlySet<keyof Term> = new Set(['kind', 'code', 'codeScheme'])

export interface LevelContext {
  /** For a rename: the entity still answers to its old id (an alias). */
  keepsOldId?: boolean
  /** For a term that changed: the field that did. */
  field?: keyof Term
  /**
   * For a value, an item or a table's scope: `lost` when something it named (or covered) is gone,
   * `gained` when it names more and lost nothing. Without it, a change says the same in other words.
   */
  meaning?: 'lost' | 'gained'
}

export function dataLevel(kind: ChangeKind, action: Action, context: LevelContext = {}): Level {
  if (kind === 'formatting') return 'none'
  if (kind === 'mention' || kind === 'link' || kind === 'footnote') return 'patch'
  if (kind === 'term') {
    if (action === 'removed') return 'major'
    if (action === 'added') return 'minor'
    return context.field !== undefined && termIdentity.has(context.field) ? 'major' : 'patch'
  }
  if (kind === 'quantity') return action === 'added' ? 'minor' : 'major'
  if (entities.has(kind)) {
    if (action === 'removed') return 'major'
    if (action === 'renamed') return context.keepsOldId ? 'minor' : 'major'
    if (action === 'added') return 'minor'
  }
  if (context.meaning === 'lost') return 'major'
  if (context.meaning === 'gained') return 'minor'
  return 'patch'
}

/** What a change of named terms means: lost when any went, gained when only some came. */
export function meaningOf(removed: readonly unknown[], added: readonly unknown[]): LevelContext {
  if (removed.length > 0) return { meaning: 'lost' }
  return added.length > 0 ? { meaning: 'gained' } : {}
}

/** A whole locale's document or dataset translation appearing or disappearing. */
export function localeLevel(action: 'added' | 'removed'): Level {
  return action === 'removed' ? 'major' : 'minor'
}
