import { alignWithReference } from './align-learn-text.js'
import { buildTree } from './build-learn-text-tree.js'
import calloutLabels from './callout-labels.json' with { type: 'json' }
import { decodeSource } from './decode-source.js'
import type { Locale, ParsedDocument } from './document.js'
import { extractBlocks } from './extract-blocks.js'
import { checkMarkdownShape } from './markdown-shape.js'
import { tokenize } from './tokenize-learn-text.js'

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

// How a rendered page labels each callout kind, per locale: the only per-language strings here.
const labelsByLocale: Record<string, Record<string, string>> = calloutLabels

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
  checkMarkdownShape(text, file)
  const tokens = tokenize(text.split(/\r\n|\r|\n/), labelsByLocale[locale] ?? {}, file)
  const tree = buildTree(tokens, alignWithReference(tokens, options.reference ?? null))
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
