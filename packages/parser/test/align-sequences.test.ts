import { expect, test } from 'vitest'
import { alignSequences } from '../src/align-sequences.js'

test('alignSequences pairs equal sequences one to one and leaves the odd item out', () => {
  const a = ['x', 'y', 'z']
  const b = ['x', 'z']
  const pairs = alignSequences(a.length, b.length, {
    match: (i, j) => (a[i] === b[j] ? { cost: 0, span: 1 } : null),
  })
  expect(pairs).toEqual([
    { a: 0, b: 0, span: 1 },
    { a: 1, b: null, span: 0 },
    { a: 2, b: 1, span: 1 },
  ])
})
