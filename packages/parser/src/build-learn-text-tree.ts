import type {
  BlockContent,
  Blockquote,
  Heading,
  List,
  Paragraph,
  Root,
  RootContent,
  Table,
} from 'mdast'
import type { Alignment, ReferenceUnit } from './align-learn-text.js'
import type { Token } from './tokenize-learn-text.js'

// Step 3 of readLearnText; read-learn-text.ts explains all three.

/** Step 3: the mdast a markdown reader would build, each node positioned on its source line. */
export function buildTree(tokens: Token[], { units, pairs }: Alignment): Root {
  const children: RootContent[] = []
  // Lines taken as the body of a label the reference has no callout for.
  const consumed = new Set<number>()
  for (const pair of pairs) {
    if (pair.b === null || consumed.has(pair.b)) continue
    const token = tokens[pair.b]!
    const unit = pair.a === null ? null : units[pair.a]!
    if (token.kind === 'line') {
      children.push(lineNode(token, unit, tokens.slice(pair.b, pair.b + pair.span)))
    } else if (token.kind === 'label' && (unit?.kind === 'heading' || unit?.kind === 'title')) {
      children.push(headingNode(token.text, token.line, unit.kind === 'title' ? 1 : unit.depth))
    } else if (token.kind === 'label') {
      let body = tokens.slice(pair.b + 1, pair.b + pair.span)
      if (unit === null && tokens[pair.b + 1]?.kind === 'line') {
        // A label still introduces the line after it when the reference has no callout here.
        body = [tokens[pair.b + 1]!]
        consumed.add(pair.b + 1)
      }
      children.push(calloutNode(token.noteKind, token.line, body))
    } else if (token.kind === 'list') {
      children.push(listNode(token))
    } else {
      children.push(tableNode(token))
    }
  }
  return { type: 'root', children }
}

/** A plain line as the reference has it there: a heading, code (over `covered`), or a paragraph. */
function lineNode(
  token: Extract<Token, { kind: 'line' }>,
  unit: ReferenceUnit | null,
  covered: Token[],
): RootContent {
  const depth = unit?.kind === 'title' ? 1 : unit?.kind === 'heading' ? unit.depth : null
  if (depth !== null) return headingNode(token.text, token.line, depth)
  if (unit?.kind === 'code') {
    return { type: 'code', value: covered.map(tokenText).join('\n'), position: at(token.line) }
  }
  return paragraph(token.text, token.line)
}

/** The text a line or label token carries; other tokens carry none. */
function tokenText(token: Token): string {
  return token.kind === 'line' || token.kind === 'label' ? token.text : ''
}

/** A position from the start of `line` to `length` columns in on `endLine`. */
function at(line: number, length = 0, endLine = line) {
  return { start: { line, column: 1 }, end: { line: endLine, column: length + 1 } }
}

/** A paragraph of one text on one line. */
function paragraph(text: string, line: number): Paragraph {
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: text, position: at(line, text.length) }],
    position: at(line, text.length),
  }
}

/** A heading of one text on one line. */
function headingNode(text: string, line: number, depth: number): Heading {
  const heading = paragraph(text, line)
  return {
    type: 'heading',
    depth: depth as 1,
    children: heading.children,
    position: heading.position,
  }
}

/** A list with one single-paragraph item per list line. */
function listNode(token: Extract<Token, { kind: 'list' }>): List {
  return {
    type: 'list',
    ordered: token.ordered,
    spread: false,
    children: token.items.map((item) => ({
      type: 'listItem',
      spread: false,
      children: [paragraph(item.text, item.line)],
      position: at(item.line, item.text.length),
    })),
    position: at(token.line, 0, token.items.at(-1)!.line),
  }
}

/** A table whose header and rows each sit on their own line. */
function tableNode(token: Extract<Token, { kind: 'table' }>): Table {
  const row = (cells: string[], line: number) => ({
    type: 'tableRow' as const,
    children: cells.map((value) => ({
      type: 'tableCell' as const,
      children: value === '' ? [] : [{ type: 'text' as const, value, position: at(line) }],
      position: at(line),
    })),
    position: at(line),
  })
  return {
    type: 'table',
    children: [row(token.columns, token.line), ...token.rows.map((r) => row(r.cells, r.line))],
    position: at(token.line, 0, token.rows.at(-1)?.line ?? token.line),
  }
}

/** An alert blockquote (`> [!NOTE]`) holding the body's lines as paragraphs. */
function calloutNode(noteKind: string, labelLine: number, body: Token[]): Blockquote {
  const marker = paragraph(`[!${noteKind.toUpperCase()}]`, labelLine)
  const children: BlockContent[] = [marker]
  for (const token of body)
    if (token.kind === 'line') children.push(paragraph(token.text, token.line))
  return {
    type: 'blockquote',
    children,
    position: at(labelLine, 0, body.at(-1)?.line ?? labelLine),
  }
}
