import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Dataset } from '@mfa-residency/dataset'
import { parse } from 'csv-parse/sync'
import { afterAll, describe, expect, test } from 'vitest'
import { datasetFile, run } from './run-cli.js'

const sovereign = 'multifactor-authentication-activity-reports-for-sovereign-clouds'
const publicTable = 'data-stored-by-microsoft-entra-multifactor-authentication'
const governmentTable = 'data-stored-by-microsoft-entra-multifactor-authentication-2'

const json = async (args: string[]) => {
  const result = await run([...args, '--json'])
  expect(result).toMatchObject({ code: 0, stderr: '' })
  return JSON.parse(result.stdout)
}

const location = (id: string, code: string, en: string, sv: string) => [
  {
    text: { en, sv },
    term: `location/${id}`,
    code,
    label: { en, sv },
    qualifiers: [],
  },
]

describe('where asks the dataset by terms, in either language', () => {
  test('--cloud AzureChinaCloud: the sovereign row with codes and both labels', async () => {
    const answers = await json(['where', '--cloud', 'AzureChinaCloud'])
    // The table scoped to 21Vianet by its lead-in answers too, row by row.
    expect(answers.map((answer: { table: string; row: string }) => answer.table)).toEqual([
      ...Array(4).fill(governmentTable),
      sovereign,
    ])
    expect(answers[4]).toEqual({
      table: sovereign,
      tableTitle: {
        en: 'Multifactor authentication activity reports for sovereign clouds',
        sv: 'Aktivitetsrapporter för multifaktorautentisering för nationella moln',
      },
      row: 'microsoft-azure-operated-by-21vianet',
      values: {
        'sovereign-cloud': [
          {
            text: {
              en: 'Microsoft Azure operated by 21Vianet',
              sv: 'Microsoft Azure drivs av 21Vianet',
            },
            term: 'cloud/azure-china',
            code: 'AzureChinaCloud',
            label: {
              en: 'Microsoft Azure operated by 21Vianet',
              sv: 'Microsoft Azure som drivs av 21Vianet',
            },
            qualifiers: [],
          },
        ],
        'sign-in-logs': location('china', 'CN', 'China', 'Kina'),
        'multifactor-authentication-activity-report': location(
          'united-states',
          'US',
          'United States',
          'USA',
        ),
        'multifactor-authentication-service-logs': location(
          'united-states',
          'US',
          'United States',
          'USA',
        ),
      },
      // Run inside the checkout: the local files are named too.
      source: {
        en: {
          line: 122,
          endLine: 122,
          page: 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-mfa-data-residency',
          upstream:
            'https://github.com/MicrosoftDocs/entra-docs/blob/HEAD/docs/identity/authentication/concept-mfa-data-residency.md',
          pinned: false,
          file: 'docs-source/en/concept-mfa-data-residency.md:122',
        },
        sv: {
          line: 66,
          endLine: 66,
          page: 'https://learn.microsoft.com/sv-se/entra/identity/authentication/concept-mfa-data-residency',
          upstream: null,
          pinned: false,
          file: 'docs-source/sv/concept-mfa-data-residency.txt:66',
        },
      },
      // Since when the answer is as it is: its last English change, from the history.
      history: {
        removed: null,
        changed: {
          key: '2023-01-29.1',
          locale: 'en',
          date: '2023-01-29',
          commit: 'f835a48ffc528f357660c235d45b44bffadd7477',
          kind: 'changed',
          path: `tables/${sovereign}/rows/microsoft-azure-operated-by-21vianet/cells/sovereign-cloud`,
        },
      },
    })
  })

  test('every value shows its code: "Sign-in logs: China (CN)"', async () => {
    const result = await run(['where', '--cloud', 'AzureChinaCloud', '--location', 'CN'])
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'Multifactor authentication activity reports for sovereign clouds · microsoft-azure-operated-by-21vianet\n' +
        '  Sovereign cloud: Microsoft Azure operated by 21Vianet (AzureChinaCloud)\n' +
        '  Sign-in logs: China (CN)\n' +
        '  Multifactor authentication activity report: United States (US)\n' +
        '  Multifactor authentication service logs: United States (US)\n' +
        '  changed on 2023-01-29 (commit f835a48)\n' +
        '  source: https://learn.microsoft.com/en-us/entra/identity/authentication/concept-mfa-data-residency (docs-source/en/concept-mfa-data-residency.md:122)\n',
    })
  })

  test('--lang sv shows the Swedish values and title', async () => {
    const result = await run(['where', '--cloud', '21Vianet', '--location', 'Kina', '--lang', 'sv'])
    expect(result.stdout).toBe(
      'Aktivitetsrapporter för multifaktorautentisering för nationella moln · microsoft-azure-operated-by-21vianet\n' +
        '  Nationellt moln: Microsoft Azure drivs av 21Vianet (AzureChinaCloud)\n' +
        '  Inloggningsloggar: Kina (CN)\n' +
        '  Aktivitetsrapport för multifaktorautentisering: USA (US)\n' +
        '  Tjänstloggar för multifaktorautentisering: USA (US)\n' +
        '  ändrad 2026-11-21 (commit okänd)\n' +
        '  källa: https://learn.microsoft.com/sv-se/entra/identity/authentication/concept-mfa-data-residency (docs-source/sv/concept-mfa-data-residency.txt:66)\n',
    )
  })

  test.each(['voice call', 'Röstsamtal', 'voice-call', 'event-type/voice-call'])(
    '--event %s names the same rows',
    async (name) => {
      const answers = await json(['where', '--event', name])
      expect(answers.map((answer: { table: string; row: string }) => answer.table)).toEqual([
        publicTable,
        governmentTable,
        'data-stored-by-mfa-server',
      ])
      expect(new Set(answers.map((answer: { row: string }) => answer.row))).toEqual(
        new Set(['voice-call']),
      )
    },
  )

  test('--scope still narrows by the words of the lead-in and headings', async () => {
    const answers = await json(['where', '--event', 'voice call', '--scope', 'government'])
    expect(answers.map((answer: { table: string }) => answer.table)).toEqual([governmentTable])
  })

  test('--cloud Kina: a location, not a cloud, is a usage error that says so', async () => {
    expect(await run(['where', '--cloud', 'Kina'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'mfa-residency: no cloud is called "Kina"; "Kina" is a location: did you mean --location "Kina"? (`mfa-residency terms --kind cloud` lists them)\n' +
        'Run `mfa-residency where --help` for usage.\n',
    })
  })

  test('a misspelt term gets the nearest code or label of its dimension', async () => {
    const result = await run(['where', '--cloud', 'AzureChinaClud'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^mfa-residency: no cloud is called "AzureChinaClud"; did you mean "AzureChinaCloud"\?/,
    )
  })

  test('--help lists the dimensions with examples', async () => {
    const help = (await run(['where', '--help'])).stdout
    for (const dimension of ['cloud', 'component', 'event', 'method', 'store', 'location'])
      expect(help).toMatch(new RegExp(`\\n  --${dimension} <term> +\\S`))
    expect(help).toContain('--scope <text>')
    expect(help).toContain('mfa-residency where --cloud AzureChinaCloud\n')
    const main = (await run(['--help'])).stdout
    expect(main).toMatch(/\n {2}stores +The data stores/)
    expect(main).toMatch(/\n {2}terms +The vocabulary/)
  })
})

