import {
  type Dataset,
  entityPath,
  type Heading,
  type List,
  type Note,
  type Paragraph,
  parsePath,
  type Table,
} from '@mfa-residency/dataset'

/** One block of the article, resolved from its outline path. */
export type Block =
  | { kind: 'heading'; path: string; heading: Heading }
  | { kind: 'paragraph'; path: string; paragraph: Paragraph }
  | { kind: 'table'; path: string; table: Table }
  | { kind: 'list'; path: string; list: List }
  | { kind: 'note'; path: string; note: Note }

const byId = <T extends { id: string }>(entities: readonly T[]) =>
  new Map(entities.map((entity) => [entity.id, entity]))

/**
 * Every block of the article in document order. An outline path that names nothing fails the
 * build: a block that silently dropped out would leave a hole in the article nobody sees.
 */
export function outlineBlocks(dataset: Dataset): Block[] {
  const headings = byId(dataset.headings)
  const paragraphs = byId(dataset.paragraphs)
  const tables = byId(dataset.tables)
  const lists = byId(dataset.lists)
  const notes = byId(dataset.notes)
  const resolve = (path: string): Block | undefined => {
    const parsed = parsePath(path)
    // A block is `collection/id`; a row or an item is part of one.
    if (parsed === null || path !== entityPath(parsed.collection, parsed.id)) return undefined
    const { id } = parsed
    switch (parsed.collection) {
      case 'headings': {
        const heading = headings.get(id)
        return heading && { kind: 'heading', path, heading }
      }
      case 'paragraphs': {
        const paragraph = paragraphs.get(id)
        return paragraph && { kind: 'paragraph', path, paragraph }
      }
      case 'tables': {
        const table = tables.get(id)
        return table && { kind: 'table', path, table }
      }
      case 'lists': {
        const list = lists.get(id)
        return list && { kind: 'list', path, list }
      }
      case 'notes': {
        const note = notes.get(id)
        return note && { kind: 'note', path, note }
      }
    }
  }
  return dataset.outline.map((path) => {
    const block = resolve(path)
    if (block === undefined) throw new Error(`dataset outline: ${path} names no block`)
    return block
  })
}

/**
 * The paragraph that is this table's or list's lead-in: the block right before it in the outline,
 * when it says the same. Its translation status is the lead-in's, since the dataset tracks gaps on
 * the paragraph and keeps `leadIn` as a copy.
 */
export function leadInParagraph(dataset: Dataset, blockPath: string): Paragraph | undefined {
  const block = parsePath(blockPath)
  const owner =
    block?.collection === 'tables'
      ? dataset.tables.find((table) => table.id === block.id)
      : block?.collection === 'lists'
        ? dataset.lists.find((list) => list.id === block.id)
        : undefined
  const before = dataset.outline[dataset.outline.indexOf(blockPath) - 1]
  const candidate = before === undefined ? null : parsePath(before)
  if (!owner || owner.leadIn.en === null || candidate?.collection !== 'paragraphs') return undefined
  const paragraph = dataset.paragraphs.find((entry) => entry.id === candidate.id)
  return paragraph?.text.en === owner.leadIn.en ? paragraph : undefined
}
