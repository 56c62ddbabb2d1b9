import { expect, test } from 'vitest'

test('the public API is exactly these exports', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'csvCell',
    'jsonText',
    'terminalLines',
    'terminalText',
    'terminalTextCopy',
  ])
})