describe('stores: each data store of the matching rows once, with its conditions', () => {
  test('--event voice-call --cloud AzureUSGovernment: three, one if fraud was reported', async () => {
    const args = ['stores', '--event', 'voice-call', '--cloud', 'AzureUSGovernment']
    expect(await run(args)).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'Multifactor authentication logs               data-store/mfa-logs\n' +
        'Multifactor authentication activity reports   data-store/activity-reports\n' +
        'Blocked users (if fraud was reported)         data-store/blocked-users\n',
    })
    expect((await run([...args, '--lang', 'sv'])).stdout).toBe(
      'Loggar för multifaktorautentisering                 data-store/mfa-logs\n' +
        'Rapporter om multifaktorautentiseringsaktivitet     data-store/activity-reports\n' +
        'Blockerade användare (om bedrägeri rapporterades)   data-store/blocked-users\n',
    )
    const stores = await json(args)
    expect(stores.map((store: { term: string }) => store.term)).toEqual([
      'data-store/mfa-logs',
      'data-store/activity-reports',
      'data-store/blocked-users',
    ])
    expect(stores[2]).toEqual({
      term: 'data-store/blocked-users',
      code: null,
      label: { en: 'Blocked users', sv: 'Blockerade användare' },
      cases: [
        {
          conditions: [
            {
              term: 'condition/fraud-reported',
              code: null,
              label: { en: 'if fraud was reported', sv: 'om bedrägeri rapporterades' },
            },
          ],
          rows: [{ table: governmentTable, row: 'voice-call' }],
          // Still named by the last version: removed by none.
          history: { removed: null },
        },
      ],
    })
  })

  test('rows that name no store as a value: nothing found, exit 1', async () => {
    expect(await run(['stores', '--cloud', '21vianet', '--location', 'CN'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'the row that matches --cloud "21vianet" and --location "CN" names no data store as a value\n',
    })
  })
})

