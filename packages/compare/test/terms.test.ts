import { describe, expect, test } from 'vitest'
import { diffDatasets } from '../src/diff-datasets.js'
import { makeReport } from '../src/report.js'
import { committed, edited, term } from './fixtures.js'

const changesOf = (edit: Parameters<typeof edited>[0]) => diffDatasets(committed, edited(edit))
const brief = (edit: Parameters<typeof edited>[0]) =>
  changesOf(edit).map(({ kind, action, level, path, before, after }) => ({
    kind,
    action,
    level,
    path,
    before,
    after,
  }))

describe('the vocabulary: terms by id', () => {
  test('a term that goes is major, with what it was; a new one is minor', () => {
    expect(
      changesOf((dataset) => {
        dataset.terms = dataset.terms.filter((entry) => entry.id !== 'location/china')
        dataset.terms.push({
          id: 'cloud/azure-germany',
          kind: 'cloud',
          code: 'AzureGermanCloud',
          codeScheme: 'azure-cli-cloud',
          retired: true,
          label: { en: 'Microsoft Azure Germany', sv: 'Microsoft Azure Tyskland' },
        })
      }),
    ).toEqual([
      {
        kind: 'term',
        action: 'removed',
        classification: 'data',
        level: 'major',
        locale: null,
        path: 'terms/location/china',
        entity: 'location/china',
        summary: 'Term location/china (CN) removed: "China"',
        before: 'China',
      },
      {
        kind: 'term',
        action: 'added',
        classification: 'data',
        level: 'minor',
        locale: null,
        path: 'terms/cloud/azure-germany',
        entity: 'cloud/azure-germany',
        summary: 'Term cloud/azure-germany (AzureGermanCloud) added: "Microsoft Azure Germany"',
        after: 'Microsoft Azure Germany',
      },
    ])
  })

  test('a changed code or code scheme is major; labels, aliases, retired and includes are patch', () => {
    expect(
      brief((dataset) => {
        const china = term(dataset, 'cloud/azure-china')
        china.code = 'AzureChina'
        term(dataset, 'location/china').codeScheme = 'microsoft-365-geography'
        china.label.sv = 'Azure i Kina'
        china.aliases = { en: ['21Vianet'] }
        china.valueAliases = { sv: ['Kinamolnet'] }
        china.retired = true
        china.includes = ['location/china']
      }),
    ).toEqual([
      {
        kind: 'term',
        action: 'changed',
        level: 'major',
        path: 'terms/cloud/azure-china/code',
        before: 'AzureChinaCloud',
        after: 'AzureChina',
      },
      {
        kind: 'term',
        action: 'changed',
        level: 'patch',
        path: 'terms/cloud/azure-china/retired',
        before: null,
        after: 'true',
      },
      {
        kind: 'term',
        action: 'changed',
        level: 'patch',
        path: 'terms/cloud/azure-china/includes',
        before: null,
        after: ['location/china'],
      },
      {
        kind: 'term',
        action: 'changed',
        level: 'patch',
        path: 'terms/cloud/azure-china/label/sv',
        before: 'Microsoft Azure som drivs av 21Vianet',
        after: 'Azure i Kina',
      },
      {
        kind: 'term',
        action: 'changed',
        level: 'patch',
        path: 'terms/cloud/azure-china/aliases/en',
        before: ['Azure China 21Vianet', 'Azure operated by 21Vianet', 'Azure China', '21Vianet'],
        after: ['21Vianet'],
      },
      {
        kind: 'term',
        action: 'changed',
        level: 'patch',
        path: 'terms/cloud/azure-china/aliases/sv',
        before: [
          'Microsoft Azure drivs av 21Vianet',
          'Azure Kina 21Vianet',
          'Azure China 21Vianet',
        ],
        after: null,
      },
      {
        kind: 'term',
        action: 'changed',
        level: 'patch',
        path: 'terms/cloud/azure-china/valueAliases/sv',
        before: null,
        after: ['Kinamolnet'],
      },
      {
        kind: 'term',
        action: 'changed',
        level: 'major',
        path: 'terms/location/china/codeScheme',
        before: 'iso-3166-1-alpha-2',
        after: 'microsoft-365-geography',
      },
    ])
  })

  test('the same vocabulary is no change', () => {
    expect(diffDatasets(committed, structuredClone(committed))).toEqual([])
  })
})

const first = 'tables/data-stored-by-microsoft-entra-multifactor-authentication'
const voiceStores = `${first}/rows/voice-call/cells/data-store-type`

