import { expect, test } from 'vitest'
import { matchEntities } from '../src/match-entities.js'
import { pairItems } from '../src/pair-items.js'
import { dataLevel } from '../src/semver-policy.js'

test('the public API is exactly these exports', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'COMMITTED_DATASET',
    'DATASET_PACKAGE',
    'MARKER',
    'compareSnapshots',
    'dataLevel',
    'diffDatasets',
    'diffDocuments',
    'formatChangeset',
    'formatFailureMarkdown',
    'formatMarkdown',
    'formatText',
    'formattingChanges',
    'groupChanges',
    'makeReport',
    'maxLevel',
    'resolveSnapshot',
    'staleTranslations',
  ])
})

test('the semver policy: removals and renames are major, additions minor, the rest patch', () => {
  for (const kind of ['table', 'column', 'row', 'list', 'note'] as const) {
    expect([
      dataLevel(kind, 'removed'),
      dataLevel(kind, 'renamed'),
      dataLevel(kind, 'added'),
      dataLevel(kind, 'changed'),
    ]).toEqual(['major', 'major', 'minor', 'patch'])
  }
  for (const kind of ['cell', 'list-item', 'prose', 'metadata'] as const) {
    expect([
      dataLevel(kind, 'removed'),
      dataLevel(kind, 'added'),
      dataLevel(kind, 'changed'),
    ]).toEqual(['patch', 'patch', 'patch'])
  }
})

test('matchEntities pairs by id, then a renamed heading by content', () => {
  const base = [
    { id: 'data-stored-by-mfa-server', text: 'OATH token Voice call One-way SMS' },
    { id: 'sovereign', text: 'China United States' },
  ]
  const head = [
    { id: 'data-stored-by-the-mfa-server', text: 'OATH token Voice call One-way SMS' },
    { id: 'sovereign', text: 'China United States' },
    { id: 'new', text: 'Something else entirely' },
  ]
  const result = matchEntities(base, head, (entity) => entity.text)
  expect(result.matched.map((pair) => [pair.base.id, pair.head.id, pair.renamed])).toEqual([
    ['sovereign', 'sovereign', false],
    ['data-stored-by-mfa-server', 'data-stored-by-the-mfa-server', true],
  ])
  expect(result.added.map((entity) => entity.id)).toEqual(['new'])
  expect(result.removed).toEqual([])
})

test('pairItems keeps equal items, pairs edited ones and leaves the rest unpaired', () => {
  expect(
    pairItems(
      ['Account lockout', 'Fraud alert', 'Notifications'],
      ['Account lockout', 'Notifications', 'Phone call settings'],
    ),
  ).toEqual([
    { base: 0, head: 0 },
    { base: 1, head: null },
    { base: 2, head: 1 },
    { base: null, head: 2 },
  ])
  expect(pairItems(['Server settings'], ['Server settings page'])).toEqual([{ base: 0, head: 0 }])
})
