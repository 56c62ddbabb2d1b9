import type { Nodes, Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { remarkGfmWithoutAutolinkLiterals } from './gfm-without-autolink-literals.js'
import { parsingTables } from './table-start-check.js'

const fullGfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm)
const gfmWithoutAutolinkLiterals = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfmWithoutAutolinkLiterals)
const gfmWithoutFootnotesOrAutolinkLiterals = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfmWithoutAutolinkLiterals, { footnotes: false })

/** The whole of remark-gfm: what `parseGfm` must equal, kept for the equality test and the bench. */
export function parseFullGfm(text: string): Root {
  return fullGfm.parse(text)
}

/**
 * GFM without autolink literals: exact only where `mayHoldAutolinkLiteral` says no. Footnotes too
 * are left out of a text without `[^`: a footnote call, a definition and a call completed at its
 * `]` each need a `^` right after the `[`, so without one their tokenizers fail at once and leave
 * no trace (a `&#91;` is data, never a bracket). They were a tenth of the corpus's parse, though
 * no corpus file holds a footnote.
 */
export function parseGfmWithoutAutolinkLiterals(text: string): Root {
  const parser = text.includes('[^')
    ? gfmWithoutAutolinkLiterals
    : gfmWithoutFootnotesOrAutolinkLiterals
  return parsingTables(text, () => parser.parse(text))
}

/** Parse GFM markdown (front matter included) into an mdast tree. */
export function parseGfm(text: string): Root {
  const tree = parseGfmWithoutAutolinkLiterals(text)
  return mayHoldAutolinkLiteral(tree) ? parseFullGfm(text) : tree
}

/*
 * Why a tree without autolink literals is the full tree unless a text node matches this pattern.
 * Failed attempts of the autolink tokenizer leave no trace, so the two parses agree up to the first
 * literal the tokenizer accepts. Such a literal starts between other constructs, outside open link
 * and image labels, and holds `http://`, `https://` or `www.` (any case), or an email's `@` and
 * domain. No other construct starts inside those, so the parse without literals keeps them as
 * running text: one text node holds the whole prefix, or the `@` and the domain's next character
 * (`_` can open emphasis instead, which ends the node at the `@`). After tokenizing, the transform
 * changes only text nodes its expressions match, and each needs `https?://`, `www.` or `@` plus a
 * domain character in one node. The text is read after decoding, so `a&#64;b.com` and
 * `http\://x.com` count too. Every match parses again with all of GFM: one that holds no literal
 * costs time, never output.
 */
const autolinkLiteralHint = /https?:\/\/|www\.|@(?:[\w.-]|$)/i

/** Whether the full GFM parse could turn some of this tree's text into an autolink literal. */
export function mayHoldAutolinkLiteral(tree: Root): boolean {
  // A stack, not recursion: the public `parseGfm` runs without readGfm's nesting limit.
  const pending: Nodes[] = [tree]
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.type === 'text' && autolinkLiteralHint.test(node.value)) return true
    if ('children' in node) for (const child of node.children) pending.push(child)
  }
  return false
}
