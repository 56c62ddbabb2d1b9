import type { DocumentFormat } from '@mfa-residency/parser'
import type { SourceFormat } from '@mfa-residency/repository'
import { expect, expectTypeOf, test } from 'vitest'

test('the public API is exactly these exports: the pipeline, no repository plumbing', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'CorpusError',
    'CorpusLayoutError',
    'INDEX_FILE',
    'assertValidDataset',
    'buildDataset',
    'deriveArticleSchema',
    'discoverArticles',
    'extractArticle',
    'extractDataset',
    'generateCorpus',
    'parseVocabulary',
    'readSourceFiles',
    'readVocabulary',
    'serializeDataset',
    'vocabularyOf',
    'withTermFields',
  ])
})

test('the manifest accepts exactly the formats the parser reads', () => {
  // Checked by `tsc`: the manifest lists its formats without importing the parser.
  expectTypeOf<SourceFormat>().toEqualTypeOf<DocumentFormat>()
})
