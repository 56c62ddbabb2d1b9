import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { ListBlock, NoteBlock, TableBlock } from '../src/document.js'
import { normalizeMsDate } from '../src/front-matter.js'
import { readGfm } from '../src/read-gfm.js'
import { SourceError } from '../src/source-error.js'
import { englishText, readEnglish } from './seeds.js'

const tablesOf = (text: string) =>
  readGfm(text, { file: 'doc.md' }).blocks.filter(
    (block): block is TableBlock => block.kind === 'table',
  )

function errorOf(run: () => unknown): SourceError {
  try {
    run()
  } catch (error) {
    if (error instanceof SourceError) return error
    throw error
  }
  throw new Error('expected a SourceError')
}

describe('readGfm on the English seed', () => {
  const doc = readEnglish()
  const tables = doc.blocks.filter((block): block is TableBlock => block.kind === 'table')
  const lists = doc.blocks.filter((block): block is ListBlock => block.kind === 'list')
  const notes = doc.blocks.filter((block): block is NoteBlock => block.kind === 'note')

  test('takes the H1 as title and keeps the front matter with ms.date normalized', () => {
    expect(doc.title).toBe(
      'Data residency and customer data for Microsoft Entra multifactor authentication',
    )
    expect(doc.titleLine).toBe(17)
    expect(doc.msDate).toBe('2024-11-27')
    expect(doc.frontMatterLines['ms.date']).toEqual({ line: 9, endLine: 9 })
    expect(doc.frontMatterLines.manager).toEqual({ line: 13, endLine: 13 })
    expect(doc.frontMatter).toMatchObject({
      title: 'Microsoft Entra multifactor authentication data residency',
      'ms.date': '11/27/2024',
      manager: 'amycolannino',
    })
  })

  test('finds 5 tables with heading paths, lead-ins and header lines', () => {
    expect(tables.map((table) => [table.section, table.line])).toEqual([
      [
        [
          'Personal data stored by Microsoft Entra multifactor authentication',
          'Data stored by Microsoft Entra multifactor authentication',
        ],
        51,
      ],
      [
        [
          'Personal data stored by Microsoft Entra multifactor authentication',
          'Data stored by Microsoft Entra multifactor authentication',
        ],
        60,
      ],
      [
        [
          'Personal data stored by Microsoft Entra multifactor authentication',
          'Data stored by MFA Server',
        ],
        74,
      ],
      [
        [
          'Multifactor authentication activity reports for public cloud',
          'MFA server and cloud-based MFA',
        ],
        111,
      ],
      [['Multifactor authentication activity reports for sovereign clouds'], 120],
    ])
    // The MFA Server table's lead-in skips the IMPORTANT callout between them.
    expect(tables[2]!.leadIn).toBe('If you use MFA Server, the following personal data is stored.')
    // A heading directly above a table leaves it without a lead-in.
    expect(tables[3]!.leadIn).toBeNull()
    expect(tables[4]!.leadIn).toBe(
      'The following table shows the location for service logs for sovereign clouds.',
    )
  })

  test('splits cells on every spelling of <br> and keeps row lines', () => {
    const [first, , third] = tables
    expect(first!.columns).toEqual(['Event type', 'Data store type'])
    expect(first!.rows[2]).toEqual({
      line: 55,
      endLine: 55,
      cells: [
        ['Voice call'],
        [
          'Multifactor authentication logs',
          'Multifactor authentication activity report data store',
          'Blocked users (if fraud was reported)',
        ],
      ],
      marks: [[[]], [[], [], []]],
      links: [[[]], [[], [], []]],
    })
    // `<br />` in the MFA Server table.
    expect(third!.rows[3]!.cells[1]).toHaveLength(4)
    expect(tables[4]!.rows[0]!.cells).toEqual([
      ['Microsoft Azure operated by 21Vianet'],
      ['China'],
      ['United States'],
      ['United States'],
    ])
  })

  test('extracts the 4 lists with their sections, lead-ins and item lines', () => {
    expect(lists.map((list) => list.items.length)).toEqual([3, 5, 4, 4])
    expect(lists[0]!.section).toEqual([])
    expect(lists[0]!.leadIn).toMatch(
      /^The Microsoft Entra multifactor authentication service has datacenters/,
    )
    expect(lists[1]!.items[0]).toEqual({
      text: 'Blocked users',
      links: [],
      line: 35,
      endLine: 35,
    })
    expect(lists[1]!.items[3]!.text).toBe(
      'Multifactor authentication activity reports—store multifactor authentication activity from the multifactor authentication on-premises components: NPS Extension, AD FS adapter and MFA server.',
    )
    expect(lists[3]!.leadIn).toBe(
      'For MFA Server, the following pages might contain organizational data:',
    )
  })

  test('extracts notes with their kind, plain text and the callout lines', () => {
    expect(
      notes.map((note) => [note.noteKind, note.line, note.endLine, note.section.at(-1)]),
    ).toEqual([
      ['important', 71, 72, 'Data stored by MFA Server'],
      ['note', 106, 107, 'Multifactor authentication activity reports for public cloud'],
    ])
    // Links are rendered to their text; the marker is gone.
    expect(notes[0]!.text).toMatch(/^In September 2022, Microsoft announced/)
    expect(notes[0]!.text).toContain(
      'migrate their users’ authentication data to the cloud-based Azure MFA service',
    )
    expect(notes[1]!.text).toBe(
      'The multifactor authentication activity reports contain personal data such as User Principal Name (UPN) and complete phone number.',
    )
  })

  test('joins soft line breaks and skips <a name> anchors', () => {
    const paragraph = doc.blocks.find((block) => block.kind === 'paragraph' && block.line === 101)
    expect(paragraph).toMatchObject({
      endLine: 104,
      text: 'Multifactor authentication activity reports store activity from on-premises components: NPS Extension, AD FS adapter, and MFA server. The multifactor authentication service logs are used to operate the service. The following sections show where activity reports and services logs are stored for specific authentication methods for each component in different customer regions. Standard voice calls may failover to a different region.',
    })
    expect(doc.blocks.some((block) => 'text' in block && block.text.includes('<a name'))).toBe(
      false,
    )
  })
})

