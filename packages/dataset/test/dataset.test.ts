import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { describe, expect, test } from 'vitest'
import type { Dataset } from '../src/index.js'
import {
  dataset,
  enclosingPaths,
  findTerms,
  getList,
  getTable,
  getTerm,
  lists,
  lookup,
  notes,
  paragraphs,
  parsePath,
  tables,
  tableTitle,
  terms,
  translationStatus,
  UnknownTermError,
  valuePath,
  where,
} from '../src/index.js'

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8'))

test('the public API is exactly these exports', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'UnknownTermError',
    'atAGlance',
    'cellPath',
    'collections',
    'columnPath',
    'dataset',
    'dimensions',
    'enclosingPaths',
    'entityPath',
    'findTerms',
    'getList',
    'getTable',
    'getTerm',
    'headings',
    'itemPath',
    'lists',
    'lookup',
    'normalizeName',
    'notes',
    'paragraphs',
    'parsePath',
    'rowPath',
    'sourceLinks',
    'tableTitle',
    'tables',
    'termPath',
    'terms',
    'translationStatus',
    'valuePath',
    'where',
  ])
  expect(Object.keys(await import('../src/terms.js')).sort()).toEqual([
    'foldCase',
    'matchesAsWritten',
    'normalizeName',
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

describe('the vocabulary API', () => {
  const sovereign = 'multifactor-authentication-activity-reports-for-sovereign-clouds'

  test('where: a cloud by its azure-cli name and an event by its words', () => {
    const matches = where(dataset, { cloud: 'AzureUSGovernment', event: 'voice call' })
    expect(matches.map(({ table, row }) => [table.id, row.id])).toEqual([
      ['data-stored-by-microsoft-entra-multifactor-authentication-2', 'voice-call'],
    ])
    const stores = matches[0]!.row.terms['data-store-type']!
    expect(stores).toEqual([
      { term: 'data-store/mfa-logs' },
      { term: 'data-store/activity-reports' },
      { term: 'data-store/blocked-users', qualifiers: ['condition/fraud-reported'] },
    ])
    expect(
      stores.filter((link) => link?.qualifiers?.includes('condition/fraud-reported')),
    ).toHaveLength(1)
  })

  test('where: the China cloud finds the rows of the tables scoped to it and the sovereign row', () => {
    const matches = where(dataset, { cloud: 'AzureChinaCloud' })
    const row = matches.find(({ table }) => table.id === sovereign)?.row
    expect(row?.id).toBe('microsoft-azure-operated-by-21vianet')
    expect(row?.terms).toEqual({
      'sovereign-cloud': [{ term: 'cloud/azure-china' }],
      'sign-in-logs': [{ term: 'location/china' }],
      'multifactor-authentication-activity-report': [{ term: 'location/united-states' }],
      'multifactor-authentication-service-logs': [{ term: 'location/united-states' }],
    })
    expect(getTerm('location/china')).toMatchObject({
      code: 'CN',
      codeScheme: 'iso-3166-1-alpha-2',
    })
    expect(getTerm('location/united-states')?.code).toBe('US')
    // The public cloud's table excludes nothing of China, but is not about it either.
    expect(matches.map(({ table }) => table.id)).not.toContain(
      'data-stored-by-microsoft-entra-multifactor-authentication',
    )
    // Any name of the cloud, in either language, is the same query.
    for (const name of ['cloud/azure-china', '21Vianet', 'Microsoft Azure som drivs av 21Vianet'])
      expect(where(dataset, { cloud: name })).toEqual(matches)
  })

  test('where: a table that excludes a component does not answer for it', () => {
    const matches = where(dataset, { component: 'NPS extension' })
    const ids = new Set(matches.map(({ table }) => table.id))
    expect(ids.has('data-stored-by-microsoft-entra-multifactor-authentication-2')).toBe(true)
    expect(ids.has('data-stored-by-microsoft-entra-multifactor-authentication')).toBe(false)
  })

  test('findTerms and getTerm resolve names, codes and ids in either language', () => {
    expect(findTerms(dataset, 'Kina').map((term) => term.id)).toEqual(['location/china'])
    expect(findTerms(dataset, 'cn').map((term) => term.id)).toEqual(['location/china'])
    expect(findTerms(dataset, 'Azure China 21Vianet', 'cloud').map((term) => term.id)).toEqual([
      'cloud/azure-china',
    ])
    expect(findTerms(dataset, 'China', 'cloud')).toEqual([])
    expect(findTerms(dataset, 'Atlantis')).toEqual([])
    expect(getTerm('cloud/azure-china').code).toBe('AzureChinaCloud')
    expect(getTerm('cloud/azure-china').codeScheme).toBe('azure-cli-cloud')
    expect(getTerm('cloud/no-such-cloud')).toBeUndefined()
    expect(terms.map((term) => term.id)).toEqual([...terms.map((term) => term.id)].sort())
  })

  test('tableTitle tells the two tables under one heading apart, in each language', () => {
    const first = getTable('data-stored-by-microsoft-entra-multifactor-authentication')
    const second = getTable('data-stored-by-microsoft-entra-multifactor-authentication-2')
    expect(first.section.en.at(-1)).toBe(second.section.en.at(-1))
    for (const locale of ['en', 'sv'] as const) {
      const titles = [tableTitle(first, locale, dataset), tableTitle(second, locale, dataset)]
      expect(new Set(titles).size).toBe(2)
      for (const title of titles)
        expect(title.startsWith(`${first.section[locale]!.at(-1)} (`)).toBe(true)
    }
    expect(tableTitle(first, 'en', dataset)).toBe(
      'Data stored by Microsoft Entra multifactor authentication (Azure public cloud)',
    )
    expect(tableTitle(first, 'sv', dataset)).toBe(
      'Data som lagras av Microsoft Entra multifaktorautentisering (Offentligt Azure-moln)',
    )
    // A heading no other table shares is the title as it stands.
    expect(tableTitle(getTable('data-stored-by-mfa-server'), 'en', dataset)).toBe(
      'Data stored by MFA Server',
    )
  })

  test('a name no term of the dimension answers to throws UnknownTermError', () => {
    const query = () => where(dataset, { cloud: 'Atlantis' })
    expect(query).toThrow(UnknownTermError)
    expect(query).toThrow('no cloud is called "Atlantis"')
    const thrown = (() => {
      try {
        query()
      } catch (error) {
        return error
      }
    })()
    expect(thrown).toMatchObject({
      name: 'UnknownTermError',
      dimension: 'cloud',
      value: 'Atlantis',
    })
    // A term of another kind is no answer either: China is a place, not a cloud.
    expect(() => where(dataset, { cloud: 'China' })).toThrow(UnknownTermError)
  })

  test('every link names a term of the dataset, and row links are parallel to the values', () => {
    const ids = new Set(terms.map((term) => term.id))
    for (const table of tables) {
      for (const id of [...table.appliesTo, ...table.excludes]) expect(ids.has(id), id).toBe(true)
      for (const row of table.rows) {
        expect(Object.keys(row.terms)).toEqual(Object.keys(row.cells))
        for (const [column, links] of Object.entries(row.terms)) {
          expect(links).toHaveLength(row.cells[column]!.en.length)
          for (const link of links)
            for (const id of [link!.term, ...(link!.qualifiers ?? [])])
              expect(ids.has(id), id).toBe(true)
        }
      }
    }
  })
})

describe('links, footnotes and footnote marks (2.2)', () => {
  const validate = new Ajv({ allErrors: true, strict: true }).compile(read('dataset.schema.json'))

  test('paragraphs, notes and items carry their English links; the migration note has three', () => {
    for (const entity of [...paragraphs, ...notes, ...lists.flatMap((list) => list.items)])
      expect(Array.isArray(entity.links)).toBe(true)
    const note = notes.find((candidate) => candidate.kind === 'important')!
    expect(note.links.map((link) => link.url)).toEqual([
      'how-to-migrate-mfa-server-to-mfa-user-authentication.md',
      'https://www.microsoft.com/download/details.aspx?id=55849',
      'how-to-migrate-mfa-server-to-azure-mfa.md',
    ])
    expect(paragraphs.flatMap((paragraph) => paragraph.links).map((link) => link.text)).toEqual([
      'Where your data is located',
      'Microsoft Entra multifactor authentication user data collection',
    ])
  })

  test('no value of the seed has a footnote mark or a link, so no row has marks or links', () => {
    for (const table of tables)
      for (const row of table.rows) {
        expect(row).not.toHaveProperty('marks')
        expect(row).not.toHaveProperty('links')
      }
    expect(paragraphs.some((paragraph) => 'footnote' in paragraph)).toBe(false)
  })

  test('the schema takes marks and links by column, and a footnote on a paragraph', () => {
    const copy = structuredClone(dataset) as Dataset
    const row = copy.tables[4]!.rows[0]!
    const columns = Object.keys(row.cells)
    row.marks = Object.fromEntries(columns.map((column, index) => [column, [index ? [] : ['1']]]))
    row.links = Object.fromEntries(
      columns.map((column) => [column, [[{ text: 'China', url: 'https://example.com' }]]]),
    )
    copy.paragraphs[0]!.footnote = '1'
    expect(validate(copy), JSON.stringify(validate.errors)).toBe(true)
    copy.paragraphs[0]!.footnote = ''
    delete (copy.notes[0] as { links?: unknown }).links
    expect(validate(copy)).toBe(false)
    expect(validate.errors?.map((error) => error.instancePath).sort()).toEqual([
      '/notes/0',
      '/paragraphs/0/footnote',
    ])
  })
})

describe('source provenance (2.3)', () => {
  const schema = read('dataset.schema.json')
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema)
  const committed = read('dataset.json')

  test('each source names its Learn page and, when known, its upstream file', () => {
    expect(committed.sources.en).toMatchObject({
      url: 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-mfa-data-residency',
      upstream: {
        repository: 'MicrosoftDocs/entra-docs',
        path: 'docs/identity/authentication/concept-mfa-data-residency.md',
        commit: null,
      },
      translationType: null,
      translatedFrom: null,
    })
    expect(committed.sources.sv).toMatchObject({
      url: 'https://learn.microsoft.com/sv-se/entra/identity/authentication/concept-mfa-data-residency',
      upstream: null,
      translationType: null,
      translatedFrom: null,
    })
  })

  test('a 2.2 dataset without the fields still validates; a wrong value does not', () => {
    const withSource = (source: Record<string, unknown>) => ({
      ...committed,
      sources: { ...committed.sources, sv: source },
    })
    const added = ['url', 'upstream', 'translationType', 'translatedFrom']
    const older = Object.fromEntries(
      Object.entries(committed.sources.sv).filter(([key]) => !added.includes(key)),
    )
    expect(validate(withSource(older))).toBe(true)
    const translated = {
      ...committed.sources.sv,
      upstream: { repository: 'MicrosoftDocs/entra-docs', path: 'docs/a.md', commit: 'abc1234' },
      translationType: 'MT',
      translatedFrom: '3f1c0d2a9b8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a',
    }
    expect(validate(withSource(translated))).toBe(true)
    expect(validate(withSource({ ...translated, translationType: 'machine' }))).toBe(false)
    expect(validate(withSource({ ...translated, translatedFrom: 'main' }))).toBe(false)
    expect(
      validate(withSource({ ...translated, upstream: { repository: 'x/y', path: 'a' } })),
    ).toBe(false)
  })
})
