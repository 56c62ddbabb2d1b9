import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'

/**
 * An independent GFM table reader for the corpus suite: markdown-it's tokens, reduced to the same
 * shape our reader produces (columns, rows of cell values split on `<br>` and HTML list items).
 */
const markdown = new MarkdownIt({ html: true })
const boundary = /^<\/?(?:br|li|ul|ol|p)\b[^>]*>$/i

export interface OracleTable {
  columns: string[]
  rows: string[][][]
}

function cellValues(inline: Token): string[] {
  const values: string[] = []
  let run = ''
  const flush = () => {
    const value = run.replace(/\s+/g, ' ').trim()
    if (value !== '') values.push(value)
    run = ''
  }
  for (const child of inline.children ?? []) {
    if (child.type === 'html_inline') {
      if (boundary.test(child.content.trim())) flush()
    } else if (child.type === 'text' || child.type === 'code_inline') run += child.content
    else if (child.type === 'softbreak' || child.type === 'hardbreak') run += ' '
    else if (child.type === 'image') run += child.content
  }
  flush()
  return values
}

export function oracleTables(text: string): OracleTable[] {
  const tables: OracleTable[] = []
  let current: OracleTable | null = null
  let row: string[][] | null = null
  let inHead = false
  for (const token of markdown.parse(text, {})) {
    if (token.type === 'table_open') current = { columns: [], rows: [] }
    else if (token.type === 'table_close' && current) {
      tables.push(current)
      current = null
    } else if (token.type === 'thead_open') inHead = true
    else if (token.type === 'thead_close') inHead = false
    else if (token.type === 'tr_open') row = []
    else if (token.type === 'tr_close' && current && row) {
      if (inHead) current.columns = row.map((values) => values.join(' '))
      else current.rows.push(row)
      row = null
    } else if (token.type === 'inline' && row) row.push(cellValues(token))
  }
  return tables
}
