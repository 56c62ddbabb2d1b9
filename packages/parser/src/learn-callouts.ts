import type { Element, ElementContent, RootContent as HastContent, Root as HastRoot } from 'hast'
import calloutLabels from './callout-labels.json' with { type: 'json' }
import type { Locale } from './document.js'
import { normalizeText } from './plain-text.js'

/*
 * Learn's callouts, in the two forms it serves them:
 * - server HTML: `<div class="NOTE"><p>Note</p>…</div>`, the kind in the class and the localized
 *   title as the first paragraph;
 * - other renderings: `<div class="alert is-info"><p class="alert-title">Note</p>…</div>`, the kind
 *   in the `is-*` class (Learn's mapping: info note, success tip, primary important, warning
 *   caution, danger warning).
 * The kind comes from the class, never from the title text, which is localized. Only an alert
 * without a known `is-*` class falls back to its title, then to `note`.
 */

const kinds = ['note', 'tip', 'important', 'caution', 'warning']
const alertKinds: Record<string, string> = {
  'is-info': 'note',
  'is-success': 'tip',
  'is-primary': 'important',
  'is-warning': 'caution',
  'is-danger': 'warning',
}
const labelsByLocale: Record<string, Record<string, string>> = calloutLabels

/** The lower-cased class names of an element. */
export const classes = (node: Element) => {
  const value = node.properties.className
  return (Array.isArray(value) ? value : []).map((name) => String(name).toLowerCase())
}

/** The text of a node, with no normalization. */
export function textOf(node: HastContent | Element): string {
  if (node.type === 'text') return node.value
  if (node.type !== 'element') return ''
  return node.children.map(textOf).join('')
}

type Callout = { kind: string; form: 'server' | 'alert' }

function calloutOf(node: Element, labels: Record<string, string>): Callout | null {
  if (node.tagName !== 'div') return null
  const names = classes(node)
  const named = kinds.find((kind) => names.includes(kind))
  if (named) return { kind: named, form: 'server' }
  if (!names.includes('alert')) return null
  const byClass = names.map((name) => alertKinds[name]).find(Boolean)
  if (byClass) return { kind: byClass, form: 'alert' }
  const title = node.children.find(
    (child) => child.type === 'element' && classes(child).includes('alert-title'),
  )
  const label = title ? normalizeText(textOf(title)) : ''
  return {
    kind: (Object.hasOwn(labels, label) ? labels[label] : undefined) ?? 'note',
    form: 'alert',
  }
}

/** The callout's content without its title paragraph (the first `<p>` in the server form). */
function calloutBody(node: Element, form: Callout['form']): ElementContent[] {
  const firstParagraph = node.children.find(
    (child) => child.type === 'element' && child.tagName === 'p',
  )
  return node.children.filter((part) => {
    if (part.type !== 'element') return part.type !== 'text' || part.value.trim() !== ''
    if (classes(part).includes('alert-title')) return false
    return !(form === 'server' && part === firstParagraph)
  })
}

/** Turn Learn's callouts into blockquotes that start with a GFM alert marker, in place. */
export function rewriteCallouts(node: HastRoot | Element, locale: Locale): void {
  const labels = labelsByLocale[locale] ?? {}
  node.children = node.children.map((child) => {
    if (child.type !== 'element') return child
    rewriteCallouts(child, locale)
    const callout = calloutOf(child, labels)
    if (!callout) return child
    const marker: Element = {
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [{ type: 'text', value: `[!${callout.kind.toUpperCase()}]` }],
    }
    return {
      type: 'element',
      tagName: 'blockquote',
      properties: {},
      children: [marker, ...calloutBody(child, callout.form)],
      position: child.position,
    }
  })
}
