import type { Nodes, Root } from 'mdast'
import type { Link } from './document.js'
import { normalizeText, toPlainText } from './plain-text.js'

/** Link definitions (`[id]: url`) by normalized identifier. */
export type Definitions = ReadonlyMap<string, string>

/** Every link definition of a document; as in CommonMark, the first of an identifier wins. */
export function definitionsOf(tree: Root): Definitions {
  const found = new Map<string, string>()
  const visit = (node: Nodes) => {
    if (node.type === 'definition' && !found.has(node.identifier))
      found.set(node.identifier, node.url)
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return found
}

const tag = /<(\/?)([a-z][a-z0-9-]*)\b([^>]*)>/gi
// Tags that separate words, as in htmlText: the text of an anchor spanning them gets a space.
const separating = /^(?:br|p|div|li|ul|ol|table|tr|td|th|h[1-6])$/i

/** One attribute's value in a raw HTML tag, quoted or not, or `null` when it has none. */
function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(
    `(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`,
    'i',
  ).exec(attributes)
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null
}

/**
 * Collects links in document order. Markdown links arrive whole; a raw `<a href>` arrives as an
 * opening tag, the nodes of its text and a closing tag, so it stays open across nodes.
 */
class Collector {
  readonly links: Link[] = []
  private open: { url: string; parts: string[] } | null = null

  constructor(private readonly definitions: Definitions) {}

  visit(node: Nodes): void {
    switch (node.type) {
      case 'link':
        this.add(toPlainText(node.children), node.url)
        return
      case 'linkReference':
      case 'imageReference': {
        const url = this.definitions.get(node.identifier)
        const text = node.type === 'imageReference' ? (node.alt ?? '') : toPlainText(node.children)
        if (url !== undefined) this.add(text, url)
        else this.text(text)
        return
      }
      case 'image':
        this.add(node.alt ?? '', node.url)
        return
      case 'html':
        this.html(node.value)
        return
      case 'text':
      case 'inlineCode':
        this.text(node.value)
        return
      case 'break':
        this.text(' ')
        return
      default:
        if ('children' in node) for (const child of node.children) this.visit(child)
    }
  }

  /** The links so far, with an anchor left open at the end of the block closed there. */
  finish(): Link[] {
    this.close()
    return this.links
  }

  private add(text: string, url: string): void {
    this.text(text)
    this.links.push({ text: normalizeText(text), url })
  }

  private text(text: string): void {
    this.open?.parts.push(text)
  }

  private close(): void {
    if (!this.open) return
    this.links.push({ text: normalizeText(this.open.parts.join('')), url: this.open.url })
    this.open = null
  }

  private html(raw: string): void {
    const value = raw.replace(/<!--[\s\S]*?-->/g, '')
    let last = 0
    for (const match of value.matchAll(tag)) {
      this.text(value.slice(last, match.index))
      last = match.index + match[0].length
      const [, closing, name = '', attributes = ''] = match
      const lower = name.toLowerCase()
      if (lower === 'a' && closing) this.close()
      else if (lower === 'a') {
        const href = attribute(attributes, 'href')
        if (href === null) continue
        this.close()
        this.open = { url: href, parts: [] }
      } else if (lower === 'img' && !closing) {
        const src = attribute(attributes, 'src')
        if (src !== null) this.add(attribute(attributes, 'alt') ?? '', src)
      } else if (separating.test(lower)) this.text(' ')
    }
    this.text(value.slice(last))
  }
}

/** The links and images of some inline content (or of blocks' inline content), in document order. */
export function linksOf(nodes: Nodes | readonly Nodes[], definitions: Definitions): Link[] {
  const collector = new Collector(definitions)
  for (const node of Array.isArray(nodes) ? nodes : [nodes as Nodes]) collector.visit(node)
  return collector.finish()
}
