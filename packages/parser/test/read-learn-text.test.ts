import { describe, expect, test } from 'vitest'
import type { HeadingBlock, ListBlock, NoteBlock, TableBlock } from '../src/document.js'
import { parseGfm } from '../src/parse-gfm.js'
import { readLearnText } from '../src/read-learn-text.js'
import { SourceError } from '../src/source-error.js'
import { readEnglish, readSwedish, swedishText } from './seeds.js'

describe('readLearnText on the Swedish seed', () => {
  const doc = readSwedish()
  const of = <K extends string>(kind: K) => doc.blocks.filter((block) => block.kind === kind)

  test('raw remark finds no table in it, which is why this reader exists', () => {
    expect(parseGfm(swedishText).children.some((node) => node.type === 'table')).toBe(false)
  })

  test('recovers the title and every heading with the English depth', () => {
    expect(doc.title).toBe('Datahemvist och kunddata för Microsoft Entra multifaktorautentisering')
    expect(doc.titleLine).toBe(1)
    expect(
      (of('heading') as HeadingBlock[]).map((heading) => [
        heading.depth,
        heading.text,
        heading.line,
      ]),
    ).toEqual([
      [2, 'Personuppgifter som lagras av Microsoft Entra multifaktorautentisering', 8],
      [3, 'Data som lagras av Microsoft Entra multifaktorautentisering', 17],
      [3, 'Data som lagras av MFA Server', 32],
      [2, 'Organisationsdata som lagras av Microsoft Entra multifaktorautentisering', 42],
      [2, 'Aktivitetsrapporter för multifaktorautentisering för offentligt moln', 53],
      [3, 'MFA-server och molnbaserad MFA', 57],
      [2, 'Aktivitetsrapporter för multifaktorautentisering för nationella moln', 62],
      [2, 'Nästa steg', 68],
    ])
  })

  test('recovers callouts from their standalone labels', () => {
    expect(
      (of('note') as NoteBlock[]).map((note) => [note.noteKind, note.line, note.text.slice(0, 30)]),
    ).toEqual([
      ['important', 34, 'I september 2022 tillkännagav '],
      ['note', 55, 'Aktivitetsrapporterna för mult'],
    ])
  })

  test('reads tables with no leading pipe right after prose, cells still joined', () => {
    const tables = of('table') as TableBlock[]
    expect(
      tables.map((table) => [table.line, table.endLine, table.columns.length, table.rows.length]),
    ).toEqual([
      [19, 24, 2, 4],
      [26, 31, 2, 4],
      [36, 41, 2, 4],
      [58, 61, 5, 2],
      [64, 67, 4, 2],
    ])
    expect(tables[0]!.leadIn).toMatch(/^För offentliga Azure-moln/)
    expect(tables[0]!.rows[2]).toEqual({
      line: 23,
      endLine: 23,
      cells: [
        ['Röstsamtal'],
        [
          'Loggar för multifaktorautentisering Rapportdatalager för multifaktorautentiseringsaktivitet Blockerade användare (om bedrägeri rapporterades)',
        ],
      ],
      // Rendered text has neither links nor superscripts.
      marks: [[[]], [[]]],
      links: [[[]], [[]]],
    })
    expect(doc.joinedCells).toBe(true)
  })

  test('ends lists at the next line instead of swallowing it', () => {
    const lists = of('list') as ListBlock[]
    expect(lists.map((list) => list.items.length)).toEqual([3, 5, 4, 4])
    expect(lists[1]!.items.at(-1)).toEqual({
      text: 'Microsoft Authenticator-aktiveringar',
      links: [],
      line: 14,
      endLine: 14,
    })
    expect([lists[1]!.line, lists[1]!.endLine]).toEqual([10, 14])
    expect(
      doc.blocks.find((block) => block.kind === 'paragraph' && block.line === 15),
    ).toMatchObject({
      text: 'Den här informationen behålls i 90 dagar.',
    })
  })

  test('finds a callout for a label even where the English has none', () => {
    const text = swedishText.replace(
      'Den här informationen behålls i 90 dagar.',
      'Kommentar\nDen här informationen behålls i 90 dagar.',
    )
    const notes = readSwedish(text).blocks.filter((block) => block.kind === 'note')
    expect(notes.map((note) => note.line)).toEqual([15, 35, 56])
  })

  test('without a reference, knows only the title and the callout labels', () => {
    const bare = readLearnText(swedishText, { file: 'sv.txt', locale: 'sv' })
    expect(bare.title).toBe('Datahemvist och kunddata för Microsoft Entra multifaktorautentisering')
    expect(bare.blocks.filter((block) => block.kind === 'heading')).toEqual([])
    expect(bare.blocks.filter((block) => block.kind === 'note')).toHaveLength(2)
    expect(bare.blocks.filter((block) => block.kind === 'table')).toHaveLength(5)
  })

  test('CRLF and a BOM give the same blocks', () => {
    const reference = readEnglish()
    expect(readSwedish(`\uFEFF${swedishText.replaceAll('\n', '\r\n')}`, reference).blocks).toEqual(
      doc.blocks,
    )
  })

  test('a row with more cells than its header is an error at that line', () => {
    const text = swedishText.replace(
      'OATH-token | Loggar för multifaktorautentisering |',
      'OATH-token | Loggar | extra |',
    )
    expect(() => readSwedish(text)).toThrowError(SourceError)
    expect(() => readSwedish(text)).toThrowError(
      "docs-source/sv/concept-mfa-data-residency.txt:21: table row has 3 cells, expected at most 2 (the header's count)",
    )
  })
})
