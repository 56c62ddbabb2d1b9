import { expect, test } from 'vitest'

test('the public API is exactly these exports', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'COMMITTED_DATASET',
    'DATASET_PACKAGE',
    'MARKER',
    'compareSnapshots',
    'diffDocuments',
    'formatChangeset',
    'formatFailureMarkdown',
    'formatMarkdown',
    'formatText',
    'formattingChanges',
    'groupChanges',
    'resolveSnapshot',
  ])
})
