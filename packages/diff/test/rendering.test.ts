import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { formatMarkdown } from '../src/format-markdown.js'
import { compare, corpus, corpusDir, seed } from './docs.js'
import { expectRendersSafely, render, renderRemark } from './render.js'

const linkBase =
  'https://github.com/mfa-residency/mfa-residency/blob/0123456789abcdef0123456789abcdef01234567/'
const history = corpusDir
  ? readdirSync(path.join(corpusDir, 'en-history'))
      .filter((name) => name.endsWith('.md'))
      .sort()
  : []
const pairs = history.slice(1).map((name, index) => [history[index]!, name] as const)

describe.skipIf(!corpusDir)('the report renders on GitHub, on every real pair', () => {
  test.each(pairs)('%s → %s', (before, after) => {
    const report = compare(
      { en: corpus(`en-history/${before}`) },
      { en: corpus(`en-history/${after}`) },
    )
    expectRendersSafely(formatMarkdown(report))
    expectRendersSafely(formatMarkdown(report, { linkBase }), linkBase)
  })

  test('seed → 2025-06-06, Swedish unchanged', () => {
    const report = compare(seed, { en: corpus('en-history/2025-06-06_14d4dbf.md'), sv: seed.sv })
    const html = expectRendersSafely(formatMarkdown(report))
    // The word edits next to punctuation render as edits, not as literal markers.
    expect(html).toContain(
      'components<del>:</del> NPS Extension<del>,</del> <ins>and</ins> AD FS adapter',
    )
    expectRendersSafely(formatMarkdown(report, { linkBase }), linkBase)
  })
})

// GitHub turns these into a notification, a reference and a link; from the docs, none may live.
const injected = '@octocat #12 https://evil.example'

describe('text from the docs is inert', () => {
  const report = compare(seed, {
    en: seed.en
      .replace('| China ', `| China ${injected} `)
      .replace(
        'Blocked users\n',
        'Blocked users @github/security GH-7 owner/repo#3 www.evil.example a@b.example\n',
      ),
    sv: seed.sv,
  })
  const markdown = formatMarkdown(report)

  test('mentions, references and URLs in a cell are code, never links', () => {
    const html = expectRendersSafely(markdown)
    for (const live of ['@octocat', '#12', 'https://evil.example'])
      expect(html).toContain(`<code>${live}</code>`)
    for (const live of [
      '@github/security',
      'GH-7',
      'owner/repo#3',
      'www.evil.example',
      'a@b.example',
    ])
      expect(html).toContain(`<code>${live}</code>`)
    expect(html).not.toContain('<a ')
  })

  test('a GFM renderer with autolink literals makes no link of them either', () => {
    const html = renderRemark(markdown)
    expect(html).not.toMatch(/<a href/)
    expect(html).toContain('<code>@octocat</code>')
  })

  test('links and images written in the docs stay text', () => {
    const linked = compare(seed, {
      en: seed.en.replace('| China ', '| China \\[x\\](https://evil.example) !\\[i\\](y) '),
      sv: seed.sv,
    })
    const html = render(formatMarkdown(linked))
    expect(html).not.toMatch(/<a |<img /)
  })
})
