import { normalizeText } from './plain-text.js'
import { sourceError } from './source-error.js'

// Step 1 of readLearnText; read-learn-text.ts explains all three.

/** One block of a rendered Learn page's plain text, as step 1 of `readLearnText` finds it. */
export type Token =
  | { kind: 'line'; text: string; line: number }
  | { kind: 'label'; noteKind: string; text: string; line: number }
  | { kind: 'list'; ordered: boolean; items: { text: string; line: number }[]; line: number }
  | { kind: 'table'; columns: string[]; rows: { cells: string[]; line: number }[]; line: number }

const delimiterRow = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/
// The bullet escaped, as in align-learn-text.ts: a bundle stays ASCII.
const listItem = /^\s*(?:([-*+\u2022])|(\d+)[.)])\s+(.*)$/

/** The cells of a table line, with or without its outer pipes. */
function splitRow(text: string): string[] {
  let inner = text.trim()
  if (inner.startsWith('|')) inner = inner.slice(1)
  if (inner.endsWith('|')) inner = inner.slice(0, -1)
  return inner.split('|').map(normalizeText)
}

/** Step 1: every non-blank line as its own block; `labels` maps a callout label to its kind. */
export function tokenize(lines: string[], labels: Record<string, string>, file: string): Token[] {
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
