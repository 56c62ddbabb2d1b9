import fc from 'fast-check'
import { expect, test } from 'vitest'
import { textSimilarity } from '../src/text-similarity.js'

/** The Dice coefficient as written down, with nothing remembered between calls. */
function diceOfTrigrams(a: string, b: string): number {
  const grams = (text: string) => {
    const padded = ` ${text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')} `
    return new Set(
      Array.from({ length: Math.max(0, padded.length - 2) }, (_, i) => padded.slice(i, i + 3)),
    )
  }
  const left = grams(a)
  const right = grams(b)
  if (left.size === 0 && right.size === 0) return 1
  return (2 * [...left].filter((gram) => right.has(gram)).length) / (left.size + right.size)
}

test('the similarity of two texts is the Dice coefficient of their trigrams, however often and in whatever order texts are scored', () => {
  // Pools larger than the remembered sets, so texts are scored again after being forgotten.
  const texts = fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), {
    minLength: 1,
    maxLength: 700,
  })
  fc.assert(
    fc.property(texts, fc.array(fc.nat(), { maxLength: 1500 }), (pool, picks) => {
      for (let index = 0; index + 1 < picks.length; index += 2) {
        const a = pool[picks[index]! % pool.length]!
        const b = pool[picks[index + 1]! % pool.length]!
        expect(textSimilarity(a, b)).toBe(diceOfTrigrams(a, b))
        expect(textSimilarity(b, a)).toBe(textSimilarity(a, b))
      }
    }),
    { numRuns: 40 },
  )
})

test('a text scored again after many others still scores as before', () => {
  const texts = Array.from({ length: 1200 }, (_, index) => `row ${index} of the table`)
  const first = texts.map((text) => textSimilarity(text, texts[0]!))
  expect(texts.map((text) => textSimilarity(text, texts[0]!))).toEqual(first)
  expect(first.map((_, index) => diceOfTrigrams(texts[index]!, texts[0]!))).toEqual(first)
})

test('real translations score above strangers', () => {
  const english = 'Microsoft Entra multifactor authentication data is stored for 90 days.'
  const swedish = 'Microsoft Entra-data för multifaktorautentisering lagras i 90 dagar.'
  expect(textSimilarity(english, swedish)).toBeGreaterThan(
    textSimilarity(english, 'Phone calls are placed from the United States.'),
  )
  expect(textSimilarity(english, english)).toBe(1)
  expect(textSimilarity('', '')).toBe(1)
})
