import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  checkMarkdownNesting,
  MAX_CONTAINER_COLUMNS,
  MAX_SOURCE_BYTES,
} from '../src/input-limits.js'
import { checkMarkdownShape, SHAPE_LIMITS, SHAPE_WEIGHTS } from '../src/markdown-shape.js'
import { readGfm } from '../src/read-gfm.js'
import { readLearnText } from '../src/read-learn-text.js'
import { corpusDir, englishPath, englishText, readEnglish, swedishText } from './seeds.js'

// The shape limits are counts, so they are tested as counts: one past each limit is refused with
// its line, and the same shape at the limit parses. Times are measured in bench/adversarial.mjs.
const row = (cells: number, text = 'x') => `|${` ${text} |`.repeat(cells)}\n`
const table = (columns: number, rows: number) =>
  `# T\n\n${row(columns, 'h')}${row(columns, '-')}${row(columns).repeat(rows)}`
const paragraph = (unit: string, count: number) => `# T\n\n${unit.repeat(count)}\n`
const read = (text: string) => readGfm(text, { file: 'limits.md' })

test('the limits are these counts', () => {
  expect([MAX_SOURCE_BYTES, MAX_CONTAINER_COLUMNS]).toEqual([1024 * 1024, 32])
  expect(SHAPE_LIMITS).toEqual({
    tableColumns: 64,
    tableRows: 10_000,
    emphasisPerParagraph: 1000,
    linkOpenersPerParagraph: 500,
    breaksPerLine: 200,
    weightPerDocument: 300_000,
  })
  expect(SHAPE_WEIGHTS).toEqual({
    tableCell: 12,
    emphasisMarker: 2,
    linkOpener: 3,
    break: 4,
    prefixColumn: 2,
  })
})

describe('one past each shape limit is refused before parsing, with its line', () => {
  test.each([
    ['a row of 64 cells parses', table(63, 2), null],
    ['a row of 65 cells', table(64, 2), 'limits.md:3: a row of 65 "|" exceeds 64 table columns'],
    [
      'a ragged row past the columns',
      `${table(3, 2)}${row(70)}`,
      'limits.md:7: a row of 71 "|" exceeds 64 table columns',
    ],
    ['a table of 10,000 rows parses', table(1, 10_000), null],
    [
      'a table of 10,001 rows',
      table(1, 10_001),
      'limits.md:10005: a table of more than 10000 rows',
    ],
    ['1,000 emphasis markers in a paragraph parse', paragraph('*a', 1000), null],
    [
      '1,001 emphasis markers in a paragraph',
      paragraph('*a', 500) + paragraph('_', 501).slice(5),
      'limits.md:4: more than 1000 emphasis markers (* and _) in one paragraph',
    ],
    [
      'a run of 1,001 emphasis markers',
      paragraph('*', 1001),
      'limits.md:3: more than 1000 emphasis markers',
    ],
    ['500 link openers in a paragraph parse', paragraph('[a', 500), null],
    [
      '501 link openers',
      paragraph('[a', 501),
      'limits.md:3: more than 500 link openers ([ and ![) in one paragraph',
    ],
    ['501 image openers', paragraph('![a', 501), 'limits.md:3: more than 500 link openers'],
    ['200 <br> on a line parse', `# T\n\n| a |\n|---|\n| ${'<br>'.repeat(200)} |\n`, null],
    [
      '201 <BR/> on a line',
      `# T\n\n| a |\n|---|\n| ${'<BR/>'.repeat(201)} |\n`,
      'limits.md:5: more than 200 <br> elements on one line',
    ],
    [
      'nesting past the container columns',
      `# T\n\n${'> '.repeat(17)}x\n`,
      'limits.md:3: blocks nest deeper than 32 columns',
    ],
  ])('%s', (_, text, message) => {
    if (message === null) expect(read(text).blocks.length).toBeGreaterThan(0)
    else expect(() => read(text)).toThrowError(`${message}`)
  })

  test('paragraphs are counted apart: a blank line resets the markers', () => {
    const text = `# T\n\n${`${'*a*'.repeat(300)}\n\n`.repeat(3)}`
    expect(() => checkMarkdownShape(text, 'limits.md')).not.toThrow()
  })

  test('an escaped pipe is not a column', () => {
    expect(() => checkMarkdownShape(`${'a \\| '.repeat(100)}\n`, 'limits.md')).not.toThrow()
  })

  test.each([
    ['table cells', row(63).repeat(Math.ceil(300_000 / 12 / 63) + 1)],
    ['emphasis markers', `${'*a*\n\n'.repeat(75_001)}`],
    ['link openers', `${'[a\n\n'.repeat(100_001)}`],
    ['<br>', `${'<br>x\n'.repeat(75_001)}`],
    ['nesting columns', `${`${'> '.repeat(16)}a\n`.repeat(4_688)}`],
  ])('the document weight bounds many small %s', (_, text) => {
    expect(() => checkMarkdownShape(text, 'limits.md')).toThrowError(
      /^limits\.md:\d+: the document has more table cells, emphasis and link markers, <br> and nesting than any article \(weight over 300000\): not a Learn article$/,
    )
  })

  test('the Learn text reader checks the same shape', () => {
    expect(() =>
      readLearnText(`T\n\n${'x | '.repeat(70)}\n`, { file: 'limits.txt', locale: 'sv' }),
    ).toThrowError('limits.txt:3: a row of 70 "|" exceeds 64 table columns')
  })
})

