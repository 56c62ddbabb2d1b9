import type { Heading, List, Note, Paragraph, Table } from '@mfa-residency/dataset'
import { IdRegistry, type ParsedDocument } from '@mfa-residency/parser'
import { type ArticleBody, collectionOf, type Entry, emptyBody, localized } from './article.js'

/** The words an id is minted from: enough to tell paragraphs and items apart, short enough to read. */
const ID_WORDS = 5

function leadingWords(text: string): string {
  return text.split(/\s+/).slice(0, ID_WORDS).join(' ')
}

export interface Skeleton {
  body: ArticleBody
  /** Top-level entities in document order, each with its block. */
  entries: Entry[]
}

/**
 * Every block of the source locale's document as dataset entities with freshly minted ids, in
 * document order; every other locale still empty. Tables, lists and notes take their id from the
 * nearest heading, rows from their first value, paragraphs and list items from their first words.
 */
export function skeleton(
  document: ParsedDocument,
  source: string,
  locales: readonly string[],
): Skeleton {
  const at = <T>(value: T | null) => localized<T>(locales, source, value)
  const ids = {
    heading: new IdRegistry(),
    paragraph: new IdRegistry(),
    table: new IdRegistry(),
    list: new IdRegistry(),
    note: new IdRegistry(),
  }
  const body = emptyBody()
  const entries: Entry[] = []
  const push = (entry: Entry) => {
    entries.push(entry)
    body.outline.push(`${collectionOf[entry.kind]}/${entry.entity.id}`)
    if (entry.kind === 'heading') body.headings.push(entry.entity)
    else if (entry.kind === 'paragraph') body.paragraphs.push(entry.entity)
    else if (entry.kind === 'table') body.tables.push(entry.entity)
    else if (entry.kind === 'list') body.lists.push(entry.entity)
    else body.notes.push(entry.entity)
  }
  const span = (line: number, endLine: number) => at({ line, endLine })

  // The H1 is the first heading, but never part of a section path (see extractBlocks).
  let titleSeen = false
  for (const block of document.blocks) {
    if (!titleSeen && document.title !== null && document.titleLine !== null) {
      if (block.line > document.titleLine) {
        titleSeen = true
        push({ kind: 'heading', entity: title(document), block: null })
      }
    }
    const idBase = ('section' in block ? block.section.at(-1) : undefined) ?? document.title ?? ''
    switch (block.kind) {
      case 'heading': {
        const entity: Heading = {
          id: ids.heading.take(block.text, 'heading'),
          level: block.depth,
          text: at(block.text),
          source: span(block.line, block.endLine),
        }
        push({ kind: 'heading', entity, block })
        break
      }
      case 'paragraph':
      case 'code': {
        const entity: Paragraph = {
          id: ids.paragraph.take(leadingWords(block.text), 'paragraph'),
          section: at(block.section),
          text: at(block.text),
          source: span(block.line, block.endLine),
        }
        push({ kind: 'paragraph', entity, block: block })
        break
      }
      case 'table': {
        const columnIds = new IdRegistry()
        const rowIds = new IdRegistry()
        const columns = block.columns.map((label) => ({
          id: columnIds.take(label, 'column'),
          label: at(label),
        }))
        const entity: Table = {
          id: ids.table.take(idBase, 'table'),
          section: at(block.section),
          leadIn: at(block.leadIn),
          columns,
          rows: block.rows.map((row) => ({
            id: rowIds.take(row.cells[0]?.[0] ?? '', 'row'),
            cells: Object.fromEntries(
              columns.map((column, index) => [column.id, at(row.cells[index]!)]),
            ),
            source: span(row.line, row.endLine),
          })),
          source: span(block.line, block.endLine),
        }
        push({ kind: 'table', entity, block })
        break
      }
      case 'list': {
        const itemIds = new IdRegistry()
        const entity: List = {
          id: ids.list.take(idBase, 'list'),
          ordered: block.ordered,
          section: at(block.section),
          leadIn: at(block.leadIn),
          items: block.items.map((item) => ({
            id: itemIds.take(leadingWords(item.text), 'item'),
            text: at(item.text),
            source: span(item.line, item.endLine),
          })),
          source: span(block.line, block.endLine),
        }
        push({ kind: 'list', entity, block })
        break
      }
      case 'note': {
        const entity: Note = {
          id: ids.note.take(idBase, 'note'),
          kind: block.noteKind as Note['kind'],
          text: at(block.text),
          section: at(block.section),
          source: span(block.line, block.endLine),
        }
        push({ kind: 'note', entity, block })
        break
      }
    }
  }
  if (!titleSeen && document.title !== null && document.titleLine !== null)
    push({ kind: 'heading', entity: title(document), block: null })
  // Entries arrive in document order except the title, which is placed by its line above.
  return { body, entries }

  function title(doc: ParsedDocument): Heading {
    return {
      id: ids.heading.take(doc.title ?? '', 'title'),
      level: 1,
      text: at(doc.title),
      source: span(doc.titleLine!, doc.titleLine!),
    }
  }
}
