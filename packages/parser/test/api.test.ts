import { expect, test } from 'vitest'

test('the public API is exactly these exports', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'IdRegistry',
    'MAX_CONTAINER_COLUMNS',
    'MAX_ELEMENT_DEPTH',
    'MAX_SOURCE_BYTES',
    'SourceError',
    'alignSequences',
    'extractLearnArticle',
    'findQuantities',
    'formatIssue',
    'loadDocumentReader',
    'normalizeMsDate',
    'parseGfm',
    'readDocument',
    'readGfm',
    'readLearnHtml',
    'readLearnText',
    'slugify',
    'sourceError',
    'splitJoinedCells',
  ])
})
