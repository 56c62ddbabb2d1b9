import { expect, test } from 'vitest'
import { summarizeChanges } from '../src/summarize-changes.js'
import { committed } from './fixtures.js'

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

test('summarizeChanges names terms that came, went or changed, and what values now name', () => {
  const after = structuredClone(committed)
  after.terms = after.terms.filter((term) => term.id !== 'location/china')
  after.terms.push({
    id: 'cloud/azure-germany',
    kind: 'cloud',
    label: { en: 'Microsoft Azure Germany', sv: 'Microsoft Azure Tyskland' },
  })
  const publicCloud = after.terms.find((term) => term.id === 'cloud/azure-public')!
  publicCloud.code = 'AzurePublic'
  publicCloud.label.sv = 'Publikt Azure-moln'
  after.tables[0]!.rows[2]!.terms['data-store-type']![1] = { term: 'data-store/service-logs' }
  after.paragraphs.find((p) => p.id === 'this-information-is-retained-for')!.quantities
    .en[0]!.value = 'P60D'
  expect(summarizeChanges(committed, after)).toEqual([
    'paragraphs changed: this-information-is-retained-for',
    'tables changed: data-stored-by-microsoft-entra-multifactor-authentication',
    'term added: cloud/azure-germany',
    'term removed: location/china',
    'term changed: cloud/azure-public (code, label/sv)',
    'tables/data-stored-by-microsoft-entra-multifactor-authentication/rows/voice-call/cells/data-store-type/values/1: now names data-store/service-logs; no longer names data-store/activity-reports',
    'paragraphs/this-information-is-retained-for/quantities: P60D (retention), was P90D (retention)',
  ])
})
