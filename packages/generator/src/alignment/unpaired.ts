import type { TargetBlock } from './target-blocks.js'

/** Translated content with no counterpart in the English it was aligned with. */
export interface Unpaired {
  /** The collection or parent it would belong to, for example `lists/<id>/items`. */
  path: string
  what: string
  text: string | string[]
  line: number
  endLine: number
}

/** A translated block that no English entry paired with, as the content it leaves unpaired. */
export function unpairedBlock(block: TargetBlock): Unpaired {
  return {
    path: collectionPath(block),
    what: block.kind === 'code' || block.kind === 'title' ? 'paragraph' : block.kind,
    text: blockText(block),
    line: block.line,
    endLine: block.endLine,
  }
}

function collectionPath(block: TargetBlock): string {
  if (block.kind === 'title' || block.kind === 'heading') return 'headings'
  if (block.kind === 'paragraph' || block.kind === 'code') return 'paragraphs'
  return `${block.kind}s`
}

function blockText(block: TargetBlock): string | string[] {
  switch (block.kind) {
    case 'table':
      return block.rows.flatMap((row) => row.cells.flat())
    case 'list':
      return block.items.map((item) => item.text)
    default:
      return block.text
  }
}
