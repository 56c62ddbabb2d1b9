import type { BlockContent, Blockquote, List, Paragraph, Root, RootContent, Table } from 'mdast'
import { alignSequences, type Match } from './align-sequences.js'
import calloutLabels from './callout-labels.json' with { type: 'json' }
import { decodeSource } from './decode-source.js'
import type { Block, Locale, ParsedDocument } from './document.js'
import { extractBlocks } from './extract-blocks.js'
import { normalizeText } from './plain-text.js'
import { sourceError } from './source-error.js'

/*
 * A rendered Learn page as plain text loses the markup that tells blocks apart: headings and
 * callout labels are bare lines, lists run straight into the next paragraph, tables follow prose
 * with no blank line and have no leading pipe, and `<br>` inside cells is gone. Raw remark finds no
 * table in it. So the reader works in three documented steps:
 *
 * 1. Tokenize line by line. Every non-blank line is its own block: a table (a header line, a
 *    delimiter line such as `---|---|`, then lines ending in `|`), a list item (`- `, `* `, `• `,
 *    `1. `; consecutive items form one list), a callout label (a line equal to one of the locale's
 *    labels in `callout-labels.json`), or a plain line.
 * 2. Recover headings and callouts by aligning the token sequence with the reference document (the
 *    source locale) block by block: a plain line aligned with a heading becomes a heading of the same
 *    depth, a label with its following lines becomes a callout of the reference's paragraph count.
 * 3. Build the same mdast a markdown reader would, with each node's position on its source line,
 *    and extract blocks from it with the shared extractor.
 *
 * Cells keep the space-joined text of all their values; `alignLocales` splits them against the
 * reference's value counts.
 */

type Token =
  | { kind: 'line'; text: string; line: number }
  | { kind: 'label'; noteKind: string; text: string; line: number }
  | { kind: 'list'; ordered: boolean; items: { text: string; line: number }[]; line: number }
  | { kind: 'table'; columns: string[]; rows: { cells: string[]; line: number }[]; line: number }

const delimiterRow = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/
const listItem = /^\s*(?:([-*+•])|(\d+)[.)])\s+(.*)$/
const sentenceEnd = /[.:;!?。：！？]$/

// How a rendered page labels each callout kind, per locale: the only per-language strings here.
const labelsByLocale: Record<string, Record<string, string>> = calloutLabels

function splitRow(text: string): string[] {
  let inner = text.trim()
  if (inner.startsWith('|')) inner = inner.slice(1)
  if (inner.endsWith('|')) inner = inner.slice(0, -1)
  return inner.split('|').map(normalizeText)
}

function tokenize(lines: string[], labels: Record<string, string>, file: string): Token[] {
  const tokens: Token[] = []
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!
    const line = index + 1
    if (text.trim() === '') continue
    const next = lines[index + 1]
    if (next !== undefined && text.includes('|') && next.includes('|') && delimiterRow.test(next)) {
      const columns = splitRow(text)
      const rows: { cells: string[]; line: number }[] = []
      index += 2
      while (index < lines.length && lines[index]!.trim().endsWith('|')) {
        const cells = splitRow(lines[index]!)
        if (cells.length > columns.length) {
          throw sourceError(
            file,
            index + 1,
            `table row has ${cells.length} cells, expected at most ${columns.length} (the header's count)`,
          )
        }
        rows.push({ cells: columns.map((_, column) => cells[column] ?? ''), line: index + 1 })
        index++
      }
      index--
      tokens.push({ kind: 'table', columns, rows, line })
      continue
    }
    const item = listItem.exec(text)
    if (item) {
      const ordered = item[2] !== undefined
      const previous = tokens.at(-1)
      const entry = { text: normalizeText(item[3]!), line }
      if (
        previous?.kind === 'list' &&
        previous.ordered === ordered &&
        previous.items.at(-1)?.line === line - 1
      ) {
        previous.items.push(entry)
      } else {
        tokens.push({ kind: 'list', ordered, items: [entry], line })
      }
      continue
    }
    const trimmed = normalizeText(text)
    const noteKind = Object.hasOwn(labels, trimmed) ? labels[trimmed] : undefined
    if (noteKind) tokens.push({ kind: 'label', noteKind, text: trimmed, line })
    else tokens.push({ kind: 'line', text: trimmed, line })
  }
  return tokens
}

/** What a reference block looks like for alignment: the title counts as a depth-1 heading. */
type ReferenceUnit = Block | { kind: 'title' }

function referenceUnits(reference: ParsedDocument): ReferenceUnit[] {
  return reference.title === null ? reference.blocks : [{ kind: 'title' }, ...reference.blocks]
}

function followingLines(tokens: Token[], start: number, wanted: number): number {
  let count = 0
  while (count < wanted && tokens[start + count]?.kind === 'line') count++
  return count
}

