import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  findQuantities,
  findQuantitiesIgnoringCase,
  quantityPattern,
  wordStartMatches,
} from '../src/quantities/find-quantities.js'

const seed = (file: string) =>
  readFileSync(new URL(`../../../docs-source/${file}`, import.meta.url), 'utf8')
const english = seed('en/concept-mfa-data-residency.md')
const swedish = seed('sv/concept-mfa-data-residency.txt')

/** The one line of the seed that contains `words`, so the tests read the real text. */
function lineWith(text: string, words: string): string {
  const lines = text.split('\n').filter((line) => line.includes(words))
  expect(lines).toHaveLength(1)
  return lines[0]!
}

describe('findQuantities on the English seed', () => {
  test('reads retention periods with their cue', () => {
    const sentence = 'This information is retained for 90 days.'
    expect(lineWith(english, sentence)).toBe(sentence)
    expect(findQuantities(sentence, 'en')).toEqual([
      { type: 'duration', value: 'P90D', text: '90 days', role: 'retention' },
    ])
    expect(findQuantities(lineWith(english, 'Log data is stored for 30 days.'), 'en')).toEqual([
      { type: 'duration', value: 'P30D', text: '30 days', role: 'retention' },
    ])
  })

  test('reads the month and the full date in the IMPORTANT note', () => {
    const note = lineWith(english, 'In September 2022')
    expect(note).toContain('Beginning September 30, 2024')
    expect(findQuantities(note, 'en')).toEqual([
      { type: 'date', value: '2022-09', text: 'September 2022' },
      { type: 'date', value: '2024-09-30', text: 'September 30, 2024' },
    ])
  })

  test('finds no date in product versions', () => {
    expect(findQuantities('Windows Server 2016 or 2019 AD FS adapter', 'en')).toEqual([])
    for (const line of english.split('\n').filter((l) => l.includes('Windows Server 2016')))
      expect(findQuantities(line, 'en')).toEqual([])
  })
})

describe('findQuantities on the Swedish seed', () => {
  test('reads retention periods with their cue', () => {
    const sentence = 'Den här informationen behålls i 90 dagar.'
    expect(lineWith(swedish, sentence)).toBe(sentence)
    expect(findQuantities(sentence, 'sv')).toEqual([
      { type: 'duration', value: 'P90D', text: '90 dagar', role: 'retention' },
    ])
    expect(findQuantities(lineWith(swedish, 'Loggdata lagras i 30 dagar.'), 'sv')).toEqual([
      { type: 'duration', value: 'P30D', text: '30 dagar', role: 'retention' },
    ])
  })

  test('reads the month and the full date in the note', () => {
    const note = lineWith(swedish, 'I september 2022')
    expect(note).toContain('Från och med den 30 september 2024')
    expect(findQuantities(note, 'sv')).toEqual([
      { type: 'date', value: '2022-09', text: 'september 2022' },
      { type: 'date', value: '2024-09-30', text: '30 september 2024' },
    ])
  })

  test('finds no date in product versions', () => {
    for (const line of swedish.split('\n').filter((l) => l.includes('Windows Server 2016')))
      expect(findQuantities(line, 'sv')).toEqual([])
  })
})

test('the whole English and Swedish seeds give the same values in the same order', () => {
  const values = (text: string, locale: string) =>
    findQuantities(text, locale).map(({ type, value, role }) => ({ type, value, role }))
  expect(values(english, 'en')).toEqual(values(swedish, 'sv'))
  expect(values(english, 'en').map((q) => q.value)).toEqual([
    'P90D',
    'P30D',
    '2022-09',
    '2024-09-30',
  ])
})

describe('findQuantities forms', () => {
  test('number words, units, hyphens and compounds', () => {
    expect(
      findQuantities('Kept thirty days, then 2 weeks; a 90-day trial; 1 year and 6 months.', 'en'),
    ).toEqual([
      { type: 'duration', value: 'P30D', text: 'thirty days', role: 'retention' },
      { type: 'duration', value: 'P2W', text: '2 weeks' },
      { type: 'duration', value: 'P90D', text: '90-day' },
      { type: 'duration', value: 'P1Y', text: '1 year' },
      { type: 'duration', value: 'P6M', text: '6 months' },
    ])
    expect(findQuantities('Data sparas i tre månader, sedan ett år och två veckor.', 'sv')).toEqual(
      [
        { type: 'duration', value: 'P3M', text: 'tre månader', role: 'retention' },
        { type: 'duration', value: 'P1Y', text: 'ett år' },
        { type: 'duration', value: 'P2W', text: 'två veckor' },
      ],
    )
  })

  test('dates: day first, ISO, German and French, impossible dates rejected', () => {
    expect(findQuantities('On 30 September 2024 or 2024-02-29 or 2023-02-29.', 'en')).toEqual([
      { type: 'date', value: '2024-09-30', text: '30 September 2024' },
      { type: 'date', value: '2024-02-29', text: '2024-02-29' },
    ])
    expect(findQuantities('February 30, 2024 and 31 april 2024', 'en')).toEqual([])
    expect(findQuantities('Ab dem 30. September 2024 für 90 Tage gespeichert.', 'de')).toEqual([
      { type: 'date', value: '2024-09-30', text: '30. September 2024' },
      { type: 'duration', value: 'P90D', text: '90 Tage' },
    ])
    expect(findQuantities('Conservées pendant 90 jours depuis août 2022.', 'fr')).toEqual([
      { type: 'duration', value: 'P90D', text: '90 jours', role: 'retention' },
      { type: 'date', value: '2022-08', text: 'août 2022' },
    ])
  })

  test('only at word boundaries, not inside decimals', () => {
    expect(findQuantities('1.5 days, 10days, dagarna, 30 dagarna', 'sv')).toEqual([
      { type: 'duration', value: 'P30D', text: '30 dagarna' },
    ])
  })

  test('a locale without word data gives []', () => {
    expect(findQuantities('retained for 90 days', 'xx')).toEqual([])
    expect(findQuantities('retained for 90 days', 'constructor')).toEqual([])
    expect(findQuantities('retained for 90 days', 'en-GB')).toHaveLength(1)
  })

  test('never throws, and every text is in the input (property)', () => {
    const pieces = fc.constantFrom(
      ' ',
      '\u00a0',
      '-',
      ',',
      '.',
      '90',
      '30',
      '2024',
      'retained for',
      'lagras i',
      'days',
      'dagar',
      'år',
      'September',
      'februari',
      'thirty',
      'Å',
    )
    const input = fc.oneof(
      fc.string(),
      fc.array(pieces).map((parts) => parts.join('')),
    )
    const locale = fc.constantFrom('en', 'sv', 'de', 'fr', 'xx', '__proto__')
    fc.assert(
      fc.property(input, locale, (text, loc) => {
        for (const quantity of findQuantities(text, loc)) {
          expect(text).toContain(quantity.text)
          expect(quantity.value).toMatch(/^(P\d+[DWMY]|\d{4}-\d{2}(-\d{2})?)$/)
        }
      }),
      { seed: 424242, numRuns: 500 },
    )
  })
})

