import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { jsonText } from '../src/index.js'
import { hostileChar, steeringIn } from './steering.js'

describe('jsonText', () => {
  test('C0, DEL, C1 and bidirectional controls are all escapes; the rest is JSON.stringify', () => {
    const value = { text: '\u001b]0;pwned\u0007 \u009b2J \u007f \u202eabc', 'k\u0085': [1, null] }
    expect(jsonText(value)).toBe(
      '{"text":"\\u001b]0;pwned\\u0007 \\u009b2J \\u007f \\u202eabc","k\\u0085":[1,null]}',
    )
    expect(jsonText({ a: 'Kina – “China”' }, 2)).toBe(
      JSON.stringify({ a: 'Kina – “China”' }, null, 2),
    )
  })

  test('the output holds only printable characters and parses back to the same value', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ stringUnit: hostileChar }),
        fc.constantFrom(undefined, 2),
        (value, indent) => {
          const text = jsonText(value, indent)
          // The indentation's newlines are ours, outside any string.
          expect(steeringIn(text, '\n')).toEqual([])
          expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)))
        },
      ),
    )
  })
})
