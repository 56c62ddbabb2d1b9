import type { Blockquote, Heading, List, Nodes, Paragraph, Root, RootContent, Table } from 'mdast'
import { cellValues } from './cell-values.js'
import type { Block, LineSpan, Link, ListItem, NoteBlock, TableBlock } from './document.js'
import { leadingMark } from './footnote-marks.js'
import { type Definitions, definitionsOf, linksOf } from './inline-links.js'
import { htmlText, isNonContentHtml, normalizeText, toPlainText } from './plain-text.js'
import { sourceError } from './source-error.js'

export interface ExtractedBlocks {
  title: string | null
  titleLine: number | null
  blocks: Block[]
}

/** Where a walk is: what it has kept so far and the headings and lead-in a new block falls under. */
interface Walk {
  file: string
  /** The document's link definitions, which reference links resolve through. */
  definitions: Definitions
  blocks: Block[]
  title: string | null
  titleLine: number | null
  // Headings in effect, by depth; the H1 is the title, so it never enters a section path.
  headings: { depth: number; text: string }[]
  leadIn: string | null
}

const alertMarker = /^\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]/i

/** The lines a node covers in its source. */
function span(node: Nodes): LineSpan {
  const line = node.position?.start.line ?? 0
  return { line, endLine: node.position?.end.line ?? line }
}

/** The callout kind of a GFM/DocFX alert (`> [!NOTE]`), or `null` for a plain blockquote. */
export function alertKind(node: Blockquote): string | null {
  const first = node.children[0]
  if (first?.type !== 'paragraph') return null
  const text = first.children[0]
  if (text?.type !== 'text') return null
  const match = alertMarker.exec(text.value)
  return match ? match[1]!.toLowerCase() : null
}

/**
 * Walk a document tree in order and keep what the dataset is made of: headings, paragraphs,
 * tables, lists and notes, each with its section (heading path below the H1), lead-in and line.
 * Tables and lists nested in blockquotes and list items are found too.
 */
export function extractBlocks(tree: Root, file: string): ExtractedBlocks {
  const walk: Walk = {
    file,
    definitions: definitionsOf(tree),
    blocks: [],
    title: null,
    titleLine: null,
    headings: [],
    leadIn: null,
  }
  for (const child of tree.children) visit(walk, child)
  return { title: walk.title, titleLine: walk.titleLine, blocks: walk.blocks }
}

/** The heading path a block found now belongs to. */
function section(walk: Walk): string[] {
  return walk.headings.filter((h) => h.depth > 1).map((h) => h.text)
}

/** Keep one node's blocks, and those of what it holds. */
function visit(walk: Walk, node: RootContent): void {
  switch (node.type) {
    case 'yaml':
    case 'definition':
    case 'thematicBreak':
      return
    case 'heading':
      heading(walk, node)
      return
    case 'paragraph':
      paragraph(walk, node)
      return
    case 'html':
      if (isNonContentHtml(node.value)) return
      prose(walk, node, normalizeText(htmlText(node.value)), linksOf(node, walk.definitions))
      return
    case 'code':
      walk.blocks.push({ kind: 'code', text: node.value, section: section(walk), ...span(node) })
      return
    case 'table':
      table(walk, node)
      return
    case 'list':
      for (const child of list(walk, node)) visit(walk, child)
      return
    case 'blockquote': {
      const kind = alertKind(node)
      const nested = kind ? note(walk, node, kind) : node.children
      for (const child of nested) visit(walk, child)
      return
    }
    default:
      if ('children' in node) for (const child of node.children) visit(walk, child as RootContent)
      else if ('value' in node) {
        const text = normalizeText(String(node.value))
        if (text !== '')
          walk.blocks.push({
            kind: 'paragraph',
            text,
            links: [],
            section: section(walk),
            ...span(node),
          })
      }
  }
}

