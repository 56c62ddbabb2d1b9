import { expect, test } from 'vitest'

test('the public API is exactly these exports', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
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
