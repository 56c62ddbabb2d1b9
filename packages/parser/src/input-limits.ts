import type { Root } from 'hast'
import { sourceError } from './source-error.js'

/**
 * Learn articles are under 100 kB (the largest in the corpus is 20 kB); anything past this is not
 * one, and is refused before parsing. 1 MiB leaves fifty times the largest article, and at it the
 * worst input the shape limits admit stays under 512 MB of memory (BENCHMARKS.md). `docs:pull`
 * uses the same limit for downloads, on purpose: what it cannot parse it should not fetch.
 */
export const MAX_SOURCE_BYTES = 1024 * 1024
/**
 * How deep blocks may nest. micromark slows down quadratically, and the tree walkers recurse, with
 * depth; Learn articles nest a few levels (a table in a list item in a note, at most 8 columns of
 * prefix in the corpus), far below these.
 */
export const MAX_CONTAINER_COLUMNS = 32
export const MAX_ELEMENT_DEPTH = 256

export function checkSize(bytes: number, file: string): void {
  if (bytes > MAX_SOURCE_BYTES) {
    const megabytes = (bytes / 1024 / 1024).toFixed(1)
    throw sourceError(
      file,
      0,
      `${megabytes} MiB is too large: the limit is ${MAX_SOURCE_BYTES / 1024 / 1024} MiB (a Learn article is under 100 kB)`,
    )
  }
}

// A line's container prefix: its leading spaces, tabs and `>`. Past 32 columns it takes at least
// 9 characters (a tab counts 4), so only runs that long need counting. A regular expression finds
// them: a loop over every character ran in V8's interpreter on a cold run, 1 ms for one article.
// No `m` flag: its `^` would also match after `\r`, which starts no line here.
const longPrefix = /(?<=^|\n)[ >\t]{9,}/g

/** Markdown: the width of each line's container prefix (indentation and `>` markers). */
export function checkMarkdownNesting(text: string, file: string): void {
  for (const prefix of text.matchAll(longPrefix)) {
    let width = 0
    for (const char of prefix[0]) width += char === '\t' ? 4 : 1
    if (width > MAX_CONTAINER_COLUMNS) {
      const line = text.slice(0, prefix.index).split('\n').length
      throw sourceError(
        file,
        line,
        `blocks nest deeper than ${MAX_CONTAINER_COLUMNS} columns of indentation and ">": not a Learn article`,
      )
    }
  }
}

/** HTML: element depth, walked without recursion. */
export function checkElementDepth(tree: Root, file: string): void {
  const stack: { node: Root | Root['children'][number]; depth: number }[] = [
    { node: tree, depth: 0 },
  ]
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!
    if (depth > MAX_ELEMENT_DEPTH) {
      throw sourceError(
        file,
        node.position?.start.line ?? 0,
        `elements nest deeper than ${MAX_ELEMENT_DEPTH} levels: not a Learn article`,
      )
    }
    if ('children' in node)
      for (const child of node.children) stack.push({ node: child, depth: depth + 1 })
  }
}

/**
 * The last line of defence: a parser or tree walker that still recurses too deep for the stack
 * (pathological nesting the checks above do not see) ends in a clear error, not a crash.
 */
export function withinStack<T>(file: string, run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw sourceError(file, 0, 'nests too deeply to parse: not a Learn article')
    }
    throw error
  }
}