function matchUnit(unit: ReferenceUnit, tokens: Token[], index: number): Match | null {
  const token = tokens[index]!
  switch (unit.kind) {
    case 'title':
    case 'heading':
      // A heading may read like a callout label ("Tips"); as a heading it costs more than a line.
      if (token.kind === 'label') return { cost: 0.6, span: 1 }
      return token.kind === 'line'
        ? { cost: sentenceEnd.test(token.text) ? 0.4 : 0, span: 1 }
        : null
    case 'paragraph':
      return token.kind === 'line'
        ? { cost: sentenceEnd.test(token.text) ? 0 : 0.2, span: 1 }
        : null
    case 'code': {
      if (token.kind !== 'line') return null
      // Blank lines inside the code are not tokens.
      const wanted = Math.max(1, unit.text.split('\n').filter((line) => line.trim() !== '').length)
      return { cost: 0.3, span: followingLines(tokens, index, wanted) }
    }
    case 'list':
      if (token.kind !== 'list' || token.ordered !== unit.ordered) return null
      return { cost: token.items.length === unit.items.length ? 0 : 0.3, span: 1 }
    case 'table': {
      if (token.kind !== 'table') return null
      const columnCost = token.columns.length === unit.columns.length ? 0 : 0.3
      const rowCost = token.rows.length === unit.rows.length ? 0 : 0.2
      return { cost: columnCost + rowCost, span: 1 }
    }
    case 'note': {
      if (token.kind !== 'label') return null
      const wanted = Math.max(1, unit.paragraphs.length)
      const found = followingLines(tokens, index + 1, wanted)
      const cost = (token.noteKind === unit.noteKind ? 0 : 0.3) + 0.5 * (wanted - found)
      return { cost, span: 1 + found }
    }
  }
}

function tokenText(token: Token): string {
  return token.kind === 'line' || token.kind === 'label' ? token.text : ''
}

function at(line: number, length = 0, endLine = line) {
  return { start: { line, column: 1 }, end: { line: endLine, column: length + 1 } }
}

function paragraph(text: string, line: number): Paragraph {
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: text, position: at(line, text.length) }],
    position: at(line, text.length),
  }
}

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

/** Steps 2 and 3: align tokens with the reference and build the tree. */
function buildTree(tokens: Token[], reference: ParsedDocument | null): Root {
  const units = reference ? referenceUnits(reference) : [{ kind: 'title' } as const]
  const pairs = alignSequences(units.length, tokens.length, {
    match: (unitIndex, tokenIndex) => matchUnit(units[unitIndex]!, tokens, tokenIndex),
  })
  const children: RootContent[] = []
  // Lines taken as the body of a label the reference has no callout for.
  const consumed = new Set<number>()
  for (const pair of pairs) {
    if (pair.b === null || consumed.has(pair.b)) continue
    const token = tokens[pair.b]!
    const unit = pair.a === null ? null : units[pair.a]!
    if (token.kind === 'line') {
      const depth = unit?.kind === 'title' ? 1 : unit?.kind === 'heading' ? unit.depth : null
      if (depth !== null) {
        const heading = paragraph(token.text, token.line)
        children.push({
          type: 'heading',
          depth: depth as 1,
          children: heading.children,
          position: heading.position,
        })
      } else if (unit?.kind === 'code') {
        const body = tokens.slice(pair.b, pair.b + pair.span)
        children.push({
          type: 'code',
          value: body.map(tokenText).join('\n'),
          position: at(token.line),
        })
      } else {
        children.push(paragraph(token.text, token.line))
      }
    } else if (token.kind === 'label' && (unit?.kind === 'heading' || unit?.kind === 'title')) {
      const heading = paragraph(token.text, token.line)
      const depth = unit.kind === 'title' ? 1 : unit.depth
      children.push({
        type: 'heading',
        depth: depth as 1,
        children: heading.children,
        position: heading.position,
      })
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

export interface ReadLearnTextOptions {
  file: string
  /** The locale whose callout labels to recognise, for example `sv`. */
  locale: Locale
  /**
   * The same article in the source locale. Headings and callouts are recovered by aligning with
   * it; without it, only the first line (the title) and the callout labels are recognised.
   */
  reference?: ParsedDocument | null
}

/** Read the plain text rendering of a Learn page. */
export function readLearnText(
  input: string | Uint8Array,
  options: ReadLearnTextOptions,
): ParsedDocument {
  const { file, locale } = options
  const text = decodeSource(input, file)
  const tokens = tokenize(text.split(/\r\n|\r|\n/), labelsByLocale[locale] ?? {}, file)
  const tree = buildTree(tokens, options.reference ?? null)
  const { title, titleLine, blocks } = extractBlocks(tree, file)
  return {
    file,
    format: 'learn-text',
    title,
    titleLine,
    frontMatter: null,
    frontMatterLines: {},
    msDate: null,
    joinedCells: true,
    blocks,
  }
}
