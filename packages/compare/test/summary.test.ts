import type { Dataset } from '@mfa-residency/dataset'
import { describe, expect, test } from 'vitest'
import { diffDatasets } from '../src/diff-datasets.js'
import { makeReport } from '../src/report.js'
import { committed, edited } from './fixtures.js'

const sovereign = 'multifactor-authentication-activity-reports-for-sovereign-clouds'
const publicStores = 'data-stored-by-microsoft-entra-multifactor-authentication'

const reportOf = (edit: (dataset: Dataset) => void) => {
  const head = edited(edit)
  return makeReport('base', 'head', diffDatasets(committed, head), {
    datasets: { base: committed, head },
  })
}

const table = (dataset: Dataset, id: string) => dataset.tables.find((entry) => entry.id === id)!

describe('the summary says what changed in words, by entity', () => {
  test('a value that took another one’s place, by the row’s first value and the column label', () => {
    const report = reportOf((dataset) => {
      const row = table(dataset, sovereign).rows[0]!
      row.cells['sign-in-logs']!.en = ['Sweden']
      row.terms['sign-in-logs'] = [null]
    })
    expect(report.summary.entities).toEqual([
      {
        path: `tables/${sovereign}`,
        kind: 'table',
        name: 'Multifactor authentication activity reports for sovereign clouds',
        level: 'major',
        facts: [
          'Microsoft Azure operated by 21Vianet · Sign-in logs: China → Sweden; no longer names China',
        ],
        changes: [0],
      },
    ])
    expect(report.summary.because).toEqual(['cell no longer names: China'])
    expect(report.summary.labels).toEqual(['Microsoft Azure operated by 21Vianet · Sign-in logs'])
  })

  test('a data store a row no longer has, by the store’s verb; twin tables by their scope', () => {
    const report = reportOf((dataset) => {
      const cell = table(dataset, publicStores).rows.find((row) => row.id === 'voice-call')!
      cell.cells['data-store-type']!.en = cell.cells['data-store-type']!.en.slice(0, 2)
      cell.terms['data-store-type'] = cell.terms['data-store-type']!.slice(0, 2)
    })
    expect(report.summary.entities[0]).toMatchObject({
      name: 'Data stored by Microsoft Entra multifactor authentication (Azure public cloud)',
      facts: [
        'Voice call · Data store type: no longer stores Blocked users (if fraud was reported)',
      ],
    })
  })

  test('a duration in words: retention 90 → 60 days', () => {
    const report = reportOf((dataset) => {
      const paragraph = dataset.paragraphs.find(
        (entry) => entry.id === 'this-information-is-retained-for',
      )!
      paragraph.text.en = 'This information is retained for 60 days.'
      paragraph.quantities.en = [
        { type: 'duration', value: 'P60D', text: '60 days', role: 'retention' },
      ]
    })
    const prose = report.summary.entities.find((entity) => entity.kind === 'prose')!
    expect(prose.facts).toEqual([
      'paragraph reworded',
      'paragraph “This information is retained…”: retention: P90D → P60D (90 → 60 days)',
    ])
    expect(report.summary.because).toEqual([
      'duration or date changed: retention: P90D → P60D (90 → 60 days)',
    ])
  })

  test('a removed table: named, with its size, and its cells kept by column', () => {
    const report = reportOf((dataset) => {
      dataset.tables = dataset.tables.filter((entry) => entry.id !== 'data-stored-by-mfa-server')
    })
    const index = report.changes.findIndex(
      (change) => change.path === 'tables/data-stored-by-mfa-server',
    )
    expect(report.summary.entities[0]).toMatchObject({
      path: 'tables/data-stored-by-mfa-server',
      name: 'Data stored by MFA Server',
      action: 'removed',
      facts: ['4 rows × 2 columns'],
    })
    const contents = report.summary.contents.find((entry) => entry.change === index)!
    expect(contents.columns).toEqual(['Event type', 'Data store type'])
    expect(contents.rows[2]).toEqual([
      ['Voice call'],
      [
        'Multifactor authentication logs',
        'Multifactor authentication activity report data store',
        'Blocked users (if fraud was reported)',
      ],
    ])
  })

  test('a list reordered reads as a move, with the item’s place before and after', () => {
    const report = reportOf((dataset) => {
      const list = dataset.lists.find(
        (entry) =>
          entry.id === 'personal-data-stored-by-microsoft-entra-multifactor-authentication',
      )!
      list.items.push(list.items.shift()!)
    })
    expect(report.summary.entities[0]!.facts).toEqual([
      'items reordered: “Blocked users” moved 1 → 5',
    ])
  })

  test('every data change belongs to exactly one entity, and every change has a label', () => {
    const report = reportOf((dataset) => {
      dataset.tables = dataset.tables.filter((entry) => entry.id !== sovereign)
      dataset.notes[0]!.text.en = 'Another text.'
      dataset.terms = dataset.terms.filter((entry) => entry.id !== 'location/china')
    })
    const covered = report.summary.entities
      .flatMap((entity) => entity.changes)
      .sort((a, b) => a - b)
    const data = report.changes.flatMap((change, index) =>
      change.classification === 'data' ? [index] : [],
    )
    expect(covered).toEqual(data)
    expect(report.summary.labels).toHaveLength(report.changes.length)
    expect(report.summary.entities.map((entity) => entity.kind)).toEqual([
      'table',
      'note',
      'vocabulary',
    ])
  })

  test('without the datasets, ids stand in for names; translations are counted from drift', () => {
    const head = edited((dataset) => {
      dataset.tables = dataset.tables.filter((entry) => entry.id !== sovereign)
    })
    const report = makeReport('a', 'b', diffDatasets(committed, head))
    expect(report.summary.entities[0]).toMatchObject({ name: sovereign, action: 'removed' })
    expect(report.summary.translations).toEqual([])
    const withSides = makeReport('a', 'b', [], { datasets: { base: committed, head: committed } })
    expect(withSides.summary).toEqual({
      because: [],
      entities: [],
      translations: [{ locale: 'sv', missing: 0, stale: 0, extra: 0, resolved: 0 }],
      labels: [],
      contents: [],
    })
  })
})
