import type { Nodes } from 'mdast'

/** Collapse whitespace runs (soft line breaks included) to one space and trim. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

const phrasing = new Set([
  'text',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'html',
  'break',
  'footnoteReference',
])
const anchorOrComment = /^\s*(?:<a\s+(?:name|id)=["'][^"']*["']\s*>\s*<\/a>|<!--[\s\S]*?-->)\s*$/i
const blockTag = /<\/?(?:br|p|div|li|ul|ol|table|tr|td|th|h[1-6])\b[^>]*>/gi
const tag = /<[^>]*>/g

/** `<a name='…'></a>` anchors and HTML comments are markup, not content. */
export function isNonContentHtml(html: string): boolean {
  return anchorOrComment.test(html)
}

/**
 * Text of raw HTML with its tags removed: block-level tags and `<br>` separate words, inline tags
 * (`<sup>`, `<b>`…) do not. Entities were already decoded by the markdown parser.
 */
export function htmlText(html: string): string {
  return html.replace(blockTag, ' ').replace(tag, '')
}

function collect(node: Nodes, out: string[]): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      out.push(node.value)
      return
    case 'html':
      out.push(htmlText(node.value))
      return
    case 'image':
    case 'imageReference':
      out.push(node.alt ?? '')
      return
    case 'break':
      out.push(' ')
      return
    default:
      if ('children' in node) {
        for (const child of node.children) {
          collect(child, out)
          // Block children (paragraphs in a list item) are separate runs of text.
          if (child.type === 'paragraph' || child.type === 'heading') out.push(' ')
        }
      }
  }
}

/** Plain text of mdast nodes: inline markup rendered away, whitespace collapsed. */
export function toPlainText(nodes: Nodes | readonly Nodes[]): string {
  const out: string[] = []
  for (const node of Array.isArray(nodes) ? nodes : [nodes as Nodes]) {
    collect(node, out)
    // Sibling blocks (the paragraphs of a list item) are separate runs of text.
    if (!('type' in node) || !phrasing.has(node.type)) out.push(' ')
  }
  return normalizeText(out.join(''))
}
