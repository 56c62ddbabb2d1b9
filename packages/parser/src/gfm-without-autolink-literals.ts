import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import type { Processor } from 'unified'
import { gfmTableWithStartCheck } from './table-start-check.js'

/** Which of the constructs remark-gfm adds to leave out besides autolink literals. */
export interface GfmSubset {
  /** Footnote calls and definitions (default true): both start with `[^`. */
  footnotes?: boolean
}

/**
 * remark-gfm's parsing half without autolink literals: footnotes (unless `footnotes` is false),
 * strikethrough, tables and task list items, registered in the order remark-gfm registers them, so
 * every other construct is tried in the same order. Left out are micromark's autolink-literal
 * tokenizer, which is attempted at every letter and digit of running text, and mdast's
 * autolink-literal transform, which searches every text node again with four regular expressions:
 * together a quarter of the corpus's parse. Tables check the next line before they read a head row
 * (table-start-check.ts).
 */
export function remarkGfmWithoutAutolinkLiterals(
  this: Processor,
  { footnotes = true }: GfmSubset = {},
): undefined {
  const data = this.data()
  data.micromarkExtensions ??= []
  data.fromMarkdownExtensions ??= []
  data.micromarkExtensions.push(
    ...(footnotes ? [gfmFootnote()] : []),
    gfmStrikethrough(),
    gfmTableWithStartCheck(),
    gfmTaskListItem(),
  )
  data.fromMarkdownExtensions.push(
    ...(footnotes ? [gfmFootnoteFromMarkdown()] : []),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  )
}
