import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { extractLearnArticle, readLearnHtml } from '../src/index.js'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url))
const withoutLines = (value: unknown) =>
  JSON.stringify(value, (key, inner) =>
    ['line', 'endLine', 'titleLine', 'file'].includes(key) ? undefined : inner,
  )

describe('extractLearnArticle: what docs:pull stores of a Learn page', () => {
  for (const [name, locale] of [
    ['learn-en-us-server.html', 'en'],
    ['learn-en-us-alert.html', 'en'],
    ['learn-sv-se.html', 'sv'],
  ] as const) {
    test(`${name}: the same blocks, title and metadata, without the chrome`, () => {
      const page = fixture(name)
      const stored = extractLearnArticle(page, name)
      const before = readLearnHtml(page, { file: name, locale })
      const after = readLearnHtml(stored, { file: name, locale })
      expect(withoutLines(after.blocks)).toBe(withoutLines(before.blocks))
      expect(after.title).toBe(before.title)
      expect(after.pageMetadata).toEqual(before.pageMetadata)
      expect(stored.length).toBeLessThan(page.length)
      // Navigation, breadcrumbs, the metadata line and the footer are not stored.
      for (const chrome of ['<nav', '<footer', '<header', 'breadcrumb'])
        expect(stored).not.toContain(chrome)
      expect(extractLearnArticle(stored, name)).toBe(stored)
    })
  }

  test('a change to the chrome alone leaves the stored article byte-identical', () => {
    const page = fixture('learn-en-us-server.html').toString('utf8')
    const renavigated = page.replace(
      /<nav[\s\S]*?<\/nav>/,
      '<nav><a href="/x">Other navigation</a></nav>',
    )
    expect(renavigated).not.toBe(page)
    expect(extractLearnArticle(renavigated, 'page.html')).toBe(
      extractLearnArticle(page, 'page.html'),
    )
  })

  test('a page in another layout is kept whole, for the reader to fall back on', () => {
    const page = '<!doctype html><html><body><h1>Title</h1><p>Text</p></body></html>'
    expect(extractLearnArticle(page, 'page.html')).toBe(page)
  })
})

describe('the HTML reader refuses a page heavier than any article, early and at its line', () => {
  test('a 250-column table of 200 rows, under the size limit', () => {
    const row = `<tr>${'<td>x</td>'.repeat(250)}</tr>\n`
    const page = `<!doctype html><html><body><main id="main"><h1>T</h1>\n<table>\n${row.repeat(200)}</table></main></body></html>`
    expect(page.length).toBeLessThan(1024 * 1024)
    expect(() => readLearnHtml(page, { file: 'wide.html', locale: 'en' })).toThrow(
      /^wide\.html:\d+: the page has more table cells/,
    )
    expect(() => extractLearnArticle(page, 'wide.html')).toThrow(/^wide\.html:\d+: /)
  })
})
