import {
  type Dataset,
  type List,
  type Locale,
  type Note,
  parsePath,
  type Table,
  tableTitle,
} from '@mfa-residency/dataset'
import { brief, quoted } from './words.js'

/** The two datasets a report compares. */
export interface Sides {
  base: Dataset
  head: Dataset
}

type Found<T> = { entity: T; dataset: Dataset }

/**
 * What people call the things a report names: a table's title, a row's first value, a column's
 * label, a list's heading, a term's label, in the source locale, from the head where it is there
 * and from the base where it went. Without the datasets, ids stand in for names.
 */
export class Names {
  readonly source: Locale
  readonly #datasets: Dataset[]

  constructor(sides?: Sides) {
    this.#datasets = sides ? [sides.head, sides.base] : []
    this.source = sides?.head.locales[0] ?? 'en'
  }

  #find<T extends { id: string }>(pick: (dataset: Dataset) => readonly T[], id: string) {
    for (const dataset of this.#datasets) {
      const entity = pick(dataset).find((candidate) => candidate.id === id)
      if (entity) return { entity, dataset } satisfies Found<T>
    }
    return null
  }

  table(id: string): Table | null {
    return this.#find((dataset) => dataset.tables, id)?.entity ?? null
  }

  list(id: string): List | null {
    return this.#find((dataset) => dataset.lists, id)?.entity ?? null
  }

  note(id: string): Note | null {
    return this.#find((dataset) => dataset.notes, id)?.entity ?? null
  }

  tableName(id: string): string {
    const found = this.#find((dataset) => dataset.tables, id)
    return found ? tableTitle(found.entity, this.source, found.dataset) : id
  }

  rowName(table: string, row: string): string {
    for (const dataset of this.#datasets) {
      const found = dataset.tables.find((entry) => entry.id === table)
      const entry = found?.rows.find((candidate) => candidate.id === row)
      const first = found?.columns[0]?.id
      const value = first === undefined ? undefined : entry?.cells[first]?.[this.source]?.[0]
      if (value) return brief(value, 50)
    }
    return row
  }

  columnName(table: string, column: string): string {
    for (const dataset of this.#datasets) {
      const found = dataset.tables
        .find((entry) => entry.id === table)
        ?.columns.find((entry) => entry.id === column)
      if (found) return found.label[this.source] ?? column
    }
    return column
  }

  listName(id: string): string {
    const found = this.#find((dataset) => dataset.lists, id)
    if (!found) return id
    const { entity, dataset } = found
    const heading = entity.section[this.source]?.at(-1)
    const leadIn = entity.leadIn?.[this.source]
    const twins = dataset.lists.filter(
      (other) => other.section[this.source]?.at(-1) === heading,
    ).length
    if (heading && (twins < 2 || !leadIn)) return heading
    if (heading) return `${heading} (${quoted(leadIn!, 30)})`
    return leadIn ? quoted(leadIn, 50) : id
  }

  itemName(list: string, item: string): string {
    for (const dataset of this.#datasets) {
      const found = dataset.lists
        .find((entry) => entry.id === list)
        ?.items.find((entry) => entry.id === item)
      const text = found?.text[this.source]
      if (text) return quoted(text, 40)
    }
    return item
  }

  noteName(id: string): string {
    const found = this.note(id)
    if (!found) return id
    const heading = found.section[this.source]?.at(-1)
    return heading
      ? `${heading} (${found.kind})`
      : `${found.kind}: ${quoted(found.text[this.source] ?? '', 40)}`
  }

  proseName(collection: 'headings' | 'paragraphs', id: string): string {
    const found = this.#find<{ id: string; text: Partial<Record<Locale, string | null>> }>(
      (dataset) => dataset[collection],
      id,
    )
    const text = found?.entity.text[this.source]
    const what = collection === 'headings' ? 'heading' : 'paragraph'
    return text ? `${what} ${quoted(text, collection === 'headings' ? 50 : 32)}` : `${what} ${id}`
  }

  /** A term as people read it: its label, and its qualifiers' (`Blocked users (if fraud was reported)`). */
  term(name: string): string {
    const [, id = name, qualifiers] = /^(\S+)(?: \[(.+)\])?$/.exec(name) ?? []
    const label = (term: string) => {
      for (const dataset of this.#datasets) {
        const found = dataset.terms.find((candidate) => candidate.id === term)
        if (found) return found.label[this.source] ?? term
      }
      return term
    }
    const extra = qualifiers?.split(', ').map(label)
    return extra ? `${label(id)} (${extra.join(', ')})` : label(id)
  }

  /** The text of one value of a cell (`…/values/<index>`), or `null`. */
  value(path: string): string | null {
    const parsed = parsePath(path)
    if (!parsed?.row || !parsed.cell || parsed.value === undefined) return null
    for (const dataset of this.#datasets) {
      const row = dataset.tables
        .find((table) => table.id === parsed.id)
        ?.rows.find((candidate) => candidate.id === parsed.row)
      const value = row?.cells[parsed.cell]?.[this.source]?.[parsed.value]
      if (value) return value
    }
    return null
  }

  /**
   * What tells a table from its twins under one heading (`(Azure public cloud)`), briefly, or
   * nothing for a table with a heading of its own.
   */
  tableScope(id: string): string {
    const table = this.table(id)
    const heading = table?.section[this.source]?.at(-1)
    const title = this.tableName(id)
    if (!heading || !title.startsWith(heading) || title === heading) return ''
    return ` (${brief(
      title
        .slice(heading.length)
        .trim()
        .replace(/^\(|\)$/g, ''),
      40,
    )})`
  }

  /** A part of a table named on its own, outside the table's section: with the table's scope. */
  placeAlone(path: string): string {
    const parsed = parsePath(path)
    const place = this.place(path)
    return parsed?.collection === 'tables' && (parsed.row || parsed.column)
      ? `${place}${this.tableScope(parsed.id)}`
      : place
  }

  /** The name of what an entity path points at, down to a cell: `Voice call · Data store type`. */
  place(path: string): string {
    const parsed = parsePath(path)
    if (!parsed) return path
    const { collection, id } = parsed
    if (collection === 'headings' || collection === 'paragraphs')
      return this.proseName(collection, id)
    if (collection === 'notes') return `note ${this.noteName(id)}`
    if (collection === 'lists')
      return parsed.item ? `item ${this.itemName(id, parsed.item)}` : `list ${this.listName(id)}`
    if (parsed.column) return `column “${this.columnName(id, parsed.column)}”`
    if (!parsed.row) return `table ${this.tableName(id)}`
    const row = this.rowName(id, parsed.row)
    if (!parsed.cell) return `row “${row}”`
    const cell = `${row} · ${this.columnName(id, parsed.cell)}`
    return parsed.value === undefined ? cell : `${cell} · value ${parsed.value + 1}`
  }
}