test('checking the word start apart finds the matches of the one pattern that held the check', () => {
  // The pattern as it was: the lookbehind inside it, every start tried by the engine.
  const lookbehind = String.raw`(?<![\p{L}\p{M}\p{N}_]|\p{N}[.,])`
  const pieces = fc.constantFrom(
    ' ',
    '.',
    ',',
    '-',
    'a',
    'é',
    '\u0301',
    '𝐀',
    '٣',
    '\uD835',
    '_',
    '1',
    '90',
    '2024',
    '2024-02-30',
    'retained for ',
    'lagras i ',
    ' days',
    ' dagar',
    ' år',
    'September ',
    '30 ',
    'februari ',
    'thirty',
    'ninety-one',
    'Dezember ',
    ' Tage',
    'jours',
    'ſ',
  )
  const spans = (matches: Iterable<RegExpMatchArray>) =>
    [...matches].map((match) => [match.index, match[0], JSON.stringify(match.groups)])
  for (const locale of ['en', 'sv', 'de', 'fr']) {
    const pattern = quantityPattern(locale) as RegExp
    const whole = new RegExp(lookbehind + pattern.source, pattern.flags)
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
        const text = parts.join('')
        expect(spans(wordStartMatches(text, pattern))).toEqual(spans(text.matchAll(whole)))
      }),
      { seed: 7, numRuns: 1500 },
    )
  }
})

test('Latin-1 text, lowercased and matched without the i flag, reads what the i pattern reads', () => {
  // Every case of the words, Latin-1 letters, and the letters whose folding is not their
  // lowercase (µ, ſ, K the Kelvin sign, İ, ẞ), which must send the text to the i pattern.
  const pieces = fc.constantFrom(
    ' ',
    '\u00a0',
    '.',
    ',',
    '-',
    '1',
    '30',
    '2024',
    '2024-09-30',
    'RETAINED FOR ',
    'Retained For ',
    'Lagras I ',
    ' DAYS',
    ' Dagar',
    ' ÅR',
    ' år',
    'SEPTEMBER ',
    'Février ',
    'DÉCEMBRE ',
    'MÄRZ ',
    'Ninety-One',
    'THIRTY',
    ' Tage',
    'ß',
    'ÿ',
    'À',
    'é',
    'µ',
    'ſ',
    '\u212a',
    'İ',
    'ẞ',
    '\u0301',
    '—',
    '’',
    '\u2028',
    '\u200b',
  )
  for (const locale of ['en', 'sv', 'de', 'fr']) {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
        const text = parts.join('')
        expect(findQuantities(text, locale)).toEqual(findQuantitiesIgnoringCase(text, locale))
      }),
      { seed: 11, numRuns: 1500 },
    )
  }
  // The seeds, whole, through both paths.
  expect(findQuantities(english, 'en')).toEqual(findQuantitiesIgnoringCase(english, 'en'))
  expect(findQuantities(swedish, 'sv')).toEqual(findQuantitiesIgnoringCase(swedish, 'sv'))
  expect(findQuantities('Behålls I 90 DAGAR', 'sv')).toEqual([
    { type: 'duration', value: 'P90D', text: '90 DAGAR', role: 'retention' },
  ])
})

test('every character up to U+3000 reads as the i pattern reads it, among the words', () => {
  // Past the characters the lowercase path takes, and the Kelvin sign, ſ and İ beside them.
  for (let code = 0; code < 0x3000; code++) {
    const c = String.fromCharCode(code)
    const text = `Retained for${c}90 ${c}DAYS${c} SEPTEMBER${c}2024 ${c}2024-09-30${c} Behålls i 30${c}Dagar`
    for (const locale of ['en', 'sv', 'de', 'fr'])
      expect(findQuantities(text, locale)).toEqual(findQuantitiesIgnoringCase(text, locale))
  }
})
