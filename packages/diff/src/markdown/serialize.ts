import type { Nodes } from 'mdast'
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableToMarkdown } from 'mdast-util-gfm-table'
import { type Options, toMarkdown } from 'mdast-util-to-markdown'

/**
 * GFM as this repository writes it: tables without alignment padding (shorter, and a value's
 * length cannot reflow a table), `-` bullets. The strikethrough extension is here for its escapes:
 * a `~` in a text can never start a strikethrough.
 */
const options: Options = {
  extensions: [gfmTableToMarkdown({ tablePipeAlign: false }), gfmStrikethroughToMarkdown()],
  bullet: '-',
  listItemIndent: 'one',
  emphasis: '_',
  strong: '*',
  fences: true,
  rule: '-',
}

/** A tree as Markdown: every text node escaped by the serializer that writes it. */
export function serialize(tree: Nodes, extra: Partial<Options> = {}): string {
  return toMarkdown(tree, { ...options, ...extra })
}
