import type {
  Heading,
  Html,
  InlineCode,
  List,
  Paragraph,
  PhrasingContent,
  RootContent,
  Table,
  TableCell,
  Text,
} from 'mdast'

// Node builders for the report's own words; text from the docs goes through doc-text.ts.

export const text = (value: string): Text => ({ type: 'text', value })
export const code = (value: string): InlineCode => ({ type: 'inlineCode', value })
export const html = (value: string): Html => ({ type: 'html', value })
export const strong = (...children: PhrasingContent[]): PhrasingContent => ({
  type: 'strong',
  children,
})
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({
  type: 'paragraph',
  children,
})
export const heading = (depth: 2 | 3 | 4, ...children: PhrasingContent[]): Heading => ({
  type: 'heading',
  depth,
  children,
})

/** A tight bullet list, one paragraph per item. */
export const list = (items: readonly PhrasingContent[][]): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((children) => ({
    type: 'listItem',
    spread: false,
    children: [paragraph(...children)],
  })),
})

const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children })

/** A GFM table: the header's cells, then rows of as many cells (missing ones are empty). */
export function table(header: readonly string[], rows: readonly PhrasingContent[][][]): Table {
  return {
    type: 'table',
    align: header.map(() => null),
    children: [
      { type: 'tableRow', children: header.map((label) => cell([text(label)])) },
      ...rows.map((row) => ({
        type: 'tableRow' as const,
        children: header.map((_, index) => cell(row[index] ?? [])),
      })),
    ],
  }
}

/** A table without the columns (after the first) that are empty in every row. */
export function denseTable(header: readonly string[], rows: readonly PhrasingContent[][][]): Table {
  const kept = header
    .map((_, index) => index)
    .filter((index) => index === 0 || rows.some((row) => (row[index] ?? []).length > 0))
  return table(
    kept.map((index) => header[index]!),
    rows.map((row) => kept.map((index) => row[index] ?? [])),
  )
}

const escapeHtml = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/** Blocks folded under a one-line summary, which is the report's own words (escaped as HTML). */
export function details(summary: string, children: readonly RootContent[]): RootContent[] {
  return [
    html(`<details><summary>${escapeHtml(summary)}</summary>`),
    ...children,
    html('</details>'),
  ]
}

/** Phrasing joined by a separator node. */
export function joined(
  parts: readonly PhrasingContent[][],
  separator: () => PhrasingContent,
): PhrasingContent[] {
  return parts.flatMap((part, index) => (index === 0 ? part : [separator(), ...part]))
}
