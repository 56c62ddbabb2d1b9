import type { UnmappedValue } from '@mfa-residency/compare'
import type { Dataset } from '@mfa-residency/dataset'
import { itemPath, valuePath } from '@mfa-residency/dataset/paths'
import type { TermIssue } from '@mfa-residency/generator'

/**
 * The values and items a side's vocabulary names nothing for: what linking the docs reported, in
 * every locale, or for a dataset its null links in the source locale (a dataset keeps no other).
 */
export function unmappedValues(dataset: Dataset, issues: readonly TermIssue[] | null) {
  if (issues !== null) {
    return issues
      .filter((issue) => issue.kind === 'unmapped')
      .map(({ locale, path, text, file, line }): UnmappedValue => {
        return { locale, path, text, file, ...(line > 0 ? { line } : {}) }
      })
  }
  const source = dataset.locales[0]
  const file = dataset.sources[source].path
  const found: UnmappedValue[] = []
  const add = (path: string, text: string | null | undefined, line: number | undefined) =>
    found.push({ locale: source, path, text: text ?? '', file, ...(line ? { line } : {}) })
  for (const table of dataset.tables)
    for (const row of table.rows)
      for (const [column, links] of Object.entries(row.terms))
        links.forEach((link, index) => {
          if (link === null)
            add(
              valuePath(table.id, row.id, column, index),
              row.cells[column]?.[source]?.[index],
              row.source[source]?.line,
            )
        })
  for (const list of dataset.lists)
    for (const item of list.items)
      if (item.term === null)
        add(itemPath(list.id, item.id), item.text[source], item.source[source]?.line)
  return found
}

// A value keeps its name when a value before it in the cell comes or goes: its index does not count.
const keyOf = (value: UnmappedValue) =>
  JSON.stringify([value.locale, value.path.replace(/\/values\/\d+$/, ''), value.text])

/** What the head leaves unnamed that the base named, or did not have: the values to curate. */
export function newlyUnmapped(
  base: readonly UnmappedValue[],
  head: readonly UnmappedValue[],
): UnmappedValue[] {
  const known = new Set(base.map(keyOf))
  return head.filter((value) => !known.has(keyOf(value)))
}
