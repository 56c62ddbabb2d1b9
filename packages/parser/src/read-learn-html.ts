import type { Element, RootContent as HastContent, Root as HastRoot } from 'hast'
import { toMdast } from 'hast-util-to-mdast'
import type { Html, RootContent } from 'mdast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import calloutLabels from './callout-labels.json' with { type: 'json' }
import { decodeSource } from './decode-source.js'
import type { Locale, ParsedDocument } from './document.js'
import { extractBlocks } from './extract-blocks.js'
import { checkElementDepth, withinStack } from './input-limits.js'
import { normalizeText } from './plain-text.js'
import { sourceError } from './source-error.js'

/*
 * A Learn page as HTML. Unlike its text rendering it keeps structure: headings, lists, and tables
 * whose cells keep their <br>, so multi-value cells split exactly. Steps: parse with rehype-parse;
 * take the article (the element holding the page's <h1>, inside <main> when there is one); turn
 * Learn's callouts (<div class="NOTE">, or <div class="alert"> with a title paragraph) into GFM
 * alerts; convert to mdast with hast-util-to-mdast (links stay links; superscripts stay raw
 * `<sup>`, as footnote marks); extract blocks with the shared extractor.
 */

const kinds = ['note', 'tip', 'important', 'caution', 'warning']
const labelsByLocale: Record<string, Record<string, string>> = calloutLabels
const parser = unified().use(rehypeParse)

const classes = (node: Element) => {
  const value = node.properties.className
  return (Array.isArray(value) ? value : []).map((name) => String(name).toLowerCase())
}

function textOf(node: HastContent | Element): string {
  if (node.type === 'text') return node.value
  if (node.type !== 'element') return ''
  return node.children.map(textOf).join('')
}

function* elements(node: HastRoot | Element): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    yield child
    yield* elements(child)
  }
}

/**
 * The article: Learn splits it over several `.content` blocks inside <main> (the <h1> in one, the
 * body in the next), beside metadata and feedback that are not the article. Without them, <main>.
 */
function article(tree: HastRoot): Element[] {
  const main = [...elements(tree)].find((node) => node.tagName === 'main')
  const scope: HastRoot | Element = main ?? tree
  const blocks: Element[] = []
  const collect = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (classes(child).includes('content')) blocks.push(child)
      else collect(child)
    }
  }
  collect(scope)
  return blocks.length > 0
    ? blocks
    : scope.type === 'root'
      ? (scope.children.filter((child) => child.type === 'element') as Element[])
      : [scope]
}

/** Learn's callout markup as a blockquote that starts with a GFM alert marker. */
function calloutKind(node: Element, labels: Record<string, string>): string | null {
  if (node.tagName !== 'div') return null
  const names = classes(node)
  const named = kinds.find((kind) => names.includes(kind))
  if (named) return named
  if (!names.includes('alert')) return null
  const title = node.children.find(
    (child) => child.type === 'element' && classes(child).includes('alert-title'),
  )
  const label = title ? normalizeText(textOf(title)) : ''
  return (Object.hasOwn(labels, label) ? labels[label] : undefined) ?? 'note'
}

function rewriteCallouts(node: HastRoot | Element, labels: Record<string, string>): void {
  node.children = node.children.map((child) => {
    if (child.type !== 'element') return child
    rewriteCallouts(child, labels)
    const kind = calloutKind(child, labels)
    if (!kind) return child
    // The label paragraph ("Note", "Kommentar", or .alert-title) is replaced by the marker.
    const body = child.children.filter((part, index) => {
      if (part.type !== 'element') return part.type !== 'text' || part.value.trim() !== ''
      return !(
        classes(part).includes('alert-title') ||
        (index <= 1 && part.tagName === 'p' && Object.hasOwn(labels, normalizeText(textOf(part))))
      )
    })
    const marker: Element = {
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [{ type: 'text', value: `[!${kind.toUpperCase()}]` }],
    }
    return {
      type: 'element',
      tagName: 'blockquote',
      properties: {},
      children: [marker, ...body],
      position: child.position,
    }
  })
}

/**
 * A superscript stays a superscript, as raw HTML the way markdown has it, so the extractor keeps a
 * footnote mark apart from the value it marks (hast-util-to-mdast would unwrap it into the text).
 */
function superscript(_state: unknown, node: Element): Html {
  return { type: 'html', value: `<sup>${normalizeText(textOf(node))}</sup>` }
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
  const tree = withinStack(file, () => parser.parse(text))
  checkElementDepth(tree, file)
  const content: HastRoot = { type: 'root', children: article(tree) }
  if (![...elements(content)].some((node) => node.tagName === 'h1')) {
    throw sourceError(file, 1, 'no <h1>: expected a Learn article page')
  }
  rewriteCallouts(content, labelsByLocale[locale] ?? {})
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
    msDate: null,
    joinedCells: false,
    blocks,
  }
}
