import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import {
  atAGlance,
  type CloudAtAGlance,
  type Dataset,
  dataset,
  type LocalizedPosition,
  type Quote,
  type Term,
} from '../src/index.js'

const glance = atAGlance(dataset)
const of = (cloud: string) => glance.find((entry) => entry.cloud.id === cloud)!
const code = (term: Term) => term.code ?? term.id

/** Each store's locations for a cloud as "text [code] (given)", the way a reader would say them. */
const locations = (entry: CloudAtAGlance) =>
  Object.fromEntries(
    entry.locations.map(({ store, facts }) => [
      store.id,
      facts.map(
        (fact) =>
          `${fact.value.text.en} [${code(fact.location)}]${fact.given ? ` (${fact.given.text.en})` : ''}`,
      ),
    ]),
  )

describe('atAGlance on the published dataset', () => {
  test('one entry per cloud, in the order the article first names them', () => {
    expect(glance.map((entry) => entry.cloud.id)).toEqual([
      'cloud/azure-public',
      'cloud/azure-us-government',
      'cloud/azure-china',
    ])
  })

  test('where sign-in logs, activity reports and service logs are kept, per cloud', () => {
    expect(locations(of('cloud/azure-china'))).toEqual({
      'data-store/activity-reports': ['United States [US]'],
      'data-store/sign-in-logs': ['China [CN]'],
      'data-store/service-logs': ['United States [US]'],
    })
    expect(locations(of('cloud/azure-us-government'))).toEqual({
      'data-store/activity-reports': ['United States [US]'],
      'data-store/sign-in-logs': ['United States [US]'],
      'data-store/service-logs': ['United States [US]'],
    })
    // The public cloud's table is by component; "sign-in logs in region" also locates those logs.
    expect(locations(of('cloud/azure-public'))).toEqual({
      'data-store/activity-reports': [
        'United States [US] (MFA server)',
        'Microsoft Entra sign-in logs in region [location/customer-region] (Cloud MFA)',
      ],
      'data-store/sign-in-logs': [
        'Microsoft Entra sign-in logs in region [location/customer-region] (Cloud MFA)',
      ],
      'data-store/service-logs': [
        'MFA backend in United States [US] (MFA server)',
        'Cloud in-region [location/customer-region] (Cloud MFA)',
      ],
    })
    const china = of('cloud/azure-china').locations.find(
      (entry) => entry.store.id === 'data-store/sign-in-logs',
    )!
    expect(china.facts[0]!.value).toEqual({
      path: 'tables/multifactor-authentication-activity-reports-for-sovereign-clouds/rows/microsoft-azure-operated-by-21vianet/cells/sign-in-logs/values/0',
      text: { en: 'China', sv: 'Kina' },
    })
  })

  test('retention: the sentence that states each period, in both languages, for every cloud', () => {
    for (const entry of glance)
      expect(entry.retention.map((fact) => [fact.duration, fact.amount, fact.quote.text])).toEqual([
        [
          'P90D',
          { en: '90 days', sv: '90 dagar' },
          {
            en: 'This information is retained for 90 days.',
            sv: 'Den här informationen behålls i 90 dagar.',
          },
        ],
        [
          'P30D',
          { en: '30 days', sv: '30 dagar' },
          { en: 'Log data is stored for 30 days.', sv: 'Loggdata lagras i 30 dagar.' },
        ],
      ])
  })

  test('which stores hold which events, from the tables scoped to the cloud', () => {
    const stores = (entry: CloudAtAGlance) =>
      entry.stores.map((fact) =>
        [
          fact.store.id,
          ...fact.when.map((term) => term.id),
          ':',
          ...fact.holds.map((quote) => quote.text.en),
        ].join(' '),
      )
    expect(of('cloud/azure-public').stores.map((fact) => fact.table)).toEqual(
      Array(4).fill('data-stored-by-microsoft-entra-multifactor-authentication'),
    )
    expect(stores(of('cloud/azure-public'))).toEqual([
      'data-store/mfa-logs : OATH token One-way SMS Voice call Microsoft Authenticator notification',
      'data-store/activity-reports : Voice call Microsoft Authenticator notification',
      'data-store/blocked-users condition/fraud-reported : Voice call Microsoft Authenticator notification',
      'data-store/authenticator-token-change-requests : Microsoft Authenticator notification',
    ])
    expect(stores(of('cloud/azure-china'))[1]).toBe(
      'data-store/activity-reports : OATH token One-way SMS Voice call Microsoft Authenticator notification',
    )
    expect(of('cloud/azure-china').stores[0]!.source).toEqual({
      en: { line: 62, endLine: 65 },
      sv: { line: 28, endLine: 31 },
    })
  })

  test('where the service runs: the opening statements that name places, whole', () => {
    const datacenters = of('cloud/azure-china').datacenters
    expect(datacenters.map((fact) => fact.places.map(code))).toEqual([
      ['US', 'EUR', 'APC'],
      ['location/customer-region', 'US'],
      ['location/user-location'],
      ['location/user-location'],
    ])
    expect(datacenters[1]!.quote.text.en).toContain(
      'Phone calls using custom greetings always originate from data centers in the United States.',
    )
  })

  test('every quote is on the source lines it cites, in each locale', () => {
    const files = {
      en: readFileSync(
        new URL(`../../../${dataset.sources.en.path}`, import.meta.url),
        'utf8',
      ).split('\n'),
      sv: readFileSync(
        new URL(`../../../${dataset.sources.sv.path}`, import.meta.url),
        'utf8',
      ).split('\n'),
    }
    const cited: [Quote, LocalizedPosition][] = glance.flatMap((entry) => [
      ...entry.locations.flatMap(({ facts }) =>
        facts.map((fact) => [fact.value, fact.source] as [Quote, LocalizedPosition]),
      ),
      ...entry.retention.map((fact) => [fact.quote, fact.source] as [Quote, LocalizedPosition]),
      ...entry.stores.flatMap((fact) =>
        fact.holds.map((quote) => [quote, fact.source] as [Quote, LocalizedPosition]),
      ),
      ...entry.datacenters.map((fact) => [fact.quote, fact.source] as [Quote, LocalizedPosition]),
    ])
    expect(cited.length).toBeGreaterThan(40)
    for (const [quote, source] of cited)
      for (const locale of ['en', 'sv'] as const) {
        const span = source[locale]!
        const lines = files[locale].slice(span.line - 1, span.endLine).join('\n')
        expect(lines, `${locale} ${quote.path} at ${span.line}-${span.endLine}`).toContain(
          quote.text[locale],
        )
      }
  })

  test('is pure: the same answer twice, and the dataset untouched', () => {
    const before = JSON.stringify(dataset)
    expect(atAGlance(dataset)).toEqual(glance)
    expect(JSON.stringify(dataset)).toBe(before)
  })
})

