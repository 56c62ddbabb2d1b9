import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { HeadingBlock, NoteBlock, TableBlock } from '../src/document.js'
import { readLearnHtml } from '../src/read-learn-html.js'

// Written by hand to the structure of a Learn sv-se page (site header, navigation, <main> with
// .content blocks, metadata, callout <div>s in both Learn styles, feedback), with the seed's text.
const html = readFileSync(new URL('fixtures/learn-sv-se.html', import.meta.url))
const doc = readLearnHtml(html, { file: 'sv.html', locale: 'sv' })

describe('readLearnHtml on a Learn sv-se page', () => {
  test('reads the article only: title and headings, no navigation, metadata or feedback', () => {
    expect(doc.title).toBe('Datahemvist och kunddata för Microsoft Entra multifaktorautentisering')
    expect(doc.format).toBe('learn-html')
    const headings = doc.blocks.filter((block): block is HeadingBlock => block.kind === 'heading')
    expect(headings.map((heading) => `${heading.depth} ${heading.text}`)).toEqual([
      '2 Personuppgifter som lagras av Microsoft Entra multifaktorautentisering',
      '3 Data som lagras av Microsoft Entra multifaktorautentisering',
      '3 Data som lagras av MFA Server',
      '2 Organisationsdata som lagras av Microsoft Entra multifaktorautentisering',
      '2 Aktivitetsrapporter för multifaktorautentisering för offentligt moln',
      '3 MFA-server och molnbaserad MFA',
      '2 Aktivitetsrapporter för multifaktorautentisering för nationella moln',
      '2 Nästa steg',
    ])
    expect(JSON.stringify(doc.blocks)).not.toMatch(
      /Feedback|Dokumentation|Användningsvillkor|Artikel/,
    )
  })

  test('turns both callout styles into notes, without their labels', () => {
    const notes = doc.blocks.filter((block): block is NoteBlock => block.kind === 'note')
    expect(notes.map((note) => [note.noteKind, note.line, note.text.slice(0, 24)])).toEqual([
      ['important', 52, 'I september 2022 tillkän'],
      ['note', 66, 'Aktivitetsrapporterna fö'],
    ])
  })

  test('splits cells exactly on <br>, with each row on its line', () => {
    const table = doc.blocks.find((block): block is TableBlock => block.kind === 'table')!
    expect(table.rows[3]).toMatchObject({
      line: 41,
      cells: [
        ['Microsoft Authenticator-meddelande'],
        [
          'Loggar för multifaktorautentisering',
          'Rapportdatalager för multifaktorautentiseringsaktivitet',
          'Blockerade användare (om bedrägeri rapporterades)',
          'Ändra begäranden när Enhetstoken för Microsoft Authenticator ändras',
        ],
      ],
    })
  })

  test('a page that is not an article is an error', () => {
    expect(() =>
      readLearnHtml('<html><body><p>502 Bad Gateway</p></body></html>', {
        file: 'sv.html',
        locale: 'sv',
      }),
    ).toThrowError('sv.html:1: no <h1>: expected a Learn article page')
  })
})
