import type { Element, Root as HastRoot } from 'hast'
import type { LearnPageMetadata } from './document.js'
import { normalizeMsDate } from './front-matter.js'

/*
 * What a Learn page says about itself, in its <meta> tags. The names are Learn's own:
 * `ms.date`, `updated_at`, `git_commit_id`, `original_content_git_url` and `locale` on every page;
 * `ms.translationtype` (HT: human, MT: machine) on localized pages, and `ms.sourcegitcommit`, the
 * English commit a translation was made from, on older ones.
 */

function metaTags(node: HastRoot | Element, found: Map<string, string>): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'meta') {
      const name = child.properties.name
      const content = child.properties.content
      const key = typeof name === 'string' ? name.toLowerCase() : ''
      if (key && typeof content === 'string' && !found.has(key)) found.set(key, content.trim())
    }
    // Metadata sits in <head>; the article body is never searched.
    if (child.tagName === 'head' || child.tagName === 'html') metaTags(child, found)
  }
}

const commit = (value: string | undefined) =>
  value !== undefined && /^[0-9a-f]{7,40}$/i.test(value) ? value.toLowerCase() : null

/** The page metadata of a parsed Learn page; a tag that is absent or malformed is `null`. */
export function readPageMetadata(tree: HastRoot): LearnPageMetadata {
  const found = new Map<string, string>()
  metaTags(tree, found)
  const text = (name: string) => found.get(name) || null
  const date = text('ms.date')
  const type = text('ms.translationtype')?.toUpperCase()
  return {
    locale: text('locale'),
    msDate: date === null ? null : normalizeMsDate(date),
    updatedAt: text('updated_at'),
    gitCommitId: commit(found.get('git_commit_id')),
    originalContentGitUrl: text('original_content_git_url'),
    translationType: type === 'HT' || type === 'MT' ? type : null,
    sourceGitCommit: commit(found.get('ms.sourcegitcommit')),
    markdownUrl: text('markdown_url'),
  }
}
