import path from 'node:path'
import { SourceError } from '@mfa-residency/parser'
import { readManifest } from '@mfa-residency/repository'
import { describe, expect, test } from 'vitest'
import { extractDataset, readSourceFiles } from '../src/build-dataset.js'
import { parseVocabulary, readVocabulary } from '../src/vocabulary/read-vocabulary.js'
import { readTableScope } from '../src/vocabulary/table-scope.js'
import { TermMatcher } from '../src/vocabulary/term-matcher.js'
import { repoRoot } from './repo.js'

const vocabularyFile = 'docs-source/vocabulary.yaml'
const vocabulary = readVocabulary(path.join(repoRoot, vocabularyFile), vocabularyFile)
const english = new TermMatcher(vocabulary.terms, 'en')
const swedish = new TermMatcher(vocabulary.terms, 'sv')

/** The issues `parseVocabulary` throws for `text`, or `null` when it reads it. */
function issuesOf(text: string) {
  try {
    parseVocabulary(text, 'vocabulary.yaml')
    return null
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError)
    return (error as SourceError).issues
  }
}

/** A valid one-term vocabulary (lines 1–4), with `more` terms from line 5 on. */
const withTerms = (more: string) => `terms:
  - id: cloud/azure-public
    kind: cloud
    label: { en: Azure public cloud, sv: Offentligt Azure-moln }
${more}`

