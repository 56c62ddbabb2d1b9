import { type Block, IdRegistry, type ParsedDocument } from '@mfa-residency/parser'
import type { Heading, List, Locale, Note, Paragraph, Table } from './article.js'
import { type Entry, localized } from './article.js'

/** The words an id is minted from: enough to tell paragraphs and items apart, short enough to read. */
const ID_WORDS = 5

function leadingWords(text: string): string {
  return text.split(/\s+/).slice(0, ID_WORDS).join(' ')
}

/** What minting one document's entities needs: the locales' shape, and one id registry per kind. */
export interface Minting {
  at: <T>(value: T | null) => Record<Locale, T>
  ids: Record<Entry['kind'], IdRegistry>
}

/** A fresh start for minting the entities of one document in `source` among `locales`. */
export function startMinting(locales: readonly string[], source: string): Minting {
  return {
    at: <T>(value: T | null) => localized<T>(locales, source, value),
    ids: {
      heading: new IdRegistry(),
      paragraph: new IdRegistry(),
      table: new IdRegistry(),
      list: new IdRegistry(),
      note: new IdRegistry(),
    },
  }
}

/** The document's title as its level-1 heading, on the title's line. */
export function mintTitle(minting: Minting, document: ParsedDocument): Heading {
  return {
    id: minting.ids.heading.take(document.title ?? '', 'title'),
    level: 1,
    text: minting.at(document.title),
    source: span(minting, document.titleLine!, document.titleLine!),
  }
}

/**
 * One block as a dataset entity. Tables, lists and notes take their id from `idBase` (the nearest
 * heading), rows from their first value, paragraphs and list items from their first words.
 */
export function mintEntry(minting: Minting, block: Block, idBase: string): Entry {
  const { at, ids } = minting
  switch (block.kind) {
    case 'heading': {
      const entity: Heading = {
        id: ids.heading.take(block.text, 'heading'),
        level: block.depth,
        text: at(block.text),
        source: span(minting, block.line, block.endLine),
      }
      return { kind: 'heading', entity, block }
    }
    case 'paragraph':
    case 'code': {
      const footnote = block.kind === 'paragraph' ? block.footnote : undefined
      const entity: Paragraph = {
        id: ids.paragraph.take(leadingWords(block.text), 'paragraph'),
        section: at(block.section),
        text: at(block.text),
        ...(footnote === undefined ? {} : { footnote }),
        links: block.kind === 'paragraph' ? block.links : [],
        source: span(minting, block.line, block.endLine),
      }
      return { kind: 'paragraph', entity, block: block }
    }
    case 'table':
      return { kind: 'table', entity: mintTable(minting, block, idBase), block }
    case 'list':
      return { kind: 'list', entity: mintList(minting, block, idBase), block }
    case 'note': {
      const entity: Note = {
        id: ids.note.take(idBase, 'note'),
        kind: block.noteKind as Note['kind'],
        text: at(block.text),
        links: block.links,
        section: at(block.section),
        source: span(minting, block.line, block.endLine),
      }
      return { kind: 'note', entity, block }
    }
  }
}

/** A table, its columns and its rows, each with an id unique within the table. */
function mintTable(
  minting: Minting,
  block: Extract<Block, { kind: 'table' }>,
  idBase: string,
): Table {
  const { at, ids } = minting
  const columnIds = new IdRegistry()
  const rowIds = new IdRegistry()
  const columns = block.columns.map((label) => ({
    id: columnIds.take(label, 'column'),
    label: at(label),
  }))
  return {
    id: ids.table.take(idBase, 'table'),
    section: at(block.section),
    leadIn: at(block.leadIn),
    columns,
    rows: block.rows.map((row) => ({
      id: rowIds.take(row.cells[0]?.[0] ?? '', 'row'),
      cells: Object.fromEntries(columns.map((column, index) => [column.id, at(row.cells[index]!)])),
      ...byColumn('marks', row.marks, columns),
      ...byColumn('links', row.links, columns),
      source: span(minting, row.line, row.endLine),
    })),
    source: span(minting, block.line, block.endLine),
  }
}

/** A list and its items, each item with an id unique within the list. */
function mintList(minting: Minting, block: Extract<Block, { kind: 'list' }>, idBase: string): List {
  const { at, ids } = minting
  const itemIds = new IdRegistry()
  return {
    id: ids.list.take(idBase, 'list'),
    ordered: block.ordered,
    section: at(block.section),
    leadIn: at(block.leadIn),
    items: block.items.map((item) => ({
      id: itemIds.take(leadingWords(item.text), 'item'),
      text: at(item.text),
      links: item.links,
      source: span(minting, item.line, item.endLine),
    })),
    source: span(minting, block.line, block.endLine),
  }
}

/**
 * A row's marks or links keyed by column id, parallel to its values; nothing when no value has any,
 * so that a row without footnotes or links reads as it always did.
 */
function byColumn<K extends string, T>(
  key: K,
  perColumn: readonly (readonly T[][])[],
  columns: readonly { id: string }[],
): Partial<Record<K, Record<string, T[][]>>> {
  if (!perColumn.some((values) => values.some((value) => value.length > 0))) return {}
  const keyed = Object.fromEntries(columns.map((column, index) => [column.id, perColumn[index]!]))
  return { [key]: keyed } as Record<K, Record<string, T[][]>>
}

/** A line span in the source locale, `null` in every other. */
function span(minting: Minting, line: number, endLine: number) {
  return minting.at({ line, endLine })
}
