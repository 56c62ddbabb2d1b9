import { readGfm, readLearnText } from '@mfa-residency/parser'
import { describe, expect, test } from 'vitest'
import { alignArticle } from '../src/alignment/align-article.js'
import { alignCurrent } from './align-current.js'
import { englishText, readEnglish, readSwedish } from './seeds.js'

// Found in review: each input once produced wrong data instead of a gap.
describe('alignment edge cases', () => {
  test('Swedish text in a cell whose English is empty is a gap, not dropped', () => {
    const english = readGfm('# T\n\n| A | B |\n|---|---|\n| x |  |\n', { file: 'en.md' })
    const swedish = readLearnText('T\nA | B |\n---|---|\nx | Ja, i EU |\n', {
      file: 'sv.txt',
      locale: 'sv',
      reference: english,
    })
    const { body, translationGaps } = alignCurrent(english, swedish)
    expect(body.tables[0]!.rows[0]!.cells.b).toEqual({ en: [], sv: null })
    expect(translationGaps.map((gap) => [gap.kind, gap.path, gap.reason])).toEqual([
      ['missing', 'tables/t/rows/x/cells/b', 'cell has text where its counterpart is empty'],
    ])
  })

  test('numeric column labels keep the columns in order', () => {
    const english = readGfm('# T\n\n| Region | 2024 | 2023 |\n|---|---|---|\n| EU | a | b |\n', {
      file: 'en.md',
    })
    const table = alignArticle({ locale: 'en', document: english }, [], null).body.tables[0]!
    expect(table.columns.map((column) => column.id)).toEqual([
      'region',
      'column-2024',
      'column-2023',
    ])
    expect(Object.keys(table.rows[0]!.cells)).toEqual(['region', 'column-2024', 'column-2023'])
  })
})

test('a Swedish cell still holding a value the English removed is a gap, not a merged value', () => {
  // What upstream did in 2025: "Blocked users (if fraud was reported)" left every cell.
  const english = readEnglish(
    englishText.replaceAll(/<br\s*\/?>Blocked users \(if fraud was reported\)/g, ''),
  )
  const { body, translationGaps } = alignCurrent(english, readSwedish(undefined, english))
  const voice = body.tables[0]!.rows[2]!.cells['data-store-type']!
  expect(voice).toEqual({
    en: [
      'Multifactor authentication logs',
      'Multifactor authentication activity report data store',
    ],
    sv: null,
  })
  const gap = translationGaps.find((entry) =>
    entry.path.endsWith('voice-call/cells/data-store-type'),
  )
  expect(gap?.kind).toBe('missing')
  expect(gap?.reason).toBe(
    'cell holds more than its 2 counterpart values: "Blockerade användare (om bedrägeri rapporterades)" is left over after "Rapportdatalager för multifaktorautentiseringsaktivitet"',
  )
  // Cells that still fit keep their values.
  expect(body.tables[1]!.rows[0]!.cells['data-store-type']!.sv).toEqual([
    'Loggar för multifaktorautentisering',
    'Rapportdatalager för multifaktorautentiseringsaktivitet',
  ])
})
