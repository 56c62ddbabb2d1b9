import { type Dataset, entityPath, type Table, tableTitle } from '@mfa-residency/dataset'
import type { Translated, Translations } from './translation.js'

/**
 * A table's title as people read it, in both languages: its heading, with the scope added by the
 * dataset's `tableTitle` when two tables share that heading. It is judged by its heading, so a
 * stale Swedish heading shows as stale here too.
 */
export function titleOf(table: Table, dataset: Dataset, translations: Translations): Translated {
  const path = entityPath('tables', table.id)
  const en = tableTitle(table, 'en', dataset)
  const heading = translations.section(path, table.section).at(-1)
  if (!heading) return { path, en, sv: en, status: 'current' }
  return { ...heading, en, sv: heading.sv === null ? null : tableTitle(table, 'sv', dataset) }
}

/** The headings above a table, then its title: where a reader finds it in the article. */
export function headingsOf(table: Table, dataset: Dataset, translations: Translations) {
  const section = translations.section(entityPath('tables', table.id), table.section)
  return [...section.slice(0, -1), titleOf(table, dataset, translations)]
}

/** The title for `--json`: `{ en, sv }`, `sv` null where the table has no Swedish heading. */
export function titleJson(table: Table, dataset: Dataset): { en: string; sv: string | null } {
  return {
    en: tableTitle(table, 'en', dataset),
    sv: table.section.sv === null ? null : tableTitle(table, 'sv', dataset),
  }
}
