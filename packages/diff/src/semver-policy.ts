import type { Action, ChangeKind, Level } from './report.js'

/**
 * The SemVer policy of @mfa-residency/dataset (its README says the same in words):
 * - major: a table, column, row, list or note disappears, or an id changes meaning (a rename);
 * - minor: a table, column, row, list or note is added;
 * - patch: values change inside existing entries (cells, list items, note text, labels, lead-ins),
 *   prose and metadata change, a translation changes;
 * - none: cosmetic changes and drift notices, which change no published value.
 */
const entities: ReadonlySet<ChangeKind> = new Set(['table', 'column', 'row', 'list', 'note'])

export function dataLevel(kind: ChangeKind, action: Action): Level {
  if (entities.has(kind)) {
    if (action === 'removed' || action === 'renamed') return 'major'
    if (action === 'added') return 'minor'
  }
  return 'patch'
}
