import { readFileSync } from 'node:fs'
import { readLearnHtml } from '@mfa-residency/parser'
import { expect, test } from 'vitest'
import type { AlignedArticle } from '../src/alignment/align-article.js'
import { alignCurrent } from './align-current.js'
import { readEnglish, readSwedish } from './seeds.js'

// A copy of the parser's hand-written Learn sv-se page (site header, navigation, <main> with
// .content blocks, callout <div>s in both Learn styles, feedback), with the seed's text.
const html = readFileSync(new URL('fixtures/learn-sv-se.html', import.meta.url))

test('a Learn sv-se page aligns with the English like the text rendering does, with no gaps', () => {
  const english = readEnglish()
  const fromHtml = alignCurrent(english, readLearnHtml(html, { file: 'sv.html', locale: 'sv' }))
  const fromText = alignCurrent(english, readSwedish(undefined, english))
  expect(fromHtml.translationGaps).toEqual([])
  const values = (aligned: AlignedArticle) =>
    aligned.body.tables.map((table) =>
      table.rows.map((row) => Object.values(row.cells).map((cell) => cell.sv)),
    )
  expect(values(fromHtml)).toEqual(values(fromText))
})