describe('terms: the vocabulary', () => {
  test('--kind cloud --json: the clouds the data names, with their azure-cli codes', async () => {
    const clouds = await json(['terms', '--kind', 'cloud'])
    // Microsoft Azure Germany (AzureGermanCloud) is in the vocabulary, but no value names it.
    expect(clouds.map((term: { id: string; code: string }) => [term.id, term.code])).toEqual([
      ['cloud/azure-china', 'AzureChinaCloud'],
      ['cloud/azure-public', 'AzureCloud'],
      ['cloud/azure-us-government', 'AzureUSGovernment'],
    ])
    expect(clouds[0]).toMatchObject({
      kind: 'cloud',
      codeScheme: 'azure-cli-cloud',
      label: {
        en: 'Microsoft Azure operated by 21Vianet',
        sv: 'Microsoft Azure som drivs av 21Vianet',
      },
    })
  })

  test('as text: id, code with its scheme, label in the chosen language', async () => {
    const result = await run(['terms', '--kind', 'location', '--lang', 'sv'])
    expect(result.stdout).toMatch(/^location\nid +kod +etikett\n/)
    expect(result.stdout).toMatch(/\nlocation\/china +CN \(iso-3166-1-alpha-2\) +Kina\n/)
    expect(result.stdout).toMatch(/\nlocation\/europe +EUR \(microsoft-365-geography\) +Europa\n/)
    const events = (await run(['terms', '--kind', 'event'])).stdout
    expect(events).toMatch(/\nevent-type\/voice-call +Voice call\n$/)
  })

  test('an unknown kind is a usage error with a suggestion', async () => {
    const result = await run(['terms', '--kind', 'clod'])
    expect(result).toMatchObject({ code: 2, stdout: '' })
    expect(result.stderr).toMatch(
      /^mfa-residency: --kind must be one of .*; did you mean "cloud"\?/,
    )
  })
})

describe('titles and exports', () => {
  test('the two tables under one heading read differently', async () => {
    const tables = await json(['tables'])
    const titles = tables.map((table: { title: string }) => table.title)
    expect(titles.slice(0, 2)).toEqual([
      'Data stored by Microsoft Entra multifactor authentication (Azure public cloud)',
      'Data stored by Microsoft Entra multifactor authentication (Microsoft Azure Government, Microsoft Azure operated by 21Vianet, Azure AD B2C authentication, NPS extension, AD FS adapter)',
    ])
    const shown = (await run(['show', publicTable, '--lang', 'sv'], { COLUMNS: '300' })).stdout
    expect(shown.split('\n')[0]).toBe(
      'Personuppgifter som lagras av Microsoft Entra multifaktorautentisering › Data som lagras av Microsoft Entra multifaktorautentisering (Offentligt Azure-moln)',
    )
  })

  test('CSV and NDJSON carry the term and code after the text of each value', async () => {
    const csv = (await run(['export', '--format', 'csv'])).stdout
    const records = parse(csv, { columns: true }) as Record<string, string>[]
    const blocked = records.find(
      (record) =>
        record.table === governmentTable &&
        record.row === 'voice-call' &&
        record.en === 'Blocked users (if fraud was reported)',
    )
    expect(blocked).toMatchObject({
      term: 'data-store/blocked-users',
      code: '',
      qualifiers: 'condition/fraud-reported',
    })
    const lines = (await run(['export', '--format', 'ndjson'])).stdout.trim().split('\n')
    const china = lines
      .map((line) => JSON.parse(line))
      .find(
        (record) =>
          record.table === sovereign && record.en === 'Microsoft Azure operated by 21Vianet',
      )
    expect(china).toMatchObject({
      term: 'cloud/azure-china',
      code: 'AzureChinaCloud',
      qualifiers: [],
    })
  })
})

describe('--dataset <file> with its own vocabulary', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'mfa-residency-vocabulary-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))
  const write = (name: string, edit: (data: Dataset) => void) => {
    const data = JSON.parse(readFileSync(datasetFile, 'utf8')) as Dataset
    edit(data)
    const file = path.join(folder, name)
    writeFileSync(file, JSON.stringify(data))
    return file
  }

  test('a store conditional in one row and not in another shows both', async () => {
    const file = write('unconditional.json', (data) => {
      const row = data.tables[0]!.rows.find((entry) => entry.id === 'voice-call')!
      row.terms['data-store-type'] = row.terms['data-store-type']!.map((link) =>
        link ? { term: link.term } : link,
      )
    })
    const result = await run(['stores', '--event', 'voice call', '--dataset', file])
    expect(result.stdout).toBe(
      'Multifactor authentication logs               data-store/mfa-logs\n' +
        'Multifactor authentication activity reports   data-store/activity-reports\n' +
        'Blocked users                                 data-store/blocked-users\n' +
        'Blocked users (if fraud was reported)         data-store/blocked-users\n',
    )
  })

  test('a term label is shown terminal-safe as text and kept as it is in --json', async () => {
    const file = write('control.json', (data) => {
      data.terms.find((term) => term.id === 'data-store/blocked-users')!.label.en =
        'Blocked users\u001b[2J'
    })
    const text = (await run(['stores', '--event', 'voice call', '--dataset', file])).stdout
    expect(text).toContain('Blocked users\\u{1b}[2J (if fraud was reported)')
    expect(text).not.toContain('\u001b')
    const stores = await json(['stores', '--event', 'voice call', '--dataset', file])
    expect(stores[2].label.en).toBe('Blocked users\u001b[2J')
  })

  test('a file without the vocabulary is a usage error that says so', async () => {
    const file = write('no-terms.json', (data) => {
      delete (data as Partial<Dataset>).terms
    })
    const result = await run(['where', '--cloud', 'AzureCloud', '--dataset', file])
    expect(result).toMatchObject({ code: 2, stdout: '' })
    expect(result.stderr).toContain(
      `${file} is not an @mfa-residency/dataset file (schema version 2): dataset.terms must be an array`,
    )
  })
})