describe('readGfm cell text', () => {
  test('renders inline markdown to plain text and decodes escapes and entities', () => {
    const [table] = tablesOf(
      [
        '| Setting | Value |',
        '| --- | --- |',
        '| **Bold** and *em* | `code` and [link](https://example.com) |',
        '| a \\| b | &#124; &amp; &lt;tag&gt; |',
        '| MFA<sup>1</sup> | <ul><li>one</li><li>two</li></ul> |',
      ].join('\n'),
    )
    expect(table!.rows.map((row) => row.cells)).toEqual([
      [['Bold and em'], ['code and link']],
      [['a | b'], ['| & <tag>']],
      [['MFA'], ['one', 'two']],
    ])
    expect(table!.rows.map((row) => row.marks)).toEqual([
      [[[]], [[]]],
      [[[]], [[]]],
      [[['1']], [[], []]],
    ])
    expect(table!.rows[0]!.links).toEqual([[[]], [[{ text: 'link', url: 'https://example.com' }]]])
  })

  test('reads GFM tables without leading pipes, and pads short rows as GFM does', () => {
    const [table] = tablesOf('Event | Store\n--- | ---\nOATH | logs\nSMS\n')
    expect(table!.rows.map((row) => row.cells)).toEqual([
      [['OATH'], ['logs']],
      [['SMS'], []],
    ])
  })
})

describe('readGfm on bad input', () => {
  test('an empty file', () => {
    expect(errorOf(() => readGfm('', { file: 'en.md' })).message).toBe(
      'en.md:1: empty document: expected a title and content',
    )
  })

  test('a binary file', () => {
    const bytes = new Uint8Array([0x23, 0x20, 0x54, 0x0a, 0x00, 0x01, 0x02])
    expect(errorOf(() => readGfm(bytes, { file: 'en.md' })).message).toBe(
      'en.md:2: NUL byte: expected a text document, not binary data',
    )
    expect(
      errorOf(() => readGfm(new Uint8Array([0x61, 0x0a, 0xff, 0xfe]), { file: 'en.md' })).message,
    ).toBe('en.md:2: invalid UTF-8: expected a UTF-8 text document')
  })

  test('a row with more cells than the header', () => {
    const text = englishText.replace(
      '| One-way SMS                          | Multifactor authentication logs     |',
      '| One-way SMS | logs | extra |',
    )
    expect(errorOf(() => readGfm(text, { file: 'en.md' })).message).toBe(
      "en.md:54: table row has 3 cells, expected at most 2 (the header's count)",
    )
  })

  test('an ms.date that is not a date, and broken YAML', () => {
    expect(
      errorOf(() => readGfm(englishText.replace('11/27/2024', '13/45/2024'), { file: 'en.md' }))
        .message,
    ).toBe('en.md:9: ms.date "13/45/2024" is not a date: expected MM/DD/YYYY or YYYY-MM-DD')
    expect(
      errorOf(() =>
        readGfm(englishText.replace('ms.topic: conceptual', 'ms.topic: [unclosed'), {
          file: 'en.md',
        }),
      ).message,
    ).toMatch(/^en\.md:\d+: invalid YAML front matter: /)
  })

  test('CRLF line endings and a BOM give the same data', () => {
    const plain = readGfm(englishText, { file: 'en.md' })
    expect(readGfm(englishText.replaceAll('\n', '\r\n'), { file: 'en.md' })).toEqual(plain)
    expect(readGfm(`\uFEFF${englishText}`, { file: 'en.md' })).toEqual(plain)
    const bom = new TextEncoder().encode(`\uFEFF${englishText}`)
    expect(readGfm(bom, { file: 'en.md' })).toEqual(plain)
  })
})

test('normalizeMsDate accepts Learn and ISO dates and rejects impossible ones', () => {
  expect(normalizeMsDate('11/27/2024')).toBe('2024-11-27')
  expect(normalizeMsDate('6/6/2025')).toBe('2025-06-06')
  expect(normalizeMsDate('2025-06-06')).toBe('2025-06-06')
  expect(normalizeMsDate('02/30/2024')).toBeNull()
  expect(normalizeMsDate('yesterday')).toBeNull()
})

test('normalizeMsDate agrees with Date on every day, month and year it can be given', () => {
  const viaDate = (year: number, month: number, day: number) => {
    const date = new Date(Date.UTC(year, month - 1, day))
    const exact =
      date.getUTCFullYear() === year &&
      date.getUTCMonth() === month - 1 &&
      date.getUTCDate() === day
    return exact ? date.toISOString().slice(0, 10) : null
  }
  const pad = (value: number, width: number) => String(value).padStart(width, '0')
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      (year, month, day) => {
        const expected = viaDate(year, month, day)
        expect(normalizeMsDate(`${month}/${day}/${pad(year, 4)}`)).toBe(expected)
        expect(normalizeMsDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`)).toBe(expected)
      },
    ),
    { numRuns: 5000 },
  )
  expect(normalizeMsDate('02/29/2024')).toBe('2024-02-29')
  expect(normalizeMsDate('02/29/1900')).toBeNull()
  expect(normalizeMsDate('02/29/2000')).toBe('2000-02-29')
})
