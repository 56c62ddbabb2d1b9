import { expect, test } from 'vitest'

test('the public API is exactly these exports', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'COMMITTED_DATASET',
    'DATASET_PACKAGE',
    'MAX_LENGTH',
    'compareSnapshots',
    'diffDocuments',
    'formatChangeset',
    'formatFailureMarkdown',
    'formatMarkdown',
    'formatText',
    'formattingChanges',
    'resolveSnapshot',
  ])
})