describe('parseVocabulary: every problem at its line', () => {
  test('reads a valid vocabulary, its terms sorted by id', () => {
    const read = parseVocabulary(
      withTerms(`  - id: cloud/azure-china
    kind: cloud
    code: AzureChinaCloud
    codeScheme: azure-cli-cloud
    label: { en: Microsoft Azure operated by 21Vianet, sv: Microsoft Azure som drivs av 21Vianet }
`),
      'vocabulary.yaml',
    )
    expect(read.file).toBe('vocabulary.yaml')
    expect(read.terms.map((term) => term.id)).toEqual(['cloud/azure-china', 'cloud/azure-public'])
  })

  test('YAML that does not parse, at the line of the error', () => {
    expect(
      issuesOf(`terms:
  - id: cloud/azure-public
    kind: cloud
    kind: location
    label: { en: Azure public cloud, sv: Offentligt Azure-moln }
`),
    ).toEqual([
      {
        file: 'vocabulary.yaml',
        line: 4,
        message: expect.stringMatching(/^not valid YAML: Map keys must be unique/),
      },
    ])
    expect(issuesOf(withTerms('  - id: location/mars\n   kind: location\n'))).toEqual([
      {
        file: 'vocabulary.yaml',
        line: 6,
        message: expect.stringMatching(/^not valid YAML: /),
      },
    ])
  })

  test('an id that breaks the pattern, at the line of its term', () => {
    expect(
      issuesOf(
        withTerms(`  - id: Cloud/Azure_China
    kind: cloud
    label: { en: China cloud, sv: Kinamoln }
`),
      ),
    ).toEqual([
      {
        file: 'vocabulary.yaml',
        line: 5,
        message: expect.stringMatching(/^\/terms\/1\/id must match pattern /),
      },
    ])
  })

  test('an unknown kind, at its line inside the term, naming the kinds there are', () => {
    const issues = issuesOf(
      withTerms(`  - id: planet/mars
    kind: planet
    label: { en: Mars, sv: Mars }
`),
    )
    expect(issues).toHaveLength(1)
    expect(issues![0]).toMatchObject({ file: 'vocabulary.yaml', line: 6 })
    expect(issues![0]!.message).toMatch(/^\/terms\/1\/kind must be equal to one of the allowed/)
    expect(issues![0]!.message).toContain('(cloud, location, component, event-type,')
  })

  test('a field the schema does not know, at the line of its term', () => {
    expect(
      issuesOf(
        withTerms(`  - id: location/mars
    kind: location
    colour: red
    label: { en: Mars, sv: Mars }
`),
      ),
    ).toEqual([
      {
        file: 'vocabulary.yaml',
        line: 5,
        message: '/terms/1 must NOT have additional properties',
      },
    ])
  })

  test('an id that does not start with its kind', () => {
    expect(
      issuesOf(
        withTerms(`  - id: location/azure-china
    kind: cloud
    label: { en: China cloud, sv: Kinamoln }
`),
      ),
    ).toEqual([
      {
        file: 'vocabulary.yaml',
        line: 5,
        message: 'location/azure-china: the id must start with its kind, "cloud/"',
      },
    ])
  })

  test('one name for two terms in one locale, naming both, however it is spaced or cased', () => {
    expect(
      issuesOf(
        withTerms(`  - id: location/public
    kind: location
    label: { en: Public, sv: Publik }
    aliases: { en: [azure  PUBLIC cloud] }
`),
      ),
    ).toEqual([
      {
        file: 'vocabulary.yaml',
        line: 5,
        message:
          'location/public: the en name "azure  PUBLIC cloud" already stands for cloud/azure-public',
      },
    ])
  })

  test('a name in capitals clashes too: "AZURE PUBLIC CLOUD" in a text would be both', () => {
    expect(
      issuesOf(
        withTerms(`  - id: location/public
    kind: location
    label: { en: Public, sv: Publik }
    aliases: { en: [AZURE PUBLIC CLOUD] }
`),
      ),
    ).toEqual([
      {
        file: 'vocabulary.yaml',
        line: 5,
        message:
          'location/public: the en name "AZURE PUBLIC CLOUD" already stands for cloud/azure-public',
      },
    ])
  })

  test('the same name in two locales is two names', () => {
    expect(
      issuesOf(
        withTerms(`  - id: location/public
    kind: location
    label: { en: Public, sv: Azure public cloud }
`),
      ),
    ).toBeNull()
  })

  test('includes naming a term that does not exist', () => {
    expect(
      issuesOf(
        withTerms(`  - id: location/nordics
    kind: location
    includes: [location/sweden, cloud/azure-public]
    label: { en: Nordics, sv: Norden }
`),
      ),
    ).toEqual([
      {
        file: 'vocabulary.yaml',
        line: 5,
        message: 'location/nordics: includes unknown location/sweden',
      },
    ])
  })

  test('several problems are reported together', () => {
    const issues = issuesOf(
      withTerms(`  - id: location/azure-china
    kind: cloud
    label: { en: China cloud, sv: Kinamoln }
  - id: location/nordics
    kind: location
    includes: [location/sweden]
    label: { en: Nordics, sv: Norden }
`),
    )
    expect(issues?.map((issue) => issue.line)).toEqual([5, 8])
  })

  test('an unreadable file is named, with why', () => {
    expect(() => readVocabulary(path.join(repoRoot, 'no-such.yaml'), 'no-such.yaml')).toThrow(
      'no-such.yaml: cannot read (ENOENT)',
    )
  })

  test('the curated vocabulary reads, with ids, codes and labels as its rules say', () => {
    const ids = vocabulary.terms.map((term) => term.id)
    expect(ids).toEqual([...ids].sort())
    for (const term of vocabulary.terms) {
      expect(term.id.startsWith(`${term.kind}/`)).toBe(true)
      expect(Object.keys(term.label).sort()).toEqual(['en', 'sv'])
      if (term.codeScheme === 'iso-3166-1-alpha-2') expect(term.code).toMatch(/^[A-Z]{2}$/)
    }
    const codes = Object.fromEntries(
      vocabulary.terms.filter((term) => term.code).map((term) => [term.id, term.code]),
    )
    expect(codes).toMatchObject({
      'cloud/azure-public': 'AzureCloud',
      'cloud/azure-us-government': 'AzureUSGovernment',
      'cloud/azure-china': 'AzureChinaCloud',
      'cloud/azure-germany': 'AzureGermanCloud',
      'location/united-states': 'US',
      'location/china': 'CN',
      'location/europe': 'EUR',
      'location/asia-pacific': 'APC',
    })
    // A place relative to the customer or user is no country.
    for (const id of ['location/customer-region', 'location/user-location', 'location/any-region'])
      expect(codes[id]).toBeUndefined()
  })
})

