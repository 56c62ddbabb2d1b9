import fc from 'fast-check'
import { expect, test } from 'vitest'
import { foldCase } from '../src/terms.js'

/** Letter by letter, keeping a letter whose lowercase is longer: what foldCase promises. */
function foldLetterByLetter(text: string): string {
  let folded = ''
  for (const char of text) {
    const lower = char.toLowerCase()
    folded += lower.length === char.length ? lower : char
  }
  return folded
}

test('foldCase keeps every position: the same as folding letter by letter, on any text', () => {
  const awkward = fc.constantFrom('Σ', 'ΟΔΟΣ', 'İ', 'ß', 'ẞ', 'Å', 'K', '\uD800', '𐐀', ' ', 'A')
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), awkward), { maxLength: 12 }),
      (parts) => {
        const text = parts.join('')
        expect(foldCase(text)).toBe(foldLetterByLetter(text))
        expect(foldCase(text).length).toBe(text.length)
      },
    ),
    { numRuns: 2000 },
  )
  expect(foldCase('ΟΔΟΣ İstanbul')).toBe('οδοσ İstanbul')
})
