import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { Block, NoteBlock, TableBlock } from '../src/document.js'
import { readGfm } from '../src/read-gfm.js'
import { readLearnHtml } from '../src/read-learn-html.js'
import { readEnglish } from './seeds.js'

// Built from the English seed (docs-source/en/…md rendered by markdown-it) wrapped in Learn's page
// chrome, since no real page is at hand offline: one in the server-HTML form (<div class="NOTE">,
// bare <table>), one in the alert form (<div class="alert is-info">, <div class="mx-tableFixed">).
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url))
const server = readLearnHtml(fixture('learn-en-us-server.html'), { file: 'en.html', locale: 'en' })
const alert = readLearnHtml(fixture('learn-en-us-alert.html'), { file: 'en.html', locale: 'en' })
const swedish = readLearnHtml(fixture('learn-sv-se.html'), { file: 'sv.html', locale: 'sv' })
const seed = readEnglish()

/** Blocks without their source lines, which differ between a markdown file and a page. */
const withoutLines = (blocks: Block[]) =>
  JSON.parse(
    JSON.stringify(blocks, (key, value) =>
      key === 'line' || key === 'endLine' ? undefined : value,
    ),
  )

const chrome = [
  'Microsoft Learn',
  'Documentation',
  'Training',
  'How it works',
  'Licensing',
  'Contributors',
  '11/27/2024',
  'Feedback',
  'Was this page helpful',
  'Additional resources',
  'Previous Versions',
  'Terms of Use',
  '© Microsoft',
]

describe('readLearnHtml on the markup Learn serves', () => {
  test('both forms give the blocks of the seed read as GFM', () => {
    expect(server.title).toBe(seed.title)
    expect(withoutLines(server.blocks)).toEqual(withoutLines(seed.blocks))
    expect(withoutLines(alert.blocks)).toEqual(withoutLines(seed.blocks))
  })

  test('page chrome never reaches a block', () => {
    for (const doc of [server, alert]) {
      const text = JSON.stringify(doc.blocks)
      for (const part of chrome) expect(text, part).not.toContain(part)
    }
  })

  test('callouts get their kind from the class, in both forms and both languages', () => {
    const kinds = (blocks: Block[]) =>
      blocks
        .filter((block): block is NoteBlock => block.kind === 'note')
        .map((note) => note.noteKind)
    expect(kinds(server.blocks)).toEqual(['important', 'note'])
    expect(kinds(alert.blocks)).toEqual(['important', 'note'])
    expect(kinds(swedish.blocks)).toEqual(['important', 'note'])
  })

  test('an alert title in no known language does not decide the kind, nor stay in the text', () => {
    const page = (callout: string) =>
      `<main id="main"><div class="content"><h1>T</h1></div><div class="content">${callout}</div></main>`
    const read = (callout: string) =>
      readLearnHtml(page(callout), { file: 'x.html', locale: 'fi' }).blocks[0] as NoteBlock
    expect(
      read('<div class="alert is-primary"><p class="alert-title">Tärkeää</p><p>Body.</p></div>'),
    ).toMatchObject({ noteKind: 'important', text: 'Body.' })
    expect(
      read('<div class="alert is-danger"><p class="alert-title">Note</p><p>Body.</p></div>'),
    ).toMatchObject({ noteKind: 'warning', text: 'Body.' })
    expect(read('<div class="TIP"><p>Vinkki</p><p>Body.</p></div>')).toMatchObject({
      noteKind: 'tip',
      text: 'Body.',
    })
  })

  test('multi-value <br> cells survive, bare or in .mx-tableFixed', () => {
    for (const doc of [server, alert]) {
      const table = doc.blocks.find((block): block is TableBlock => block.kind === 'table')!
      expect(table.rows[3]!.cells[1]).toEqual([
        'Multifactor authentication logs',
        'Multifactor authentication activity report data store',
        'Blocked users (if fraud was reported)',
        'Change requests when the Microsoft Authenticator device token changes',
      ])
    }
  })

  test('the page metadata is read from <meta>', () => {
    expect(server.msDate).toBe('2024-11-27')
    expect(server.pageMetadata).toEqual({
      locale: 'en-us',
      msDate: '2024-11-27',
      updatedAt: '2025-01-14T08:12:00Z',
      gitCommitId: '3f1c0d2a9b8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a',
      originalContentGitUrl:
        'https://github.com/MicrosoftDocs/entra-docs/blob/main/docs/identity/authentication/concept-mfa-data-residency.md',
      translationType: null,
      sourceGitCommit: null,
      markdownUrl:
        'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-mfa-data-residency?accept=text/markdown',
    })
    expect(swedish.pageMetadata).toMatchObject({
      locale: 'sv-se',
      translationType: 'MT',
      sourceGitCommit: '3f1c0d2a9b8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a',
      gitCommitId: '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b',
    })
  })
})

describe("Learn's Markdown rendering is refused", () => {
  // What the rendering (and a public mirror built on it) makes of the seed's fourth row: the <br>
  // between values is gone, so the cell reads as one value and three are lost.
  const rendered = [
    '# Data residency',
    '',
    '| Event type | Data store type |',
    '| --- | --- |',
    '| Microsoft Authenticator notification | Multifactor authentication logs Multifactor authentication activity report data store Blocked users (if fraud was reported) Change requests when the Microsoft Authenticator device token changes |',
    '',
  ].join('\n')

  test('a merged cell loses its values', () => {
    const table = readGfm(rendered, { file: 'rendered.md' }).blocks[0] as TableBlock
    const fromPage = server.blocks.find((block): block is TableBlock => block.kind === 'table')!
    expect(table.rows[0]!.cells[1]).toHaveLength(1)
    expect(fromPage.rows[3]!.cells[1]).toHaveLength(4)
  })

  test('the HTML reader given Markdown says so', () => {
    expect(() => readLearnHtml(rendered, { file: 'sv.html', locale: 'sv' })).toThrowError(
      /^sv\.html:1: expected a Learn page's HTML, got text that is not markup \(Learn's Markdown rendering is not read/,
    )
  })
})
