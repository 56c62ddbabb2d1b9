import { describe, expect, test } from 'vitest'
import { splitJoinedCells } from '../src/split-joined-cells.js'

describe('splitJoinedCells', () => {
  const cell = (sourceValues: string[], joined: string, line = 1) => ({
    sourceValues,
    joined,
    file: 'sv.txt',
    line,
  })

  test('learns until a pass adds nothing: a later cell settles an earlier one', () => {
    const result = splitJoinedCells([
      cell(['A'], 'alfa'),
      cell(['A', 'B', 'C'], 'alfa beta gamma delta', 2),
      cell(['A', 'B'], 'alfa beta', 3),
    ])
    expect(result.issues).toEqual([])
    expect(result.outcomes).toEqual([
      { kind: 'split', values: ['alfa'] },
      { kind: 'split', values: ['alfa', 'beta', 'gamma delta'] },
      { kind: 'split', values: ['alfa', 'beta'] },
    ])
  })

  test('never guesses between equally good splits', () => {
    const result = splitJoinedCells([cell(['A', 'B'], 'one two three', 7)])
    expect(result.issues).toEqual([
      {
        file: 'sv.txt',
        line: 7,
        message:
          'cannot split "one two three" into 2 values ("A", "B"): more than one value is not found anywhere else in the document',
      },
    ])
  })
})
