import type { Dataset } from './types.generated.js'

/**
 * Every entity path of one dataset (its tables down to each value, lists and items, notes,
 * paragraphs, headings, terms), each with the term ids it names itself: a row's names are its
 * cells', a table's are its scope's, so that a term leads to the most precise entity.
 */
export function entitiesOf(dataset: Dataset): Map<string, Set<string>> {
  const entities = new Map<string, Set<string>>()
  const add = (path: string, named: Iterable<string> = []) => entities.set(path, new Set(named))
  for (const heading of dataset.headings) add(`headings/${heading.id}`)
  for (const paragraph of dataset.paragraphs)
    add(`paragraphs/${paragraph.id}`, paragraph.mentions ?? [])
  for (const note of dataset.notes) add(`notes/${note.id}`, note.mentions ?? [])
  for (const table of dataset.tables) {
    const tablePath = `tables/${table.id}`
    add(tablePath, termsIn([table.appliesTo, table.excludes]))
    for (const column of table.columns) add(`${tablePath}/columns/${column.id}`)
    for (const row of table.rows) {
      const rowPath = `${tablePath}/rows/${row.id}`
      add(rowPath)
      for (const [column, values] of Object.entries(row.cells)) {
        const cellPath = `${rowPath}/cells/${column}`
        add(cellPath, termsIn(row.terms?.[column]))
        for (let index = 0; index < values.en.length; index++) add(`${cellPath}/values/${index}`)
      }
    }
  }
  for (const list of dataset.lists) {
    add(`lists/${list.id}`)
    for (const item of list.items)
      add(`lists/${list.id}/items/${item.id}`, [...termsIn(item.term), ...(item.mentions ?? [])])
  }
  for (const term of dataset.terms) add(`terms/${term.id}`, [term.id])
  return entities
}

/** The term ids anywhere in a value: `{term: id}` links and their qualifiers. */
function termsIn(value: unknown): Set<string> {
  const found = new Set<string>()
  const visit = (node: unknown) => {
    if (Array.isArray(node)) for (const child of node) visit(child)
    else if (typeof node === 'object' && node !== null) {
      const link = node as { term?: unknown; qualifiers?: unknown }
      if (typeof link.term === 'string') found.add(link.term)
      for (const child of Object.values(node)) visit(child)
    } else if (typeof node === 'string' && node.includes('/')) found.add(node)
  }
  visit(value)
  return found
}