describe('what a cell value names', () => {
  test('the same words naming another term, none, or one at last: once per value', () => {
    const changes = changesOf((dataset) => {
      const links = dataset.tables[0]!.rows[2]!.terms['data-store-type']!
      links[0] = { term: 'data-store/service-logs' }
      links[1] = null
      dataset.tables[1]!.rows[0]!.terms['event-type'] = [null]
    })
    const reverse = diffDatasets(
      edited((dataset) => {
        dataset.tables[0]!.rows[0]!.terms['event-type'] = [null]
      }),
      committed,
    )
    expect(
      [...changes, ...reverse].map(({ level, path, summary, termsAdded, termsRemoved }) => ({
        level,
        path,
        summary,
        termsAdded,
        termsRemoved,
      })),
    ).toEqual([
      {
        level: 'major',
        path: `${voiceStores}/values/0`,
        summary:
          'data-stored-by-microsoft-entra-multifactor-authentication › voice-call › data-store-type › "Multifactor authentication logs" (en): now names data-store/service-logs, was data-store/mfa-logs',
        termsAdded: ['data-store/service-logs'],
        termsRemoved: ['data-store/mfa-logs'],
      },
      {
        level: 'major',
        path: `${voiceStores}/values/1`,
        summary:
          'data-stored-by-microsoft-entra-multifactor-authentication › voice-call › data-store-type › "Multifactor authentication activity report data store" (en): names nothing now, was data-store/activity-reports',
        termsAdded: undefined,
        termsRemoved: ['data-store/activity-reports'],
      },
      {
        level: 'major',
        path: 'tables/data-stored-by-microsoft-entra-multifactor-authentication-2/rows/oath-token/cells/event-type/values/0',
        summary:
          'data-stored-by-microsoft-entra-multifactor-authentication-2 › oath-token › event-type › "OATH token" (en): names nothing now, was event-type/oath-token',
        termsAdded: undefined,
        termsRemoved: ['event-type/oath-token'],
      },
      {
        level: 'minor',
        path: `${first}/rows/oath-token/cells/event-type/values/0`,
        summary:
          'data-stored-by-microsoft-entra-multifactor-authentication › oath-token › event-type › "OATH token" (en): now names event-type/oath-token',
        termsAdded: ['event-type/oath-token'],
        termsRemoved: undefined,
      },
    ])
  })

  test('a value whose words and term both changed is one change, at the higher level', () => {
    const changes = changesOf((dataset) => {
      const row = dataset.tables[0]!.rows[2]!
      row.cells['data-store-type']!.en[2] = 'Service logs'
      row.terms['data-store-type']![2] = { term: 'data-store/service-logs' }
    })
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'cell',
        level: 'major',
        path: voiceStores,
        summary:
          'data-stored-by-microsoft-entra-multifactor-authentication › voice-call › data-store-type (en): removed "Blocked users (if fraud was reported)"; added "Service logs"; now names data-store/service-logs; no longer names data-store/blocked-users [condition/fraud-reported]',
        valuesRemoved: ['Blocked users (if fraud was reported)'],
        valuesAdded: ['Service logs'],
        termsRemoved: ['data-store/blocked-users [condition/fraud-reported]'],
        termsAdded: ['data-store/service-logs'],
      }),
    ])
  })

  test('reworded, naming the same term: a patch; a new value naming a new term: a minor', () => {
    const reworded = changesOf((dataset) => {
      dataset.tables[0]!.rows[0]!.cells['event-type']!.en = ['OATH hardware token']
    })
    expect(reworded).toEqual([
      expect.objectContaining({
        kind: 'cell',
        level: 'patch',
        valuesAdded: ['OATH hardware token'],
      }),
    ])
    expect(reworded[0]).not.toHaveProperty('termsAdded')
    const more = changesOf((dataset) => {
      const row = dataset.tables[0]!.rows[0]!
      row.cells['data-store-type']!.en.push('Service logs')
      row.terms['data-store-type']!.push({ term: 'data-store/service-logs' })
    })
    expect(more).toEqual([
      expect.objectContaining({ level: 'minor', termsAdded: ['data-store/service-logs'] }),
    ])
    // A value that names nothing yet changes no meaning: it is for curating, a patch here.
    const unnamed = changesOf((dataset) => {
      const row = dataset.tables[0]!.rows[0]!
      row.cells['data-store-type']!.en.push('Hardware token inventory')
      row.terms['data-store-type']!.push(null)
    })
    expect(unnamed).toEqual([expect.objectContaining({ level: 'patch' })])
  })

  test('a list item kept word for word that names another term, or none', () => {
    expect(
      brief((dataset) => {
        dataset.lists[1]!.items[0]!.term = null
        dataset.lists[2]!.items[0]!.term = { term: 'settings-page/fraud-alert' }
      }),
    ).toEqual([
      {
        kind: 'list-item',
        action: 'changed',
        level: 'major',
        path: 'lists/personal-data-stored-by-microsoft-entra-multifactor-authentication/items/blocked-users',
        before: 'data-store/blocked-users',
        after: null,
      },
      {
        kind: 'list-item',
        action: 'changed',
        level: 'major',
        path: 'lists/organizational-data-stored-by-microsoft-entra-multifactor-authentication/items/account-lockout',
        before: 'settings-page/account-lockout',
        after: 'settings-page/fraud-alert',
      },
    ])
  })

  test('a reworded list item says what it names in its text change', () => {
    const changes = changesOf((dataset) => {
      const item = dataset.lists[1]!.items[0]!
      item.text.en = 'Blocked accounts'
      item.term = { term: 'data-store/bypassed-users' }
    })
    expect(changes.filter((change) => change.locale === 'en')).toEqual([
      expect.objectContaining({
        kind: 'list-item',
        level: 'major',
        summary:
          'Item blocked-users of list personal-data-stored-by-microsoft-entra-multifactor-authentication changed (en); now names data-store/bypassed-users; no longer names data-store/blocked-users',
        before: 'Blocked users',
        after: 'Blocked accounts',
        termsAdded: ['data-store/bypassed-users'],
        termsRemoved: ['data-store/blocked-users'],
      }),
    ])
  })
})