describe('atAGlance says what the article does not state', () => {
  test('without the tables that give locations, every store location is gone, nothing guessed', () => {
    const copy = structuredClone(dataset) as Dataset
    copy.tables = copy.tables.filter((table) => table.id.startsWith('data-stored-by-'))
    for (const entry of atAGlance(copy)) {
      expect(entry.locations, entry.cloud.id).toEqual([])
      expect(entry.retention).toHaveLength(2)
      expect(entry.stores.length).toBeGreaterThan(0)
    }
  })

  test('a location column that lacks one cloud leaves that cloud with no facts for the store', () => {
    const copy = structuredClone(dataset) as Dataset
    const sovereign = copy.tables.find((table) => table.id.includes('sovereign'))!
    sovereign.rows = sovereign.rows.filter((row) => row.id !== 'microsoft-government-cloud')
    const government = atAGlance(copy).find(
      (entry) => entry.cloud.id === 'cloud/azure-us-government',
    )!
    expect(government.locations.map((entry) => [entry.store.id, entry.facts.length])).toEqual([
      ['data-store/activity-reports', 0],
      ['data-store/service-logs', 0],
      ['data-store/sign-in-logs', 0],
    ])
  })

  test('a statement that names a cloud holds for that cloud only; a cloud never named gets only what holds for all', () => {
    const copy = structuredClone(dataset) as Dataset
    copy.paragraphs
      .find((paragraph) => paragraph.id === 'this-information-is-retained-for')!
      .mentions.push('cloud/azure-china')
    copy.terms.push({
      id: 'cloud/azure-germany',
      kind: 'cloud',
      retired: true,
      label: { en: 'Microsoft Azure Germany', sv: 'Microsoft Azure Tyskland' },
    })
    const entries = atAGlance(copy)
    const durations = (id: string) =>
      entries.find((entry) => entry.cloud.id === id)!.retention.map((fact) => fact.duration)
    expect(durations('cloud/azure-china')).toEqual(['P90D', 'P30D'])
    expect(durations('cloud/azure-public')).toEqual(['P30D'])
    const germany = entries.at(-1)!
    expect(germany.cloud.id).toBe('cloud/azure-germany')
    expect(germany.locations.every((entry) => entry.facts.length === 0)).toBe(true)
    expect(germany.stores).toEqual([])
    expect(germany.datacenters).toHaveLength(4)
  })

  test('a missing translation quotes no Swedish, and the English still stands', () => {
    const copy = structuredClone(dataset) as Dataset
    copy.paragraphs.find(
      (paragraph) => paragraph.id === 'microsoft-entra-multifactor-authentication-doesn-t',
    )!.text.sv = null
    const [, thirty] = atAGlance(copy)[0]!.retention
    expect(thirty!.quote.text).toEqual({ en: 'Log data is stored for 30 days.', sv: null })
  })
})
