import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { describe, expect, test } from 'vitest'
import {
  asOf,
  atVersion,
  createHistory,
  history,
  historyOf,
  timeline,
  versions,
} from '../src/history.js'
import { dataset, where } from '../src/index.js'

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8'))

const blockedUsers =
  'lists/personal-data-stored-by-microsoft-entra-multifactor-authentication/items/blocked-users'

test('the history API is exactly these exports', async () => {
  expect(Object.keys(await import('../src/history.js')).sort()).toEqual([
    'asOf',
    'atVersion',
    'createHistory',
    'expandValue',
    'history',
    'historyOf',
    'partsAt',
    'timeline',
    'unpackSnapshot',
    'versions',
  ])
  expect(Object.keys(await import('../src/history-queries.js')).sort()).toEqual([
    'createHistory',
    'expandValue',
    'unpackSnapshot',
  ])
})

describe('data/history.json', () => {
  test('matches data/history.schema.json', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(read('history.schema.json'))
    expect(validate(read('history.json')), JSON.stringify(validate.errors)).toBe(true)
  })

  test('lists every version of both locales with its provenance, the current documents last', () => {
    expect(
      versions.filter((version) => version.locale === 'en').map((version) => version.key),
    ).toEqual([
      '2019-12-12.1',
      '2019-12-16.1',
      '2020-04-13.1',
      '2021-01-14.1',
      '2021-01-14.2',
      '2021-06-03.1',
      '2023-01-29.1',
      '2023-09-14.1',
      '2024-11-27.1',
    ])
    expect(versions.find((version) => version.key === '2021-06-03.1')).toMatchObject({
      locale: 'en',
      date: '2021-06-03',
      dateSource: 'ms.date',
      repository: 'MicrosoftDocs/azure-docs',
      commit: '03d29f6d1ae7e4686739dc3b05f293c108680292',
      provenance: 'commit',
    })
    expect(versions.find((version) => version.key === '2019-12-12.1')).toMatchObject({
      commit: null,
      provenance: 'presumed',
    })
    const swedish = versions.filter((version) => version.locale === 'sv')
    expect(swedish.at(-1)).toMatchObject({
      dateSource: 'entered-docs-source',
      sha256: dataset.sources.sv.sha256,
    })
    expect(versions.find((version) => version.key === '2024-11-27.1')?.sha256).toBe(
      dataset.sources.en.sha256,
    )
  })
})

describe('asOf', () => {
  test('a day after the last version is today’s dataset, in its shape and with its ids', () => {
    expect(asOf('2030-01-01')).toEqual(dataset)
  })

  test('a day between versions is the last version on or before it', () => {
    const made = asOf('2022-06-01')
    expect(made.sources.en.msDate).toBe('2021-06-03')
    expect(made).toEqual(asOf('2021-06-03'))
    expect(made).toEqual(atVersion('en', '2021-06-03.1'))
    const validate = new Ajv({ allErrors: true, strict: true }).compile(read('dataset.schema.json'))
    expect(validate(made), JSON.stringify(validate.errors)).toBe(true)
  })

  test('the vocabulary’s where query takes it as its dataset', () => {
    const then = asOf('2021-06-03')
    const china = where(then, { cloud: 'AzureChinaCloud' })
    expect(china.length).toBeGreaterThan(0)
    for (const { table, row } of china)
      expect(then.tables.find((t) => t.id === table.id)?.rows).toContain(row)
    expect(china.map(({ row }) => row.cells)).not.toEqual(
      where(dataset, { cloud: 'AzureChinaCloud' }).map(({ row }) => row.cells),
    )
  })

  test('a date before the first version, or not a date, is refused with what was expected', () => {
    expect(() => asOf('2019-12-11')).toThrow(
      'asOf: 2019-12-11 is before the first version (2019-12-12); the history starts there',
    )
    expect(() => asOf('2021-02-30')).toThrow(
      'asOf: "2021-02-30" is not a date: expected YYYY-MM-DD, such as 2021-06-03',
    )
    expect(() => asOf('14/01/2021')).toThrow(/is not a date/)
    expect(() => atVersion('en', '2020-01-01.1')).toThrow(
      'atVersion: no en version 2020-01-01.1 in the history',
    )
  })

  test('each call gives a dataset of its own', () => {
    const first = asOf('2021-06-03')
    first.tables.length = 0
    expect(asOf('2021-06-03').tables.length).toBeGreaterThan(0)
  })
})

describe('historyOf and timeline', () => {
  test('an entity by path: first and last seen, and whether it is current', () => {
    const [item] = historyOf(blockedUsers)
    expect(item).toMatchObject({
      path: blockedUsers,
      current: true,
      firstSeen: { key: '2019-12-12.1', date: '2019-12-12', locale: 'en', commit: null },
    })
    expect(historyOf('lists/no-such-list')).toEqual([])
  })

  test('a table gathers the changes inside it, each with its version and level', () => {
    const [table] = historyOf(
      'tables/multifactor-authentication-activity-reports-for-sovereign-clouds',
    )
    expect(table?.changes.length).toBeGreaterThan(0)
    for (const change of table?.changes ?? []) {
      expect(
        change.path.startsWith(
          'tables/multifactor-authentication-activity-reports-for-sovereign-clouds',
        ),
      ).toBe(true)
      expect(['major', 'minor', 'patch', 'none']).toContain(change.level)
      expect(
        versions.some((version) => version.key === change.key && version.locale === change.locale),
      ).toBe(true)
    }
  })

  test('a term id gives its own entry first, then every entity that ever named it', () => {
    const entries = historyOf('data-store/blocked-users')
    expect(entries[0]?.path).toBe('terms/data-store/blocked-users')
    expect(entries.map((entry) => entry.path)).toContain(blockedUsers)
    expect(entries.some((entry) => !entry.current)).toBe(true)
  })

  test('the timeline has one entry per version, oldest first, the first without changes', () => {
    const entries = timeline()
    expect(entries.map(({ key, locale }) => `${locale} ${key}`)).toEqual(
      history.timeline.map(({ key, locale }) => `${locale} ${key}`),
    )
    expect(entries[0]?.changes).toEqual([])
    const dates = entries.map((entry) => entry.date)
    expect([...dates].sort()).toEqual(dates)
    const rename = entries.find((entry) => entry.key === '2023-09-14.1')?.changes ?? []
    expect(
      rename.some(
        (change) => change.kind === 'changed' && /Microsoft Entra/.test(String(change.after)),
      ),
    ).toBe(true)
  })

  test('createHistory answers over any history, such as a copy cut down to its first version', () => {
    const first = { ...history, timeline: history.timeline.slice(0, 1) }
    const queries = createHistory(first)
    expect(queries.timeline()).toHaveLength(1)
    expect(queries.asOf('2030-01-01')).toEqual(atVersion('en', '2019-12-12.1'))
    expect(createHistory({ ...history, timeline: [] }).timeline()).toEqual([])
    expect(() => createHistory({ ...history, timeline: [] }).asOf('2020-01-01')).toThrow(
      'asOf: the history has no versions',
    )
  })
})
