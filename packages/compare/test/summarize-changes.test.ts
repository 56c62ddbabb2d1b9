import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Dataset } from '@mfa-residency/dataset'
import { expect, test } from 'vitest'
import { summarizeChanges } from '../src/summarize-changes.js'

const require = createRequire(import.meta.url)
const committed = JSON.parse(
  readFileSync(require.resolve('@mfa-residency/dataset/dataset.json'), 'utf8'),
) as Dataset

test('summarizeChanges names what a regeneration changed', () => {
  const before = committed
  const after = structuredClone(before)
  after.tables[0]!.rows[0]!.cells['event-type']!.en = ['OATH hardware token']
  after.lists.pop()
  expect(summarizeChanges(before, after)).toEqual([
    'tables changed: data-stored-by-microsoft-entra-multifactor-authentication',
    'lists removed: organizational-data-stored-by-microsoft-entra-multifactor-authentication-2',
  ])
  expect(summarizeChanges(null, after)).toEqual([
    'new dataset: 9 headings, 14 paragraphs, 5 tables, 3 lists, 2 notes',
  ])
})
