import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { describe, expect, test } from 'vitest'
import type { Dataset } from '../src/index.js'
import {
  dataset,
  enclosingPaths,
  getList,
  getTable,
  lists,
  lookup,
  notes,
  paragraphs,
  parsePath,
  tables,
  translationStatus,
  valuePath,
} from '../src/index.js'

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8'))

test('the public API is exactly these exports', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'cellPath',
    'collections',
    'columnPath',
    'dataset',
    'enclosingPaths',
    'entityPath',
    'getList',
    'getTable',
    'headings',
    'itemPath',
    'lists',
    'lookup',
    'notes',
    'paragraphs',
    'parsePath',
    'rowPath',
    'tables',
    'translationStatus',
    'valuePath',
  ])
})

describe('data/dataset.json', () => {
  test('matches data/dataset.schema.json', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(read('dataset.schema.json'))
    expect(validate(read('dataset.json')), JSON.stringify(validate.errors)).toBe(true)
  })

  test('every translated cell has as many values as the English, and ids are unique', () => {
    for (const table of tables) {
      const columnIds = table.columns.map((column) => column.id)
      expect(new Set(columnIds).size).toBe(columnIds.length)
      expect(new Set(table.rows.map((row) => row.id)).size).toBe(table.rows.length)
      for (const row of table.rows) {
        expect(Object.keys(row.cells)).toEqual(columnIds)
        for (const cell of Object.values(row.cells))
          if (cell.sv !== null) expect(cell.sv).toHaveLength(cell.en.length)
      }
    }
    for (const kind of [tables, lists, notes, paragraphs, dataset.headings]) {
      expect(new Set(kind.map((entry) => entry.id)).size).toBe(kind.length)
    }
  })

  test('explains every Swedish null with a translation gap on it or above it', () => {
    const gapPaths = dataset.translationGaps.map((gap) => gap.path)
    for (const table of tables) {
      for (const row of table.rows) {
        for (const [columnId, cell] of Object.entries(row.cells)) {
          const path = `tables/${table.id}/rows/${row.id}/cells/${columnId}`
          const nulls =
            cell.sv === null
              ? [path]
              : cell.sv.flatMap((value, index) =>
                  value === null ? [`${path}/values/${index}`] : [],
                )
          for (const place of nulls)
            expect(
              gapPaths.some((gap) => place.startsWith(gap)),
              place,
            ).toBe(true)
        }
      }
    }
  })
})

describe('the typed API', () => {
  test('getTable and getList find entries by id', () => {
    expect(getTable('data-stored-by-mfa-server')?.columns.map((column) => column.label)).toEqual([
      { en: 'Event type', sv: 'Händelsetyp' },
      { en: 'Data store type', sv: 'Typ av datalager' },
    ])
    expect(
      getList('personal-data-stored-by-microsoft-entra-multifactor-authentication')?.items,
    ).toHaveLength(5)
    expect(getTable('no-such-table')).toBeUndefined()
  })

  test('lookup gives one cell in one locale, and how current its translation is', () => {
    const sovereign = 'multifactor-authentication-activity-reports-for-sovereign-clouds'
    expect(lookup(sovereign, 'microsoft-azure-operated-by-21vianet', 'sign-in-logs')).toEqual({
      values: ['China'],
      status: 'source',
      gaps: [],
    })
    expect(lookup(sovereign, 'microsoft-azure-operated-by-21vianet', 'sign-in-logs', 'sv')).toEqual(
      { values: ['Kina'], status: 'current', gaps: [] },
    )
    expect(lookup(sovereign, 'microsoft-government-cloud', 'nope')).toBeUndefined()
  })

  test('a stale translation is told apart from a current one, and retired ids still resolve', () => {
    const sovereign = 'multifactor-authentication-activity-reports-for-sovereign-clouds'
    const changed = structuredClone(dataset) as Dataset
    const table = changed.tables.find((entry) => entry.id === sovereign)!
    table.aliases = ['sovereign-clouds']
    table.rows[0]!.cells['sign-in-logs']!.en = ['Sweden']
    const path = valuePath(sovereign, 'microsoft-azure-operated-by-21vianet', 'sign-in-logs', 0)
    changed.translationGaps.push({
      kind: 'stale',
      locale: 'sv',
      path,
      reason: 'en changed since the sv translation',
      translates: 'China',
      source: {},
    })
    const cell = lookup(
      'sovereign-clouds',
      'microsoft-azure-operated-by-21vianet',
      'sign-in-logs',
      'sv',
      changed,
    )
    expect(cell).toMatchObject({
      values: ['Kina'],
      status: 'stale',
      gaps: [{ translates: 'China' }],
    })
    expect(translationStatus(path, 'sv', changed)).toBe('stale')
    // A gap on what contains a path speaks for it too, in lookup and translationStatus alike.
    const row = `tables/${sovereign}/rows/microsoft-government-cloud`
    changed.translationGaps.push({
      kind: 'missing',
      locale: 'sv',
      path: row,
      reason: 'no sv translation',
      source: {},
    })
    expect(translationStatus(`${row}/cells/sign-in-logs`, 'sv', changed)).toBe('missing')
    expect(
      lookup(sovereign, 'microsoft-government-cloud', 'sign-in-logs', 'sv', changed)?.status,
    ).toBe('missing')
    expect(translationStatus(`paragraphs/${paragraphs[0]!.id}`, 'sv')).toBe('current')
    expect(enclosingPaths(path)).toEqual([
      path,
      `tables/${sovereign}/rows/microsoft-azure-operated-by-21vianet/cells/sign-in-logs`,
      `tables/${sovereign}/rows/microsoft-azure-operated-by-21vianet`,
      `tables/${sovereign}`,
    ])
    expect(parsePath(path)).toEqual({
      collection: 'tables',
      id: sovereign,
      row: 'microsoft-azure-operated-by-21vianet',
      cell: 'sign-in-logs',
      value: 0,
    })
  })
})
