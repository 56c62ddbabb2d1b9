import type { Element, Root as HastRoot } from 'hast'
import { toMdast } from 'hast-util-to-mdast'
import type { Html, RootContent } from 'mdast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { decodeSource } from './decode-source.js'
import type { Locale, ParsedDocument } from './document.js'
import { extractBlocks } from './extract-blocks.js'
import { checkHtmlShape } from './html-shape.js'
import { checkElementDepth, withinStack } from './input-limits.js'
import { classes, rewriteCallouts, textOf } from './learn-callouts.js'
import { readPageMetadata } from './learn-page-metadata.js'
import { normalizeText } from './plain-text.js'
import { sourceError } from './source-error.js'

/*
 * A Learn page as HTML. Unlike its text rendering it keeps structure: headings, lists, and tables
 * whose cells keep their <br>, so multi-value cells split exactly. Steps: parse with rehype-parse;
 * read the page metadata from <meta>; take the article (the <h1>, and the body: the second
 * `.content` block inside <main id="main">); turn Learn's callouts into GFM alerts; convert to
 * mdast with hast-util-to-mdast (links stay links; superscripts stay raw `<sup>`, as footnote
 * marks); extract blocks with the shared extractor.
 */

const parser = unified().use(rehypeParse)

export function* elements(node: HastRoot | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    yield child
    yield* elements(child)
  }
}

/** The outermost `.content` blocks under `node`, in document order. */
function contentBlocks(node: HastRoot | Element): Element[] {
  return node.children.flatMap((child) => {
    if (child.type !== 'element') return []
    return classes(child).includes('content') ? [child] : contentBlocks(child)
  })
}

/**
 * The article: inside <main id="main">, Learn's first `.content` block holds the <h1> beside the
 * metadata line ("Article", date, contributors), the second holds the body. Only the <h1> and the
 * body are read, so a change to the chrome around them (navigation, metadata line, feedback) is not
 * a change of the document. Other layouts fall back to every `.content` block, then to <main>.
 */
export function articleElements(tree: HastRoot): Element[] {
  const mains = [...elements(tree)].filter((node) => node.tagName === 'main')
  const main = mains.find((node) => node.properties.id === 'main') ?? mains[0]
  const scope: HastRoot | Element = main ?? tree
  const blocks = contentBlocks(scope)
  const heading = blocks[0] && [...elements(blocks[0])].find((node) => node.tagName === 'h1')
  if (heading && blocks[1]) return [heading, blocks[1]]
  if (blocks.length > 0) return blocks
  return scope.type === 'root'
    ? (scope.children.filter((child) => child.type === 'element') as Element[])
    : [scope]
}

/**
 * A superscript stays a superscript, as raw HTML the way markdown has it, so the extractor keeps a
 * footnote mark apart from the value it marks (hast-util-to-mdast would unwrap it into the text).
 */
function superscript(_state: unknown, node: Element): Html {
  return { type: 'html', value: `<sup>${normalizeText(textOf(node))}</sup>` }
}

/**
 * Learn's Markdown rendering (`<meta name="markdown_url">`, `?accept=text/markdown`) is refused: it
 * merges `<br>`-separated cell values into one string, which no reader can split back exactly. A
 * page is markup; text that does not start with a tag is that rendering or something else.
 */
function refuseMarkdown(text: string, file: string): void {
  if (/^\s*</.test(text)) return
  throw sourceError(
    file,
    1,
    "expected a Learn page's HTML, got text that is not markup (Learn's Markdown rendering is not read: it merges <br>-separated cell values)",
  )
}

export interface ReadLearnHtmlOptions {
  file: string
  /** The locale whose callout labels to recognise. */
  locale: Locale
}

/** Read a rendered Learn page's HTML. */
export function readLearnHtml(
  input: string | Uint8Array,
  { file, locale }: ReadLearnHtmlOptions,
): ParsedDocument {
  const text = decodeSource(input, file)
  refuseMarkdown(text, file)
  checkHtmlShape(text, file)
  const tree = withinStack(file, () => parser.parse(text))
  checkElementDepth(tree, file)
  const pageMetadata = readPageMetadata(tree)
  const content: HastRoot = { type: 'root', children: articleElements(tree) }
  if (![...elements(content)].some((node) => node.tagName === 'h1')) {
    throw sourceError(file, 1, 'no <h1>: expected a Learn article page')
  }
  rewriteCallouts(content, locale)
  const mdast = withinStack(file, () => toMdast(content, { handlers: { sup: superscript } }))
  const { title, titleLine, blocks } = extractBlocks(
    mdast.type === 'root' ? mdast : { type: 'root', children: [mdast as RootContent] },
    file,
  )
  return {
    file,
    format: 'learn-html',
    title,
    titleLine,
    frontMatter: null,
    frontMatterLines: {},
    msDate: pageMetadata.msDate,
    joinedCells: false,
    pageMetadata,
    blocks,
  }
}
