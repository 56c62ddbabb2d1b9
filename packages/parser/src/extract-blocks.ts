import type { Blockquote, List, Nodes, Root, RootContent, Table } from 'mdast'
import type { Block, LineSpan, ListItem, NoteBlock, TableBlock } from './document.js'
import { cellValues, htmlText, isNonContentHtml, normalizeText, toPlainText } from './plain-text.js'
import { sourceError } from './source-error.js'

export interface ExtractedBlocks {
  title: string | null
  titleLine: number | null
  blocks: Block[]
}

const alertMarker = /^\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]/i

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
  const blocks: Block[] = []
  let title: string | null = null
  let titleLine: number | null = null
  // Headings in effect, by depth; the H1 is the title, so it never enters a section path.
  let headings: { depth: number; text: string }[] = []
  let leadIn: string | null = null

  const section = () => headings.filter((h) => h.depth > 1).map((h) => h.text)

  function table(node: Table): void {
    const [head, ...body] = node.children
    if (!head) return
    const columns = head.children.map((cell) => toPlainText(cell))
    const rows = body.map((row) => {
      if (row.children.length > columns.length) {
        throw sourceError(
          file,
          span(row).line,
          `table row has ${row.children.length} cells, expected at most ${columns.length} (the header's count)`,
        )
      }
      // GFM reads missing trailing cells as empty.
      const cells = columns.map((_, index) => {
        const cell = row.children[index]
        return cell ? cellValues(cell) : []
      })
      return { cells, ...span(row) }
    })
    const block: TableBlock = {
      kind: 'table',
      section: section(),
      leadIn,
      columns,
      rows,
      ...span(node),
    }
    blocks.push(block)
  }

  function list(node: List): void {
    const items: ListItem[] = []
    const nested: RootContent[] = []
    for (const item of node.children) {
      const own = item.children.filter((child) => child.type !== 'list' && child.type !== 'table')
      items.push({ text: toPlainText(own), ...span(item) })
      for (const child of item.children)
        if (child.type === 'list' || child.type === 'table') nested.push(child)
    }
    blocks.push({
      kind: 'list',
      ordered: node.ordered === true,
      section: section(),
      leadIn,
      items,
      ...span(node),
    })
    for (const child of nested) visit(child)
  }

  function note(node: Blockquote, noteKind: string): void {
    const paragraphs: string[] = []
    const nested: RootContent[] = []
    for (const child of node.children) {
      if (child.type === 'table' || child.type === 'list') nested.push(child)
      else {
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
      section: section(),
      ...span(node),
    }
    blocks.push(block)
    for (const child of nested) visit(child)
  }

  function visit(node: RootContent): void {
    switch (node.type) {
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return
      case 'heading': {
        const text = toPlainText(node)
        if (node.depth === 1 && title === null) {
          title = text
          titleLine = span(node).line
        } else {
          blocks.push({ kind: 'heading', depth: node.depth, text, ...span(node) })
        }
        headings = [...headings.filter((h) => h.depth < node.depth), { depth: node.depth, text }]
        leadIn = null
        return
      }
      case 'paragraph': {
        const text = toPlainText(node)
        if (text === '') return
        blocks.push({ kind: 'paragraph', text, section: section(), ...span(node) })
        leadIn = text
        return
      }
      case 'html': {
        if (isNonContentHtml(node.value)) return
        const text = normalizeText(htmlText(node.value))
        if (text === '') return
        blocks.push({ kind: 'paragraph', text, section: section(), ...span(node) })
        leadIn = text
        return
      }
      case 'code':
        blocks.push({ kind: 'code', text: node.value, section: section(), ...span(node) })
        return
      case 'table':
        table(node)
        return
      case 'list':
        list(node)
        return
      case 'blockquote': {
        const kind = alertKind(node)
        if (kind) note(node, kind)
        else for (const child of node.children) visit(child)
        return
      }
      default:
        if ('children' in node) for (const child of node.children) visit(child as RootContent)
        else if ('value' in node) {
          const text = normalizeText(String(node.value))
          if (text !== '')
            blocks.push({ kind: 'paragraph', text, section: section(), ...span(node) })
        }
    }
  }

  for (const child of tree.children) visit(child)
  return { title, titleLine, blocks }
}
