import MarkdownIt from 'markdown-it'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { expect } from 'vitest'

// GitHub's renderer, as near as a library gets: raw HTML kept (GitHub keeps <del>, <ins>,
// <details>, <sub>), tables, and URLs turned into links. Bare domains are not (`file.md` is no
// link on GitHub): remark-gfm's autolink literals (www., http, e-mail) are GitHub's own rules.
const gfm = new MarkdownIt({ html: true, linkify: true })
gfm.linkify.set({ fuzzyLink: false })

export const render = (markdown: string) => gfm.render(markdown)

/** The same Markdown through remark-gfm: GFM's autolink literals, as github.com applies them. */
export const renderRemark = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeStringify, { allowDangerousHtml: true })
      .processSync(markdown),
  )

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** What a reader sees: the HTML without its tags, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) =>
      name.startsWith('#x') || name.startsWith('#X')
        ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? String.fromCodePoint(Number(name.slice(1)))
          : (entities[name] ?? all),
    )
}

/** A table row's cells as GFM splits them: at every `|` that no backslash escapes. */
function cellCount(line: string): number {
  let pipes = 0
  for (let index = 0; index < line.length; index++) {
    if (line[index] === '\\') index++
    else if (line[index] === '|') pipes++
  }
  return pipes - 1
}

/**
 * The report renders as a reviewer would see it on GitHub: every table row keeps its header's
 * cells, in the source and in the HTML; no `~~` or `**` is visible; no link comes from anywhere
 * but the link base; and nothing outside code would be live (a mention, a reference, a URL).
 */
export function expectRendersSafely(markdown: string, linkBase?: string): string {
  const html = render(markdown)
  expect(html.length).toBeGreaterThan(0)
  let header = 0
  const sourceRows: number[] = []
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('| ')) {
      header = 0
      continue
    }
    if (/^\|( -+ \|)+$/.test(line)) continue
    if (header === 0) header = cellCount(line)
    else expect(cellCount(line), line.slice(0, 200)).toBe(header)
    sourceRows.push(header)
  }
  const tables = html.match(/<table>[\s\S]*?<\/table>/g) ?? []
  const rows = tables.flatMap((table) => {
    const columns = (table.match(/<th>/g) ?? []).length
    return (table.match(/<tr>[\s\S]*?<\/tr>/g) ?? []).map((row) => {
      expect((row.match(/<t[dh][ >]/g) ?? []).length).toBe(columns)
      return columns
    })
  })
  // No row broke out of its table: as many rows rendered as the source has.
  expect(rows).toEqual(sourceRows)
  const visible = visibleText(html)
  expect(visible).not.toContain('~~')
  expect(visible).not.toContain('**')
  for (const href of [html, renderRemark(markdown)].flatMap(
    (page) => page.match(/<a href="[^"]*"/g) ?? [],
  ))
    expect(linkBase && href.startsWith(`<a href="${linkBase}`), href).toBe(true)
  const outsideCode = visibleText(html.replace(/<code>[\s\S]*?<\/code>/g, ' '))
  expect(outsideCode).not.toMatch(/(^|[^\w])@\w/)
  expect(outsideCode).not.toMatch(/(^|[^\w&])#\d/)
  expect(outsideCode).not.toMatch(/https?:\/\/|www\./i)
  return html
}