/** The first H1 is the title; every other heading is a block and starts a new section. */
function heading(walk: Walk, node: Heading): void {
  const text = toPlainText(node)
  if (node.depth === 1 && walk.title === null) {
    walk.title = text
    walk.titleLine = span(node).line
  } else {
    const links = linksOf(node, walk.definitions)
    walk.blocks.push({ kind: 'heading', depth: node.depth, text, links, ...span(node) })
  }
  walk.headings = [
    ...walk.headings.filter((h) => h.depth < node.depth),
    { depth: node.depth, text },
  ]
  walk.leadIn = null
}

/** A markdown paragraph; one that starts with a superscript is a footnote, marked apart. */
function paragraph(walk: Walk, node: Paragraph): void {
  const links = linksOf(node, walk.definitions)
  const footnote = leadingMark(node.children)
  if (!footnote) prose(walk, node, toPlainText(node), links)
  else prose(walk, node, toPlainText(footnote.rest), links, footnote.mark)
}

/** A paragraph of prose, which becomes the lead-in of the tables and lists after it. */
function prose(walk: Walk, node: Nodes, text: string, links: Link[], footnote?: string): void {
  if (text === '') return
  walk.blocks.push({
    kind: 'paragraph',
    text,
    ...(footnote === undefined ? {} : { footnote }),
    links,
    section: section(walk),
    ...span(node),
  })
  walk.leadIn = text
}

/** A table block; a row wider than the header is an error in the source. */
function table(walk: Walk, node: Table): void {
  const [head, ...body] = node.children
  if (!head) return
  const columns = head.children.map((cell) => toPlainText(cell))
  const rows = body.map((row) => {
    if (row.children.length > columns.length) {
      throw sourceError(
        walk.file,
        span(row).line,
        `table row has ${row.children.length} cells, expected at most ${columns.length} (the header's count)`,
      )
    }
    // GFM reads missing trailing cells as empty.
    const values = columns.map((_, index) => {
      const cell = row.children[index]
      return cell ? cellValues(cell, walk.definitions) : []
    })
    return {
      cells: values.map((cell) => cell.map((value) => value.text)),
      marks: values.map((cell) => cell.map((value) => value.marks)),
      links: values.map((cell) => cell.map((value) => value.links)),
      ...span(row),
    }
  })
  const block: TableBlock = {
    kind: 'table',
    section: section(walk),
    leadIn: walk.leadIn,
    columns,
    rows,
    ...span(node),
  }
  walk.blocks.push(block)
}

/** A list block; returns the lists and tables inside its items, to visit after it. */
function list(walk: Walk, node: List): RootContent[] {
  const items: ListItem[] = []
  const nested: RootContent[] = []
  for (const item of node.children) {
    const own = item.children.filter((child) => child.type !== 'list' && child.type !== 'table')
    items.push({ text: toPlainText(own), links: linksOf(own, walk.definitions), ...span(item) })
    for (const child of item.children)
      if (child.type === 'list' || child.type === 'table') nested.push(child)
  }
  walk.blocks.push({
    kind: 'list',
    ordered: node.ordered === true,
    section: section(walk),
    leadIn: walk.leadIn,
    items,
    ...span(node),
  })
  return nested
}

/** A note block from an alert; returns the lists and tables inside it, to visit after it. */
function note(walk: Walk, node: Blockquote, noteKind: string): RootContent[] {
  const paragraphs: string[] = []
  const nested: RootContent[] = []
  const links: Link[] = []
  for (const child of node.children) {
    if (child.type === 'table' || child.type === 'list') nested.push(child)
    else {
      links.push(...linksOf(child, walk.definitions))
      const text = toPlainText(child)
      if (text !== '') paragraphs.push(text)
    }
  }
  const first = paragraphs[0]
  if (first !== undefined) paragraphs[0] = normalizeText(first.replace(alertMarker, ''))
  const kept = paragraphs.filter((text) => text !== '')
  const block: NoteBlock = {
    kind: 'note',
    noteKind,
    paragraphs: kept,
    text: kept.join(' '),
    links,
    section: section(walk),
    ...span(node),
  }
  walk.blocks.push(block)
  return nested
}
