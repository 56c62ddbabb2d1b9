import type { Dataset } from '@mfa-residency/dataset'

type Entity = { id: string; aliases?: string[] } & Record<string, unknown>
type Table = Dataset['tables'][number]

/** Each entity path of a dataset, mapped to the entity's position: `tables/#2/rows/#0`. */
function positions(dataset: Dataset): Map<string, string> {
  const positional = new Map<string, string>()
  for (const collection of ['headings', 'paragraphs', 'tables', 'lists', 'notes'] as const)
    for (const [index, entity] of dataset[collection].entries())
      positional.set(`${collection}/${entity.id}`, `${collection}/#${index}`)
  for (const table of dataset.tables) {
    const at = positional.get(`tables/${table.id}`)
    for (const [index, column] of table.columns.entries())
      positional.set(`tables/${table.id}/columns/${column.id}`, `${at}/columns/#${index}`)
    for (const [index, row] of table.rows.entries()) {
      positional.set(`tables/${table.id}/rows/${row.id}`, `${at}/rows/#${index}`)
      for (const [c, column] of table.columns.entries())
        positional.set(
          `tables/${table.id}/rows/${row.id}/cells/${column.id}`,
          `${at}/rows/#${index}/cells/#${c}`,
        )
    }
  }
  for (const list of dataset.lists)
    for (const [index, item] of list.items.entries())
      positional.set(
        `lists/${list.id}/items/${item.id}`,
        `${positional.get(`lists/${list.id}`)}/items/#${index}`,
      )
  return positional
}

/**
 * A dataset with every id replaced by the entity's position, so that two extractions of the same
 * documents compare equal whatever ids they kept: "equal once ids are mapped". Paths (the outline,
 * translation gaps) are rewritten the same way; cells become lists in column order.
 */
export function withoutIds(dataset: Dataset): unknown {
  const positional = positions(dataset)
  const mapPath = (path: string) => {
    const parts = path.split('/')
    for (let length = parts.length; length >= 2; length--) {
      const found = positional.get(parts.slice(0, length).join('/'))
      if (found) return [found, ...parts.slice(length)].join('/')
    }
    return path
  }
  const strip = ({ id: _id, aliases: _aliases, ...rest }: Entity) => rest
  const entity = (value: unknown) => strip(value as Entity)
  const byColumns = (table: Table, record: Record<string, unknown> | undefined) =>
    record === undefined ? undefined : table.columns.map((column) => record[column.id] ?? null)
  return {
    ...dataset,
    sources: Object.fromEntries(
      Object.entries(dataset.sources).map(([locale, { upstream: _u, url: _url, ...source }]) => [
        locale,
        source,
      ]),
    ),
    outline: dataset.outline.map(mapPath),
    headings: dataset.headings.map(entity),
    paragraphs: dataset.paragraphs.map(entity),
    notes: dataset.notes.map(entity),
    lists: dataset.lists.map((list) => ({ ...entity(list), items: list.items.map(entity) })),
    tables: dataset.tables.map((table) => ({
      ...entity(table),
      columns: table.columns.map(entity),
      rows: table.rows.map((row) => ({
        ...entity(row),
        cells: byColumns(table, row.cells),
        terms: byColumns(table, row.terms),
        marks: byColumns(table, row.marks as Record<string, unknown> | undefined),
        links: byColumns(table, row.links as Record<string, unknown> | undefined),
      })),
    })),
    translationGaps: dataset.translationGaps.map((gap) => ({ ...gap, path: mapPath(gap.path) })),
  }
}
