import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { decodeSource } from './decode-source.js'
import type { ParsedDocument } from './document.js'
import { extractBlocks } from './extract-blocks.js'
import { readFrontMatter } from './front-matter.js'
import { checkMarkdownNesting, withinStack } from './input-limits.js'
import { checkMarkdownShape } from './markdown-shape.js'
import { sourceError } from './source-error.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)

/** Parse GFM markdown (front matter included) into an mdast tree. */
export function parseGfm(text: string): Root {
  return processor.parse(text)
}

export interface ReadOptions {
  /** The path used in errors and in the dataset's source records. */
  file: string
}

/** Read an upstream Learn markdown article. */
export function readGfm(input: string | Uint8Array, { file }: ReadOptions): ParsedDocument {
  const text = decodeSource(input, file)
  checkMarkdownNesting(text, file)
  checkMarkdownShape(text, file)
  const tree = withinStack(file, () => parseGfm(text))
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
