import fc from 'fast-check'
import { expect, test } from 'vitest'
import { wholeWordsAt } from '../src/vocabulary/table-scope.js'
import { wordCharAt, wordCharBefore } from '../src/vocabulary/term-matcher.js'

// Letters and digits of several scripts, astral ones (𝐀, 𝟏) and lone surrogates among them: the
// places where a code-unit scan and the `u` flag's code points could part.
const piece = fc.constantFrom(
  'a',
  'B',
  '1',
  ' ',
  '-',
  '.',
  'é',
  'ö',
  'ß',
  'Ω',
  '٣',
  '\u0301',
  '𝐀',
  '𝟏',
  '😀',
  '\uD835',
  '\uDC00',
  'utom',
  'but not',
  'förutom',
)
const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''))

test('a cue is found where the whole-word regular expression finds it, on any text', () => {
  const quote = (words: string) => words.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')
  fc.assert(
    fc.property(
      text,
      fc.constantFrom('utom', 'but not', 'förutom', 'a', '𝐀', 'é1'),
      (haystack, cue) => {
        const expected = haystack.search(
          new RegExp(`(?<![\\p{L}\\p{N}])${quote(cue)}(?![\\p{L}\\p{N}])`, 'u'),
        )
        expect(wholeWordsAt(haystack, cue)).toBe(expected)
      },
    ),
    { numRuns: 3000 },
  )
})

test('word characters before and at a position are the code points the u flag sees', () => {
  fc.assert(
    fc.property(text, fc.nat(), (haystack, seed) => {
      const index = seed % (haystack.length + 1)
      const rest = haystack.slice(index)
      expect(wordCharAt(haystack, index)).toBe(/^[\p{L}\p{N}]/u.test(rest))
      expect(wordCharBefore(haystack, index)).toBe(/[\p{L}\p{N}]$/u.test(haystack.slice(0, index)))
    }),
    { numRuns: 3000 },
  )
})
