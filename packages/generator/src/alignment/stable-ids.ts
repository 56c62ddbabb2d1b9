import type { Row, Table } from './article.js'
import { collectionOf, type Entry } from './article.js'
import type { Correspondence } from './correspond.js'

interface Identified {
  id: string
  aliases?: readonly string[]
}

/**
 * Give every entity that continues one of the previous version the previous id, so a reworded
 * heading or first value renames nothing. The id its own text would mint, and the ids the previous
 * entity was known by, become aliases. New entities keep their minted id unless a kept id already
 * has it.
 */
export function adoptIds(entries: readonly Entry[], correspondence: Correspondence): void {
  const { partner } = correspondence
  const byKind = new Map<string, Identified[]>()
  for (const entry of entries)
    byKind.set(entry.kind, [...(byKind.get(entry.kind) ?? []), entry.entity])
  for (const entities of byKind.values()) adoptScope(entities, partner)
  for (const entry of entries) {
    if (entry.kind === 'table') {
      adoptColumns(entry.entity, partner)
      adoptScope(entry.entity.rows, partner)
    } else if (entry.kind === 'list') {
      adoptScope(entry.entity.items, partner)
    }
  }
}

/** The outline's paths after ids changed. */
export function outlineOf(entries: readonly Entry[]): string[] {
  return entries.map((entry) => `${collectionOf[entry.kind]}/${entry.entity.id}`)
}

function adoptScope(entities: readonly Identified[], partner: Map<object, object>): void {
  const minted = new Map(entities.map((entity) => [entity, entity.id]))
  const taken = new Set<string>()
  for (const entity of entities) {
    const previous = partner.get(entity) as Identified | undefined
    if (previous) {
      entity.id = previous.id
      taken.add(previous.id)
    }
  }
  for (const entity of entities) {
    if (partner.has(entity)) continue
    let id = entity.id
    for (let suffix = 2; taken.has(id); suffix++) id = `${entity.id}-${suffix}`
    entity.id = id
    taken.add(id)
  }
  for (const entity of entities) {
    const previous = partner.get(entity) as Identified | undefined
    const candidates = [...(previous?.aliases ?? []), minted.get(entity)!]
    const aliases = [...new Set(candidates)].filter((alias) => !taken.has(alias)).sort()
    if (aliases.length > 0) entity.aliases = aliases
    else delete entity.aliases
  }
}

/** Columns name the cells of every row, so a column's id moves its cells' keys too. */
function adoptColumns(table: Table, partner: Map<object, object>): void {
  const before = table.columns.map((column) => column.id)
  adoptScope(table.columns, partner)
  for (const column of table.columns) delete (column as Identified).aliases
  const after = table.columns.map((column) => column.id)
  if (before.join('\n') === after.join('\n')) return
  for (const row of table.rows) rekey(row, before, after)
}

/** Cells, and the marks and links parallel to them, under the columns' new ids. */
function rekey(row: Row, before: readonly string[], after: readonly string[]): void {
  const moved = <T>(byColumn: Record<string, T>) =>
    Object.fromEntries(after.map((id, index) => [id, byColumn[before[index]!]!]))
  row.cells = moved(row.cells)
  if (row.marks) row.marks = moved(row.marks)
  if (row.links) row.links = moved(row.links)
}
