import type { Root } from 'mdast'
import { decodeSource } from './decode-source.js'
import type { ParsedDocument } from './document.js'
import { extractBlocks } from './extract-blocks.js'
import { readFrontMatter } from './front-matter.js'
import { checkMarkdownNesting, withinStack } from './input-limits.js'
import { checkMarkdownShape } from './markdown-shape.js'
import { parseGfm } from './parse-gfm.js'
import { sourceError } from './source-error.js'

export interface ReadOptions {
  /** The path used in errors and in the dataset's source records. */
  file: string
}

/** Read an upstream Learn markdown article. */
export function readGfm(input: string | Uint8Array, options: ReadOptions): ParsedDocument {
  return readGfmParsedBy(parseGfm, input, options)
}

/** `readGfm` with another parse: the equality test and the bench pass `parseFullGfm`. */
export function readGfmParsedBy(
  parse: (text: string) => Root,
  input: string | Uint8Array,
  { file }: ReadOptions,
): ParsedDocument {
  const text = decodeSource(input, file)
  checkMarkdownNesting(text, file)
  checkMarkdownShape(text, file)
  const tree = withinStack(file, () => parse(text))
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : null
  const frontMatter = yaml ? readFrontMatter(yaml, file) : null
  const { title, titleLine, blocks } = withinStack(file, () => extractBlocks(tree, file))
  if (title === null && blocks.length === 0) {
    throw sourceError(file, 1, 'no content: expected a level-1 heading and at least one block')
  }
  return {
    file,
    format: 'gfm',
    title,
    titleLine,
    frontMatter: frontMatter?.fields ?? null,
    frontMatterLines: frontMatter?.lines ?? {},
    msDate: frontMatter?.msDate ?? null,
    joinedCells: false,
    blocks,
  }
}