/** The nesting check's definition, one character at a time: the line it refuses, or null. */
function firstLineTooDeep(text: string): number | null {
  let line = 1
  let width = 0
  let inPrefix = true
  for (const char of text) {
    if (char === '\n') {
      line++
      width = 0
      inPrefix = true
    } else if (inPrefix) {
      if (char === ' ' || char === '>') width++
      else if (char === '\t') width += 4
      else inPrefix = false
      if (width > MAX_CONTAINER_COLUMNS) return line
    }
  }
  return null
}

test('the nesting check refuses exactly the lines its definition does', () => {
  const refused = (text: string) => {
    try {
      checkMarkdownNesting(text, 'limits.md')
      return null
    } catch (error) {
      return Number(/^limits\.md:(\d+):/.exec((error as Error).message)?.[1])
    }
  }
  // Lines of a prefix near the limit and a tail that may hold prefix characters or `\r` again.
  const prefix = fc.array(fc.constantFrom(' ', '>', '\t'), { maxLength: 36 })
  const tail = fc.array(fc.constantFrom(' ', '>', '\t', '\r', 'x', '\u2028'), { maxLength: 40 })
  const line = fc.tuple(prefix, tail).map(([lead, rest]) => [...lead, ...rest].join(''))
  fc.assert(
    fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
      const text = lines.join('\n')
      expect(refused(text)).toBe(firstLineTooDeep(text))
    }),
    { numRuns: 2000 },
  )
  // At the edge: 32 columns pass, 33 do not, a tab is 4, and `\r` starts no line.
  expect(refused(`a\n${' '.repeat(32)}x`)).toBe(null)
  expect(refused(`a\n${' '.repeat(33)}x`)).toBe(2)
  expect(refused(`\t${'>'.repeat(29)}`)).toBe(1)
  expect(refused(`x\r${' '.repeat(40)}`)).toBe(null)
})

const corpusFiles = corpusDir
  ? readdirSync(corpusDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md') && !name.endsWith('README.md'))
      .sort()
  : []

describe('no real document comes near a limit', () => {
  test('the seeds pass the shape check', () => {
    expect(() => checkMarkdownShape(englishText, englishPath)).not.toThrow()
    expect(() => checkMarkdownShape(swedishText, 'sv.txt')).not.toThrow()
    expect(readEnglish().blocks.length).toBeGreaterThan(0)
  })
  test.skipIf(!corpusDir)('the corpus has the documents the limits were chosen over', () => {
    expect(corpusFiles.length).toBeGreaterThanOrEqual(43)
  })
  test.each(corpusFiles)('%s is within every limit, with a wide margin', (name) => {
    const text = readFileSync(path.join(corpusDir!, name), 'utf8')
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_SOURCE_BYTES / 10)
    expect(() => checkMarkdownShape(text, name)).not.toThrow()
    // A quarter of every limit still admits the document: real articles are far from the edges.
    const tight = Object.fromEntries(
      Object.entries(SHAPE_LIMITS).map(([key, value]) => [key, Math.floor(value / 4)]),
    )
    expect(() =>
      checkMarkdownShape(text, name, tight as Record<keyof typeof SHAPE_LIMITS, number>),
    ).not.toThrow()
  })
})
