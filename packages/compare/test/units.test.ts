import { expect, test } from 'vitest'
import { match } from '../src/rules/match.js'
import { dataLevel, localeLevel, meaningOf } from '../src/semver-policy.js'

test('the public API is exactly these exports', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'dataLevel',
    'diffDatasets',
    'localeChange',
    'localeLevel',
    'makeReport',
    'matchEntities',
    'maxLevel',
    'missingFrom',
    'rowsShareAValue',
    'summarizeChanges',
    'textSimilarity',
    'textsAlike',
    'wordEdits',
  ])
})

test('the semver policy: removals, renames and lost meaning are major, additions minor, the rest patch', () => {
  for (const kind of ['table', 'column', 'row', 'list', 'list-item', 'note'] as const) {
    expect([
      dataLevel(kind, 'removed'),
      dataLevel(kind, 'renamed'),
      dataLevel(kind, 'renamed', { keepsOldId: true }),
      dataLevel(kind, 'added'),
      dataLevel(kind, 'changed'),
    ]).toEqual(['major', 'major', 'minor', 'minor', 'patch'])
  }
  expect([localeLevel('removed'), localeLevel('added')]).toEqual(['major', 'minor'])
  // Terms: what a consumer looks a term up by is its id and code; the rest is how it reads.
  expect([dataLevel('term', 'removed'), dataLevel('term', 'added')]).toEqual(['major', 'minor'])
  for (const field of ['kind', 'code', 'codeScheme'] as const)
    expect(dataLevel('term', 'changed', { field })).toBe('major')
  for (const field of ['label', 'aliases', 'valueAliases', 'retired', 'includes'] as const)
    expect(dataLevel('term', 'changed', { field })).toBe('patch')
  // What a value, an item or a table names: lost is major, only gained is minor.
  for (const kind of ['cell', 'list-item', 'table'] as const) {
    expect([
      dataLevel(kind, 'changed', meaningOf(['location/china'], ['location/united-states'])),
      dataLevel(kind, 'changed', meaningOf(['location/china'], [])),
      dataLevel(kind, 'changed', meaningOf([], ['location/china'])),
      dataLevel(kind, 'changed', meaningOf([], [])),
    ]).toEqual(['major', 'major', 'minor', 'patch'])
  }
  // A duration or date states a fact: changed or gone is major, a new one minor.
  expect(
    (['changed', 'removed', 'added'] as const).map((action) => dataLevel('quantity', action)),
  ).toEqual(['major', 'major', 'minor'])
  expect(dataLevel('mention', 'changed', meaningOf(['cloud/azure-china'], []))).toBe('patch')
  expect(dataLevel('formatting', 'changed')).toBe('none')
  // Headings and paragraphs are prose: a patch, whatever happens to them.
  for (const kind of ['cell', 'prose', 'metadata'] as const) {
    expect([
      dataLevel(kind, 'removed'),
      dataLevel(kind, 'added'),
      dataLevel(kind, 'changed'),
    ]).toEqual(['patch', 'patch', 'patch'])
  }
})

test('match pairs by id, then a renamed heading by content, in head order', () => {
  const base = [
    { id: 'data-stored-by-mfa-server', text: 'OATH token Voice call One-way SMS' },
    { id: 'sovereign', text: 'China United States' },
  ]
  const head = [
    { id: 'data-stored-by-the-mfa-server', text: 'OATH token Voice call One-way SMS' },
    { id: 'sovereign', text: 'China United States' },
    { id: 'new', text: 'Something else entirely' },
  ]
  const result = match(base, head, (entity) => entity.text)
  expect(result.matched.map((pair) => [pair.base.id, pair.head.id, pair.renamed])).toEqual([
    ['data-stored-by-mfa-server', 'data-stored-by-the-mfa-server', true],
    ['sovereign', 'sovereign', false],
  ])
  expect(result.added.map((entity) => entity.id)).toEqual(['new'])
  expect(result.removed).toEqual([])
})
