import { parsePath } from '@mfa-residency/dataset/paths'
import type { ArticleBody, Cell, List, ListItem, Row, Table } from './article.js'

export type Resolved =
  | { kind: 'entity'; entity: { text: object } }
  | { kind: 'table'; entity: Table }
  | { kind: 'list'; entity: List }
  | { kind: 'row'; entity: Row; table: Table }
  | { kind: 'column'; entity: Table['columns'][number]; table: Table }
  | { kind: 'item'; entity: ListItem; list: List }
  | { kind: 'cell'; entity: Cell }
  | { kind: 'value'; entity: Cell; index: number }

/** The entity a path names in `body`, or `null` when nothing there has that path. */
export function resolvePath(body: ArticleBody, path: string): Resolved | null {
  const parsed = parsePath(path)
  if (!parsed) return null
  const { collection, id } = parsed
  if (collection === 'headings' || collection === 'paragraphs' || collection === 'notes') {
    const entities: readonly { id: string; text: object }[] = body[collection]
    const entity = entities.find((candidate) => candidate.id === id)
    return entity && parsed.row === undefined ? { kind: 'entity', entity } : null
  }
  if (collection === 'lists') {
    const list = body.lists.find((candidate) => candidate.id === id)
    if (!list) return null
    if (parsed.item === undefined) return { kind: 'list', entity: list }
    const item = list.items.find((candidate) => candidate.id === parsed.item)
    return item ? { kind: 'item', entity: item, list } : null
  }
  const table = body.tables.find((candidate) => candidate.id === id)
  if (!table) return null
  if (parsed.column !== undefined) {
    const column = table.columns.find((candidate) => candidate.id === parsed.column)
    return column ? { kind: 'column', entity: column, table } : null
  }
  if (parsed.row === undefined) return { kind: 'table', entity: table }
  const row = table.rows.find((candidate) => candidate.id === parsed.row)
  if (!row) return null
  if (parsed.cell === undefined) return { kind: 'row', entity: row, table }
  const cell = row.cells[parsed.cell]
  if (!cell) return null
  return parsed.value === undefined
    ? { kind: 'cell', entity: cell }
    : { kind: 'value', entity: cell, index: parsed.value }
}