describe('TermMatcher.link: what a whole value names', () => {
  test('a store with the condition that qualifies it', () => {
    expect(english.link('Blocked users (if fraud was reported)')).toEqual({
      term: 'data-store/blocked-users',
      qualifiers: ['condition/fraud-reported'],
    })
    expect(english.link('Blocked users if fraud reported')).toEqual({
      term: 'data-store/blocked-users',
      qualifiers: ['condition/fraud-reported'],
    })
  })

  test('a place and what is there: the place is the term', () => {
    expect(english.link('MFA backend in United States')).toEqual({
      term: 'location/united-states',
      qualifiers: ['component/mfa-backend'],
    })
    expect(english.link('Microsoft Entra sign-in logs in region')).toEqual({
      term: 'location/customer-region',
      qualifiers: ['data-store/sign-in-logs'],
    })
  })

  test('Swedish values, by their Swedish names', () => {
    expect(swedish.link('Blockerade användare (om bedrägeri rapporterades)')).toEqual({
      term: 'data-store/blocked-users',
      qualifiers: ['condition/fraud-reported'],
    })
    expect(swedish.link('Kina')).toEqual({ term: 'location/china' })
    expect(swedish.link('Microsoft Azure som drivs av 21Vianet')).toEqual({
      term: 'cloud/azure-china',
    })
    // An English name is no Swedish name unless the Swedish article uses it.
    expect(swedish.link('Blocked users')).toBeNull()
  })

  test('case, spacing, apostrophes, dashes and trailing punctuation are ignored', () => {
    expect(english.link('  blocked   USERS. ')).toEqual({ term: 'data-store/blocked-users' })
    expect(english.link('In the customer\u2019s region')).toEqual({
      term: 'location/customer-region',
    })
    expect(english.link('Microsoft Entra sign\u2011in logs')).toEqual({
      term: 'data-store/sign-in-logs',
    })
  })

  test('a name in capitals matches only as written', () => {
    expect(english.link('US')).toEqual({ term: 'location/united-states' })
    expect(english.link('us')).toBeNull()
    expect(english.link('Us')).toBeNull()
  })

  test('a value with a word that is no name maps to nothing', () => {
    expect(english.link('Hardware token inventory')).toBeNull()
    expect(english.link('Blocked users and more')).toBeNull()
    expect(english.link('')).toBeNull()
    // A footnote mark glued to a name is a word of its own.
    expect(english.link('US1')).toBeNull()
    expect(english.link('Australia 2')).toBeNull()
  })

  test('a value alias names its term only as the whole value', () => {
    expect(english.link('Any')).toEqual({ term: 'location/any-region' })
    expect(swedish.link('Alla')).toEqual({ term: 'location/any-region' })
    expect(english.link('Any US')).toBeNull()
  })

  test('the longest name wins', () => {
    expect(english.link('the Windows Server 2016 or 2019 AD FS adapter')).toEqual({
      term: 'component/ad-fs-adapter',
    })
    expect(english.link('Microsoft Azure Germany')).toEqual({ term: 'cloud/azure-germany' })
    expect(english.link('Germany')).toEqual({ term: 'location/germany' })
  })
})

describe('TermMatcher.mentions: what a sentence names', () => {
  const ids = (text: string) => english.mentions(text).map((term) => term.id)

  test('in order of first mention, each once', () => {
    expect(
      ids(
        'Data in the United States and Europe; the United States keeps MFA Server status for MFA Server.',
      ),
    ).toEqual([
      'location/united-states',
      'location/europe',
      'settings-page/mfa-server-status',
      'component/mfa-server',
    ])
  })

  test('a name in capitals is found as written, and "us" is not the United States', () => {
    expect(ids('Data stays in the US.')).toEqual(['location/united-states'])
    expect(ids('let us know')).toEqual([])
    expect(ids('USB keys and USAGE')).toEqual([])
  })

  test('value aliases are not mentions', () => {
    expect(ids('Any method works, in any order.')).toEqual([])
    expect(swedish.mentions('Alla metoder').map((term) => term.id)).toEqual([
      'authentication-method/all-methods',
    ])
    expect(swedish.mentions('alla användare')).toEqual([])
  })

  test('the longest name wins, and is found once', () => {
    expect(ids('Install the Windows Server 2016 or 2019 AD FS adapter today.')).toEqual([
      'component/ad-fs-adapter',
    ])
    expect(ids('Microsoft Azure Germany kept data in Germany.')).toEqual([
      'cloud/azure-germany',
      'location/germany',
    ])
  })

  test('names only at word boundaries', () => {
    expect(ids('NPS extensions')).toEqual([])
    expect(ids('the preChina rollout')).toEqual([])
  })
})

