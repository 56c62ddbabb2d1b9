import type { PhrasingContent, TableCell } from 'mdast'
import type { Link } from './document.js'
import { trailingMarks } from './footnote-marks.js'
import { type Definitions, linksOf } from './inline-links.js'
import { toPlainText } from './plain-text.js'

// Tags that separate values inside a table cell: `<br>` and HTML lists written into cells.
const valueBoundary = /^<\/?(?:br|li|ul|ol|p)\b[^>]*>$/i

/** One value of a table cell: its text, the footnote marks after it, and its links. */
export interface CellValue {
  text: string
  marks: string[]
  links: Link[]
}

/**
 * A table cell as its list of values: split on `<br>` (any spelling) and HTML list items, each
 * value's trailing superscripts kept apart as its marks.
 */
export function cellValues(cell: TableCell, definitions: Definitions): CellValue[] {
  const values: CellValue[] = []
  let run: PhrasingContent[] = []
  const flush = () => {
    const { run: text, marks } = trailingMarks(run)
    const value = toPlainText(text)
    if (value !== '') values.push({ text: value, marks, links: linksOf(run, definitions) })
    run = []
  }
  for (const child of cell.children) {
    // `<br>` reaches a cell as raw HTML from markdown, or as a break node from an HTML page.
    if (child.type === 'break' || (child.type === 'html' && valueBoundary.test(child.value.trim())))
      flush()
    else run.push(child)
  }
  flush()
  return values
}
