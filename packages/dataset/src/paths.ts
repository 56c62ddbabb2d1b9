/**
 * Entity paths: the one grammar every package uses to name a place in the dataset.
 *
 *   headings/<id>  paragraphs/<id>  notes/<id>
 *   tables/<id>  tables/<id>/columns/<id>  tables/<id>/rows/<id>
 *   tables/<id>/rows/<id>/cells/<column>  tables/<id>/rows/<id>/cells/<column>/values/<index>
 *   lists/<id>  lists/<id>/items/<id>
 *   terms/<kind>/<name>  terms/<kind>/<name>/<field>  (a vocabulary term: its id has a slash)
 */
export type Collection = 'headings' | 'paragraphs' | 'tables' | 'lists' | 'notes'

export const collections: readonly Collection[] = [
  'headings',
  'paragraphs',
  'tables',
  'lists',
  'notes',
]

export interface EntityPath {
  collection: Collection
  id: string
  column?: string
  row?: string
  /** The column of a cell. */
  cell?: string
  /** The index of one value inside a cell. */
  value?: number
  item?: string
}

export function entityPath(collection: Collection, id: string): string {
  return `${collection}/${id}`
}

export function columnPath(table: string, column: string): string {
  return `tables/${table}/columns/${column}`
}

export function rowPath(table: string, row: string): string {
  return `tables/${table}/rows/${row}`
}

export function cellPath(table: string, row: string, column: string): string {
  return `tables/${table}/rows/${row}/cells/${column}`
}

export function valuePath(table: string, row: string, column: string, index: number): string {
  return `${cellPath(table, row, column)}/values/${index}`
}

export function itemPath(list: string, item: string): string {
  return `lists/${list}/items/${item}`
}

/** A vocabulary term, or one of its fields (`label/sv`): `terms/cloud/azure-china/label/sv`. */
export function termPath(id: string, ...field: string[]): string {
  return ['terms', id, ...field].join('/')
}

const isCollection = (name: string | undefined): name is Collection =>
  collections.includes(name as Collection)

/** The parts of a path, or `null` when it does not follow the grammar. */
export function parsePath(path: string): EntityPath | null {
  const [collection, id, ...rest] = path.split('/')
  if (!isCollection(collection) || !id) return null
  const parsed: EntityPath = { collection, id }
  if (rest.length === 0) return parsed
  const [kind, child, ...more] = rest
  if (!child) return null
  if (collection === 'tables' && kind === 'columns' && more.length === 0)
    return { ...parsed, column: child }
  if (collection === 'lists' && kind === 'items' && more.length === 0)
    return { ...parsed, item: child }
  if (collection !== 'tables' || kind !== 'rows') return null
  parsed.row = child
  if (more.length === 0) return parsed
  const [cells, column, values, index, ...extra] = more
  if (cells !== 'cells' || !column || extra.length > 0) return null
  parsed.cell = column
  if (values === undefined) return parsed
  if (values !== 'values' || !/^\d+$/.test(index ?? '')) return null
  return { ...parsed, value: Number(index) }
}

/**
 * The path and every path that contains it, innermost first: a value's gaps may be recorded on its
 * cell, its row or its table.
 */
export function enclosingPaths(path: string): string[] {
  const parts = path.split('/')
  const paths: string[] = []
  for (let length = parts.length; length >= 2; length -= 2) {
    paths.push(parts.slice(0, length).join('/'))
  }
  return paths
}