describe('the seeds, linked', async () => {
  const manifest = await readManifest(repoRoot)
  const { dataset, termIssues } = extractDataset(
    manifest,
    await readSourceFiles(repoRoot, manifest),
    { vocabulary },
  )
  const table = (id: string) => dataset.tables.find((entry) => entry.id === id)!

  test('the public-cloud table applies to the public cloud and excludes what its lead-in excludes', () => {
    expect(table('data-stored-by-microsoft-entra-multifactor-authentication')).toMatchObject({
      appliesTo: ['cloud/azure-public'],
      excludes: ['component/azure-ad-b2c', 'component/nps-extension', 'component/ad-fs-adapter'],
    })
  })

  test('the second table applies to the sovereign clouds and the components the first excludes', () => {
    expect(table('data-stored-by-microsoft-entra-multifactor-authentication-2')).toMatchObject({
      appliesTo: [
        'cloud/azure-us-government',
        'cloud/azure-china',
        'component/azure-ad-b2c',
        'component/nps-extension',
        'component/ad-fs-adapter',
      ],
      excludes: [],
    })
  })

  test('the MFA Server table applies to MFA Server, from its heading', () => {
    expect(table('data-stored-by-mfa-server')).toMatchObject({
      appliesTo: ['component/mfa-server'],
      excludes: [],
    })
  })

  test('the Swedish lead-in reads to the same scope, cut at "exklusive"', () => {
    const publicCloud = table('data-stored-by-microsoft-entra-multifactor-authentication')
    expect(readTableScope(publicCloud.leadIn.sv, [], swedish, 'sv')).toEqual({
      appliesTo: ['cloud/azure-public'],
      excludes: ['component/azure-ad-b2c', 'component/nps-extension', 'component/ad-fs-adapter'],
    })
  })

  test('a heading names what the table applies to, unless the lead-in excludes it', () => {
    expect(
      readTableScope(
        'For MFA Server, excluding the NPS extension:',
        ['Data for the NPS extension and Microsoft Azure Government'],
        english,
        'en',
      ),
    ).toEqual({
      appliesTo: ['component/mfa-server', 'cloud/azure-us-government'],
      excludes: ['component/nps-extension'],
    })
  })

  test('retention periods are durations tied to their paragraphs, in both languages', () => {
    const withQuantities = dataset.paragraphs
      .filter((paragraph) => paragraph.quantities.en.length > 0)
      .map((paragraph) => [paragraph.text.en, paragraph.quantities])
    expect(withQuantities).toEqual([
      [
        'This information is retained for 90 days.',
        {
          en: [{ type: 'duration', value: 'P90D', text: '90 days', role: 'retention' }],
          sv: [{ type: 'duration', value: 'P90D', text: '90 dagar', role: 'retention' }],
        },
      ],
      [
        expect.stringContaining('Log data is stored for 30 days.'),
        {
          en: [{ type: 'duration', value: 'P30D', text: '30 days', role: 'retention' }],
          sv: [{ type: 'duration', value: 'P30D', text: '30 dagar', role: 'retention' }],
        },
      ],
    ])
  })

  test('every value and enumerated item maps to a term, and the Swedish names the same', () => {
    expect(termIssues).toEqual([])
    const links = dataset.tables.flatMap((entry) =>
      entry.rows.flatMap((row) => Object.values(row.terms).flat()),
    )
    expect(links.length).toBeGreaterThan(50)
    expect(links.filter((link) => link === null)).toEqual([])
    const items = dataset.lists.flatMap((list) => list.items).filter((item) => 'term' in item)
    expect(items.filter((item) => item.term === null)).toEqual([])
    const used = new Set(dataset.terms.map((term) => term.id))
    for (const link of links) expect(used.has(link!.term)).toBe(true)
  })
})
