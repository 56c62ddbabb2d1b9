import { readGfm } from '@mfa-residency/parser'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { compare, seed } from './docs.js'

// Random edits to the seed English (Swedish unchanged) must be reported where they were made.
const english = readGfm(seed.en, { file: 'en.md' })
const lines = seed.en.split('\n')
const replaceLine = (line: number, text: string) =>
  lines.map((old, index) => (index === line - 1 ? text : old)).join('\n')

const word = fc.stringMatching(/^[A-Z][a-z]{3,9}$/)
const settings = { seed: 20261121, numRuns: 25 }

const cells = english.blocks.flatMap((block) =>
  block.kind === 'table'
    ? block.rows.flatMap((row) => row.cells.map((_, column) => ({ row, column })))
    : [],
)
const headings = english.blocks.filter((block) => block.kind === 'heading')
const items = english.blocks.flatMap((block) => (block.kind === 'list' ? block.items : []))
const paragraphs = english.blocks.filter(
  (block) => block.kind === 'paragraph' && block.line === block.endLine,
)

const covers = (change: { head?: { line: number; endLine: number } }, line: number) =>
  change.head !== undefined && change.head.line <= line && line <= change.head.endLine

describe('random content edits are reported at the right place', () => {
  test('a table cell', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cells), word, ({ row, column }, text) => {
        const source = lines[row.line - 1]!
        const cellsText = source.split('|')
        cellsText[column + 1] = ` ${text} `
        const report = compare(seed, {
          en: replaceLine(row.line, cellsText.join('|')),
          sv: seed.sv,
        })
        // A new first value renames the row, or replaces it when nothing else is alike.
        const change = report.changes.find(
          (entry) =>
            entry.locale === 'en' &&
            (entry.kind === 'cell' || entry.kind === 'row') &&
            covers(entry, row.line),
        )
        expect(change?.classification).toBe('data')
      }),
      settings,
    )
  })

  test('a heading', () => {
    fc.assert(
      fc.property(fc.constantFrom(...headings), word, (heading, text) => {
        const source = lines[heading.line - 1]!
        const edited = `${source.match(/^#+/)![0]} ${text}`
        const report = compare(seed, { en: replaceLine(heading.line, edited), sv: seed.sv })
        const change = report.changes.find(
          (entry) => entry.kind === 'prose' && covers(entry, heading.line),
        )
        expect(change).toMatchObject({ after: text, classification: 'data', level: 'patch' })
      }),
      settings,
    )
  })

  test('a list item', () => {
    fc.assert(
      fc.property(fc.constantFrom(...items), word, (item, text) => {
        const report = compare(seed, {
          en: replaceLine(item.line, `* ${item.text} ${text}`),
          sv: seed.sv,
        })
        const change = report.changes.find(
          (entry) => entry.kind === 'list-item' && covers(entry, item.line),
        )
        expect(
          change?.words?.filter((edit) => edit.op === '+').map((edit) => edit.text.trim()),
        ).toContain(text)
      }),
      settings,
    )
  })

  test('a paragraph', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paragraphs), word, (paragraph, text) => {
        const report = compare(seed, {
          en: replaceLine(paragraph.line, `${lines[paragraph.line - 1]} ${text}.`),
          sv: seed.sv,
        })
        const change = report.changes.find(
          (entry) => entry.kind === 'prose' && covers(entry, paragraph.line),
        )
        expect(change).toMatchObject({ action: 'changed', level: 'patch' })
      }),
      settings,
    )
  })
})

describe('formatting-only edits are cosmetic', () => {
  const rowLines = cells.map(({ row }) => row.line)
  const reformat = fc.oneof(
    // <br/> ↔ <br /> ↔ <br>
    fc.constant((text: string) => text.replaceAll('<br/>', '<br />')),
    fc.constant((text: string) => text.replaceAll('<br />', '<br>')),
    // column padding in one table row
    fc.constantFrom(...rowLines).map((line) => (text: string) => {
      const all = text.split('\n')
      all[line - 1] = all[line - 1]!.replace(/ +\|/g, ' |').replace(/\| +/g, '| ')
      return all.join('\n')
    }),
    // trailing spaces on any line
    fc.integer({ min: 1, max: lines.length }).map((line) => (text: string) => {
      const all = text.split('\n')
      all[line - 1] = `${all[line - 1]}   `
      return all.join('\n')
    }),
    // the bookkeeping front matter
    fc.constant((text: string) => text.replace('manager: amycolannino', 'manager: someone-else')),
  )

  test('and change no release', () => {
    fc.assert(
      fc.property(reformat, (edit) => {
        const edited = edit(seed.en)
        fc.pre(edited !== seed.en)
        const report = compare(seed, { en: edited, sv: seed.sv })
        expect(report.changes.length).toBeGreaterThan(0)
        expect(report.changes.map((change) => change.classification)).toEqual(
          report.changes.map(() => 'cosmetic'),
        )
        expect(report.bump).toBe('none')
      }),
      settings,
    )
  })
})

test('identical inputs give an empty report, whatever the text', () => {
  fc.assert(
    fc.property(fc.constantFrom(...lines.keys()), word, (index, text) => {
      const doc = {
        en: replaceLine(index + 1, `${lines[index]}${text.length > 5 ? '' : ' '}`),
        sv: seed.sv,
      }
      expect(compare(doc, doc).changes).toEqual([])
    }),
    { ...settings, numRuns: 10 },
  )
})
