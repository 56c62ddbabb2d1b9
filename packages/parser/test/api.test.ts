import { expect, test } from 'vitest'

test('the public API is exactly these exports', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'MAX_CONTAINER_COLUMNS',
    'MAX_ELEMENT_DEPTH',
    'MAX_SOURCE_BYTES',
    'SourceError',
    'alignLocales',
    'formatIssue',
    'normalizeMsDate',
    'parseGfm',
    'readGfm',
    'readLearnHtml',
    'readLearnText',
    'slugify',
    'sourceError',
    'textSimilarity',
  ])
})
