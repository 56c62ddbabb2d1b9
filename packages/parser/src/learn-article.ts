import type { Element, Root as HastRoot } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { decodeSource } from './decode-source.js'
import { checkHtmlShape } from './html-shape.js'
import { checkElementDepth, withinStack } from './input-limits.js'
import { articleElements, elements } from './read-learn-html.js'

// The <meta> tags a Learn page describes itself with; readPageMetadata reads exactly these.
const kept = new Set([
  'ms.date',
  'updated_at',
  'git_commit_id',
  'original_content_git_url',
  'locale',
  'ms.translationtype',
  'ms.sourcegitcommit',
  'markdown_url',
])

/**
 * What `docs:pull` stores of a Learn page: its metadata and its article (the <h1> and the body,
 * as `readLearnHtml` reads them), without the page chrome, so that a change to Learn's navigation,
 * header or footer is not a change of the document. The result is itself a Learn page that
 * `readLearnHtml` reads to the same blocks and metadata. A page in another layout is kept whole:
 * the reader has its own fallbacks, and nothing is dropped that it might read.
 */
export function extractLearnArticle(input: string | Uint8Array, file: string): string {
  const text = decodeSource(input, file)
  checkHtmlShape(text, file)
  const tree = withinStack(file, () => unified().use(rehypeParse).parse(text))
  checkElementDepth(tree, file)
  const [heading, body, ...more] = articleElements(tree)
  if (heading?.tagName !== 'h1' || !body || more.length > 0) return text
  const metas = [...elements(tree)].filter(
    (node) =>
      node.tagName === 'meta' &&
      typeof node.properties.name === 'string' &&
      kept.has(node.properties.name.toLowerCase()),
  )
  const htmlElement = [...elements(tree)].find((node) => node.tagName === 'html')
  const lang = htmlElement?.properties.lang
  const page: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', typeof lang === 'string' ? { lang } : {}, [
        h('head', [h('meta', { charset: 'utf-8' }), ...metas.map(copy)]),
        h('body', [h('main', { id: 'main' }, [h('div.content', [heading]), body])]),
      ]),
    ],
  }
  return `${toHtml(page)}\n`
}

const copy = (node: Element): Element => ({ ...node, children: [] })
