import type { PhrasingContent } from 'mdast'
import { htmlText, normalizeText, toPlainText } from './plain-text.js'

/*
 * Footnote marks are superscripts: `US<sup>1</sup>` marks the value "US" with "1", and a paragraph
 * that starts with `<sup>1</sup>` is the footnote. Markdown gives a superscript as three nodes (raw
 * `<sup>`, its text, raw `</sup>`); the Learn HTML reader gives one raw `<sup>1</sup>` node.
 */

const whole = /^<sup\b[^>]*>([\s\S]*?)<\/sup\s*>$/i
const opening = /^<sup\b[^>]*>$/i
const closing = /^<\/sup\s*>$/i

const html = (node: PhrasingContent | undefined, pattern: RegExp) =>
  node?.type === 'html' && pattern.test(node.value.trim())
const blank = (node: PhrasingContent | undefined) =>
  node?.type === 'text' && node.value.trim() === ''

/** A superscript's marks: `1` is one, `1,2` and `1, 2` are two. */
function marksIn(text: string): string[] {
  return normalizeText(text)
    .split(/\s*,\s*/)
    .filter((mark) => mark !== '')
}

/**
 * The superscripts at the end of a value, kept apart from it: the value's nodes without them, and
 * their marks in order. A value that is nothing but a superscript keeps it as its text.
 */
export function trailingMarks(run: readonly PhrasingContent[]): {
  run: PhrasingContent[]
  marks: string[]
} {
  const rest = [...run]
  const found: string[][] = []
  for (;;) {
    while (blank(rest.at(-1))) rest.pop()
    const last = rest.at(-1)
    const single = last?.type === 'html' ? whole.exec(last.value.trim()) : null
    if (single) {
      found.unshift(marksIn(htmlText(single[1] ?? '')))
      rest.pop()
      continue
    }
    if (!html(last, closing)) break
    const start = rest.findLastIndex((node) => html(node, opening))
    if (start === -1) break
    found.unshift(marksIn(toPlainText(rest.slice(start + 1, -1))))
    rest.length = start
  }
  if (found.length === 0 || toPlainText(rest) === '') return { run: [...run], marks: [] }
  return { run: rest, marks: found.flat() }
}

/**
 * The mark of a footnote paragraph, one that starts with a superscript, and the nodes after it;
 * `null` for any other paragraph, and for one that is nothing but a superscript.
 */
export function leadingMark(
  children: readonly PhrasingContent[],
): { mark: string; rest: PhrasingContent[] } | null {
  const start = children.findIndex((node) => !blank(node))
  const first = children[start]
  let mark: string | null = null
  let after = start + 1
  const single = first?.type === 'html' ? whole.exec(first.value.trim()) : null
  if (single) mark = htmlText(single[1] ?? '')
  else if (html(first, opening)) {
    const end = children.findIndex((node, index) => index > start && html(node, closing))
    if (end === -1) return null
    mark = toPlainText(children.slice(start + 1, end))
    after = end + 1
  }
  if (mark === null || normalizeText(mark) === '') return null
  const rest = children.slice(after)
  return toPlainText(rest) === '' ? null : { mark: normalizeText(mark), rest }
}
