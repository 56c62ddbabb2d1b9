import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'

/**
 * An independent GFM table reader for the corpus suite: markdown-it's tokens, reduced to the same
 * shape our reader produces (columns, rows of cell values split on `<br>` and HTML list items, and
 * the superscripts at the end of each value as its marks).
 */
const markdown = new MarkdownIt({ html: true })
const boundary = /^<\/?(?:br|li|ul|ol|p)\b[^>]*>$/i

export interface OracleTable {
  columns: string[]
  rows: string[][][]
  /** Per row, per column, per value: its marks. */
  marks: string[][][][]
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

/** A cell's values and, for each, the superscripts that end it. */
function cellValues(inline: Token): { values: string[]; marks: string[][] } {
  const values: string[] = []
  const marks: string[][] = []
  let run: { text: string; sup: boolean }[] = []
  let inSup = false
  const flush = () => {
    const kept = [...run]
    const found: string[] = []
    while (kept.length > 0 && (kept.at(-1)!.sup || squash(kept.at(-1)!.text) === '')) {
      const part = kept.pop()!
      if (part.sup)
        found.unshift(
          ...squash(part.text)
            .split(/\s*,\s*/)
            .filter(Boolean),
        )
    }
    const text = squash(kept.map((part) => part.text).join(''))
    const value = text === '' || found.length === 0 ? squash(run.map((p) => p.text).join('')) : text
    if (value !== '') {
      values.push(value)
      marks.push(text === '' ? [] : found)
    }
    run = []
  }
  const add = (text: string) => {
    const last = run.at(-1)
    if (inSup && last?.sup) last.text += text
    else run.push({ text, sup: inSup })
  }
  for (const child of inline.children ?? []) {
    if (child.type === 'html_inline') {
      const tag = child.content.trim()
      if (boundary.test(tag)) flush()
      else if (/^<sup\b/i.test(tag)) {
        inSup = true
        run.push({ text: '', sup: true })
      } else if (/^<\/sup/i.test(tag)) inSup = false
    } else if (child.type === 'text' || child.type === 'code_inline') add(child.content)
    else if (child.type === 'softbreak' || child.type === 'hardbreak') add(' ')
    else if (child.type === 'image') add(child.content)
  }
  flush()
  return { values, marks }
}

export function oracleTables(text: string): OracleTable[] {
  const tables: OracleTable[] = []
  let current: OracleTable | null = null
  let row: { values: string[]; marks: string[][] }[] | null = null
  let inHead = false
  for (const token of markdown.parse(text, {})) {
    if (token.type === 'table_open') current = { columns: [], rows: [], marks: [] }
    else if (token.type === 'table_close' && current) {
      tables.push(current)
      current = null
    } else if (token.type === 'thead_open') inHead = true
    else if (token.type === 'thead_close') inHead = false
    else if (token.type === 'tr_open') row = []
    else if (token.type === 'tr_close' && current && row) {
      if (inHead) current.columns = row.map((cell) => cell.values.join(' '))
      else {
        current.rows.push(row.map((cell) => cell.values))
        current.marks.push(row.map((cell) => cell.marks))
      }
      row = null
    } else if (token.type === 'inline' && row) row.push(cellValues(token))
  }
  return tables
}