describe('what a table applies to', () => {
  test('less is major, more is minor', () => {
    const table = (edit: (table: (typeof committed.tables)[0]) => void) =>
      changesOf((dataset) => edit(dataset.tables[0]!)).map(({ level, path, summary }) => ({
        level,
        path,
        summary,
      }))
    expect(table((t) => t.appliesTo.pop())).toEqual([
      {
        level: 'major',
        path: `${first}/appliesTo`,
        summary: `Table ${first.slice(7)} no longer applies to cloud/azure-public`,
      },
    ])
    expect(table((t) => t.excludes.push('component/mfa-server'))).toMatchObject([
      { level: 'major', path: `${first}/excludes` },
    ])
    expect(table((t) => t.appliesTo.push('cloud/azure-china'))).toMatchObject([
      { level: 'minor', summary: `Table ${first.slice(7)} now applies to cloud/azure-china` },
    ])
    expect(table((t) => t.excludes.pop())).toMatchObject([
      {
        level: 'minor',
        summary: `Table ${first.slice(7)} no longer excludes component/ad-fs-adapter`,
      },
    ])
  })
})

describe('durations, dates and mentions', () => {
  const retained = 'this-information-is-retained-for'
  const quantities = (dataset: typeof committed) =>
    dataset.paragraphs.find((paragraph) => paragraph.id === retained)!.quantities.en

  test('a retention period that changes is major, one that appears minor, one that goes major', () => {
    expect(
      brief((dataset) => {
        quantities(dataset)[0]!.value = 'P60D'
      }),
    ).toEqual([
      {
        kind: 'quantity',
        action: 'changed',
        level: 'major',
        path: `paragraphs/${retained}/quantities`,
        before: ['P90D (retention)'],
        after: ['P60D (retention)'],
      },
    ])
    const date = { type: 'date', value: '2025-06-06', text: 'June 6, 2025' } as const
    expect(
      changesOf((dataset) => quantities(dataset).push(date)).map((change) => change.level),
    ).toEqual(['minor'])
    expect(
      changesOf((dataset) => quantities(dataset).pop()).map((change) => [
        change.action,
        change.level,
      ]),
    ).toEqual([['removed', 'major']])
    // The same value stated twice, or in other words, says the same.
    expect(
      changesOf((dataset) => {
        const [period] = quantities(dataset)
        quantities(dataset).push({ ...period!, text: 'ninety days' })
      }),
    ).toEqual([])
  })

  test('a text that mentions other terms is a patch', () => {
    expect(
      changesOf((dataset) => {
        dataset.notes[0]!.mentions = ['component/mfa-server', 'cloud/azure-china']
      }),
    ).toEqual([
      expect.objectContaining({
        kind: 'mention',
        level: 'patch',
        path: 'notes/data-stored-by-mfa-server/mentions',
        summary:
          'Note data-stored-by-mfa-server now mentions cloud/azure-china; no longer mentions component/cloud-mfa',
        termsAdded: ['cloud/azure-china'],
        termsRemoved: ['component/cloud-mfa'],
      }),
    ])
  })
})

test('makeReport keeps the values to curate, and leaves them out when none were looked for', () => {
  const value = { locale: 'en', path: `${voiceStores}/values/3`, text: 'Hardware token inventory' }
  expect(makeReport('a', 'b', [], { toCurate: [value] })).toMatchObject({
    bump: 'none',
    toCurate: [value],
  })
  expect(makeReport('a', 'b', [])).not.toHaveProperty('toCurate')
})
