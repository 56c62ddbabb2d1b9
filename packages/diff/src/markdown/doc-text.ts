import type { InlineCode, PhrasingContent, Text } from 'mdast'
import { serialize } from './serialize.js'

/**
 * What GitHub turns into a link, a notification or a reference when it reads a comment: URLs and
 * `www.` autolinks, e-mail addresses, @mentions (users and teams), issue and pull request
 * references (`#12`, `GH-12`, `owner/repo#12`) and commit hashes. Text from the docs that matches is
 * written as code, which GitHub leaves alone. A URL stops at `|`, so no code span holds one.
 */
const live = new RegExp(
  [
    String.raw`\b[a-z][a-z0-9+.-]*:\/\/[^\s<>|]*[^\s<>|.,:;!?"')\]…“”‘’]`,
    String.raw`\bwww\.[^\s<>|]*[^\s<>|.,:;!?"')\]…“”‘’]`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    String.raw`@[a-z0-9][\w-]*(?:\/[\w.-]+)?`,
    String.raw`(?:\b[\w.-]+\/[\w.-]+)?#\d+\b`,
    String.raw`\bgh-\d+\b`,
    String.raw`\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b`,
  ].join('|'),
  'gi',
)

/** The stretches of `text` that GitHub would make live, as `[start, end)` offsets. */
export function liveRanges(text: string): [number, number][] {
  return [...text.matchAll(live)].map((match) => [match.index, match.index + match[0].length])
}

/** A piece of doc text, deleted or inserted in a word diff, or kept. */
export interface Segment {
  text: string
  mark?: 'del' | 'ins' | undefined
}

// One line: a value or a sentence never ends a table row or starts a block.
const oneLine = (text: string) => text.replace(/\r\n|\r|\n/g, ' ')

/** A segment's text split at live ranges (offsets into the whole), as text and code nodes. */
function pieces(
  text: string,
  at: number,
  ranges: readonly [number, number][],
): (Text | InlineCode)[] {
  const nodes: (Text | InlineCode)[] = []
  let position = 0
  const push = (end: number, code: boolean) => {
    if (end <= position) return
    const value = text.slice(position, end)
    nodes.push(code ? { type: 'inlineCode', value } : { type: 'text', value })
    position = end
  }
  for (const [start, end] of ranges) {
    if (end <= at || start >= at + text.length) continue
    push(Math.max(0, start - at), false)
    push(Math.min(text.length, end - at), true)
  }
  push(text.length, false)
  return nodes
}

/**
 * Text from the docs as phrasing: in text nodes (the serializer escapes them) or, where GitHub
 * would make it live, in code spans; deleted and inserted words inside `<del>` and `<ins>`, which
 * GitHub keeps and which, unlike `~~` and `**`, render next to punctuation. A live stretch that a
 * word diff splits is code in every piece, so no piece of it is live either.
 */
export function docPhrasing(segments: readonly Segment[]): PhrasingContent[] {
  const lines = segments.map((segment) => ({ ...segment, text: oneLine(segment.text) }))
  const ranges = liveRanges(lines.map((segment) => segment.text).join(''))
  const nodes: PhrasingContent[] = []
  let at = 0
  for (const { text, mark } of lines) {
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? []
    if (!mark || core === '') nodes.push(...pieces(text, at, ranges))
    else {
      nodes.push(...pieces(lead, at, ranges), { type: 'html', value: `<${mark}>` })
      nodes.push(...pieces(core, at + lead.length, ranges), { type: 'html', value: `</${mark}>` })
      nodes.push(...pieces(trail, at + lead.length + core.length, ranges))
    }
    at += text.length
  }
  return nodes
}

/** One text from the docs as phrasing: see `docPhrasing`. */
export const docText = (text: string): PhrasingContent[] => docPhrasing([{ text }])

/**
 * A text from the docs as inline Markdown, for writers that place it themselves (a table cell, a
 * heading, a list item): escaped as a paragraph, with `|` escaped too, and neutralized.
 */
export function markdownText(text: string): string {
  return serialize(
    { type: 'paragraph', children: docText(text) },
    { unsafe: [{ character: '|', inConstruct: 'phrasing' }] },
  ).trimEnd()
}
