import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { terminalText, terminalTextCopy } from '../src/index.js'
import { hostileText, steeringIn } from './steering.js'

// What a cell of a hostile dataset may hold, and what a reader then sees instead.
const hostile: [string, string, string][] = [
  [
    'an OSC 8 hyperlink',
    '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007',
    '\\u{1b}]8;;https://evil.example\\u{7}click\\u{1b}]8;;\\u{7}',
  ],
  ['a clear screen', '\u001b[2J', '\\u{1b}[2J'],
  ['an OSC 0 window title', '\u001b]0;pwned\u0007', '\\u{1b}]0;pwned\\u{7}'],
  ['an OSC 52 clipboard write', '\u001b]52;c;ZXZpbA==\u0007', '\\u{1b}]52;c;ZXZpbA==\\u{7}'],
  ['a C1 CSI', '\u009b2J', '\\u{9b}2J'],
  ['a DCS string', '\u001bPq#0\u001b\\', '\\u{1b}Pq#0\\u{1b}\\'],
  ['an overwriting carriage return', 'safe\rEVIL', 'safe\\u{d}EVIL'],
  ['a backspace and DEL', 'ab\bc\u007f', 'ab\\u{8}c\\u{7f}'],
  ['a right-to-left override', 'abc\u202edef\u202c', 'abc\\u{202e}def\\u{202c}'],
  ['an isolate', '\u2066x\u2069', '\\u{2066}x\\u{2069}'],
  ['a newline and a tab', 'one\ntwo\tthree', 'one\\u{a}two\\u{9}three'],
]

describe('terminalText', () => {
  test.each(hostile)('%s is shown, not obeyed', (_, text, shown) => {
    expect(terminalText(text)).toBe(shown)
  })

  test('ordinary text, Swedish and symbols included, is left as it is', () => {
    const text = 'Inloggningsloggar: Kina (CN) · “China” → 90 dagar – ✓ 中国'
    expect(terminalText(text)).toBe(text)
  })

  test('no output holds a steering character, and text without one is unchanged', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const shown = terminalText(text)
        expect(steeringIn(shown)).toEqual([])
        if (steeringIn(text).length === 0) expect(shown).toBe(text)
      }),
    )
  })
})

describe('terminalTextCopy', () => {
  test('every string of a JSON value, keys too, and nothing else changes', () => {
    const value = {
      id: 'row\u001b[2J',
      cells: { 'col\u0007': ['\u009b2J', null], plain: ['China'] },
      line: 12,
      stale: false,
    }
    const copy = terminalTextCopy(value)
    expect(copy).toEqual({
      id: 'row\\u{1b}[2J',
      cells: { 'col\\u{7}': ['\\u{9b}2J', null], plain: ['China'] },
      line: 12,
      stale: false,
    })
    expect(value.id).toBe('row\u001b[2J')
  })
})
