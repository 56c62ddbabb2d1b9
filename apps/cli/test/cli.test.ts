import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Dataset, TranslationGap } from '@mfa-residency/dataset'
import { parse } from 'csv-parse/sync'
import { afterAll, describe, expect, test } from 'vitest'
import { bin, datasetFile, run } from './run-cli.js'

const sovereign = 'multifactor-authentication-activity-reports-for-sovereign-clouds'

describe('golden output of every subcommand, in English and Swedish', () => {
  const cases: [string, string[]][] = [
    ['tables', ['tables']],
    ['show', ['show', sovereign]],
    ['show-multi-value', ['show', 'data-stored-by-mfa-server']],
    ['lists', ['lists']],
    ['notes', ['notes']],
    ['search', ['search', 'blocked']],
    ['where-cloud', ['where', '--cloud', '21vianet']],
    ['stores-event-scope', ['stores', '--event', 'voice call', '--scope', 'government']],
    ['export-md', ['export', '--format', 'md']],
    ['info', ['info']],
  ]
  for (const lang of ['en', 'sv'] as const) {
    test.each(cases)(`%s (${lang})`, async (name, args) => {
      const result = await run([...args, '--lang', lang])
      expect(result).toMatchObject({ code: 0, stderr: '' })
      await expect(result.stdout).toMatchFileSnapshot(`__golden__/${name}.${lang}.txt`)
    })
  }
  test('--lang both shows each value with its translation', async () => {
    const result = await run(['where', '--cloud', '21vianet', '--lang', 'both'])
    await expect(result.stdout).toMatchFileSnapshot('__golden__/where-cloud.both.txt')
  })
})

describe('answers for scripts', () => {
  test('a Swedish LANG makes Swedish the default', async () => {
    const result = await run(['where', '--cloud', '21vianet'], { LANG: 'sv_SE.UTF-8' })
    expect(result.stdout).toContain('\n  Inloggningsloggar: Kina (CN)\n')
  })

  test('--json works on every listing', async () => {
    for (const args of [
      ['tables'],
      ['show', sovereign],
      ['lists'],
      ['notes'],
      ['search', 'kina'],
      ['info'],
    ]) {
      const result = await run([...args, '--json'])
      expect(result.code).toBe(0)
      expect(() => JSON.parse(result.stdout)).not.toThrow()
    }
    const tables = JSON.parse((await run(['tables', '--json'])).stdout)
    expect(tables.map((table: { id: string }) => table.id)).toContain(sovereign)
  })

  test('the CSV export parses back: one record per value, both languages', async () => {
    const csv = (await run(['export', '--format', 'csv', '--lang', 'both'])).stdout
    const records = parse(csv, { columns: true }) as Record<string, string>[]
    expect(Object.keys(records[0]!)).toEqual([
      'table',
      'row',
      'column',
      'index',
      'en',
      'en_line',
      'sv',
      'sv_line',
      'term',
      'code',
      'qualifiers',
    ])
    expect(
      records.find(
        (record) =>
          record.row === 'microsoft-azure-operated-by-21vianet' && record.column === 'sign-in-logs',
      ),
    ).toEqual({
      table: sovereign,
      row: 'microsoft-azure-operated-by-21vianet',
      column: 'sign-in-logs',
      index: '0',
      en: 'China',
      en_line: '122',
      sv: 'Kina',
      sv_line: '66',
      term: 'location/china',
      code: 'CN',
      qualifiers: '',
    })
    const voice = records.filter(
      (record) =>
        record.table === 'data-stored-by-mfa-server' &&
        record.row === 'voice-call' &&
        record.column === 'data-store-type',
    )
    expect(voice.map((record) => record.sv)).toEqual([
      'Loggar för multifaktorautentisering',
      'Rapportdatalager för multifaktorautentiseringsaktivitet',
      'Blockerade användare (om bedrägeri rapporterades)',
    ])
  })

  test('every CSV record ends in CRLF, and export --json is the dataset', async () => {
    const csv = (await run(['export', '--format', 'csv'])).stdout
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(
      csv
        .split('\r\n')
        .slice(0, -1)
        .every((line) => !line.includes('\n')),
    ).toBe(true)
    expect(JSON.parse((await run(['export', '--json'])).stdout).schemaVersion).toBe(2)
  })

  test('NDJSON has the same records, and json is the dataset itself', async () => {
    const lines = (await run(['export', '--format', 'ndjson'])).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines[0]).toEqual({
      table: 'data-stored-by-microsoft-entra-multifactor-authentication',
      row: 'oath-token',
      column: 'event-type',
      index: 0,
      en: 'OATH token',
      en_line: 53,
      term: 'event-type/oath-token',
      code: null,
      qualifiers: [],
    })
    const dataset = JSON.parse((await run(['export', '--format', 'json'])).stdout)
    expect(dataset).toEqual(JSON.parse(readFileSync(datasetFile, 'utf8')))
  })

  test('diff compares dataset files through @mfa-residency/diff', async () => {
    const same = await run(['diff', 'current', 'current', '--json'])
    expect(JSON.parse(same.stdout)).toMatchObject({ bump: 'none', changes: [] })
    expect((await run(['diff', 'current', 'current'])).stdout).toBe(
      'docs diff current → current\nno changes\n',
    )
  })
})

describe('search covers all text in both languages', () => {
  test.each([
    ['a paragraph', ['search', '90 days'], 'This information is retained for 90 days.'],
    [
      'a Swedish paragraph',
      ['search', '90 dagar', '--lang', 'sv'],
      'Den här informationen behålls i 90 dagar.',
    ],
    [
      'a lead-in',
      ['search', 'Asia Pacific'],
      'The Microsoft Entra multifactor authentication service has datacenters in the United States, Europe,\nand Asia Pacific.',
    ],
    [
      'a Swedish heading',
      ['search', 'personuppgifter', '--lang', 'sv'],
      'Personuppgifter som lagras av Microsoft Entra multifaktorautentisering\n  sv · headings/personal-data-stored-by-microsoft-entra-multifactor-authentication',
    ],
  ])('%s', async (_, args, text) => {
    const result = await run(args)
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toContain(text)
  })

  test('--json names the kind of entity and the status of each hit', async () => {
    const hits = JSON.parse((await run(['search', '90', '--json'])).stdout)
    expect(hits).toContainEqual({
      path: 'paragraphs/this-information-is-retained-for',
      locale: 'sv',
      value: 'Den här informationen behålls i 90 dagar.',
      status: 'current',
      source: {
        line: 15,
        endLine: 15,
        page: 'https://learn.microsoft.com/sv-se/entra/identity/authentication/concept-mfa-data-residency',
        upstream: null,
        pinned: false,
        file: 'docs-source/sv/concept-mfa-data-residency.txt:15',
      },
    })
  })
})

/**
 * The bundled dataset with translation gaps, aliases and a control character added by hand, the
 * way the generator records them: the English changed, the Swedish kept with what it translates.
 */
function datasetWithGaps(): Dataset {
  const data = JSON.parse(readFileSync(datasetFile, 'utf8')) as Dataset
  const gaps: TranslationGap[] = []
  const stale = (path: string, translates: string) =>
    gaps.push({
      kind: 'stale',
      locale: 'sv',
      path,
      reason: 'en changed since the sv translation',
      translates,
      source: {},
    })
  const table = data.tables.find((entity) => entity.id === sovereign)!
  table.aliases = ['sovereign-cloud-reports']
  const row = table.rows.find((entity) => entity.id === 'microsoft-azure-operated-by-21vianet')!
  row.cells['sign-in-logs']!.en = ['Mainland China']
  stale(`tables/${sovereign}/rows/${row.id}/cells/sign-in-logs/values/0`, 'China')
  row.cells['multifactor-authentication-service-logs']!.sv = [null]
  gaps.push({
    kind: 'missing',
    locale: 'sv',
    path: `tables/${sovereign}/rows/${row.id}/cells/multifactor-authentication-service-logs/values/0`,
    reason: 'no sv translation',
    source: {},
  })
  // A lead-in is judged by its paragraph.
  const leadIn = 'The following table shows where sovereign clouds keep their service logs.'
  data.paragraphs.find((entity) => entity.id === 'the-following-table-shows-the')!.text.en = leadIn
  table.leadIn.en = leadIn
  stale(
    'paragraphs/the-following-table-shows-the',
    'The following table shows the location for service logs for sovereign clouds.',
  )

  const list = data.lists.find(
    (entity) => entity.id === 'personal-data-stored-by-microsoft-entra-multifactor-authentication',
  )!
  list.aliases = ['personal-data']
  list.items[0]!.text.en = 'Blocked and suspended users'
  stale(`lists/${list.id}/items/blocked-users`, 'Blocked users')

  const note = data.notes.find(
    (entity) => entity.id === 'multifactor-authentication-activity-reports-for-public-cloud',
  )!
  note.aliases = ['public-cloud-note']
  note.text.en = 'The activity reports contain personal data.'
  stale(
    `notes/${note.id}`,
    'The multifactor authentication activity reports contain personal data such as User Principal Name (UPN) and complete phone number.',
  )
  // A section is judged by its headings.
  const heading = data.headings.find((entity) => entity.id === note.id)!
  const before = heading.text.en
  heading.text.en = 'Activity reports for the public cloud'
  for (const entity of [...data.paragraphs, ...data.tables, ...data.lists, ...data.notes])
    entity.section.en = entity.section.en.map((part) => (part === before ? heading.text.en : part))
  stale(`headings/${heading.id}`, before)

  data.paragraphs.find((entity) => entity.id === 'this-information-is-retained-for')!.text.en =
    'This information is retained for 30 days.'
  stale('paragraphs/this-information-is-retained-for', 'This information is retained for 90 days.')
  data.lists.find(
    (entity) =>
      entity.id === 'organizational-data-stored-by-microsoft-entra-multifactor-authentication-2',
  )!.items[0]!.text.sv = 'Serverinställningar\u001b[2J'
  data.translationGaps = gaps
  return data
}

describe('--dataset <file>: stale and missing translations are never hidden', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'mfa-residency-cli-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))
  const withGaps = path.join(folder, 'with-gaps.json')
  writeFileSync(withGaps, JSON.stringify(datasetWithGaps()))
  const gapped = (...args: string[]) => run([...args, '--dataset', withGaps])
  const staleChina = 'Kina (inaktuell: översätter “China”)'
  const missingLogs = '– (översättning saknas av “United States”)'

  test('show marks a stale value, a stale lead-in and a missing value', async () => {
    // Wide enough that no marker wraps inside its cell.
    const result = await run(['show', sovereign, '--lang', 'sv', '--dataset', withGaps], {
      COLUMNS: '220',
    })
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toContain(staleChina)
    expect(result.stdout).toContain(missingLogs)
    expect(result.stdout).toContain(
      'I följande tabell visas platsen för tjänstloggar för nationella moln. (inaktuell: översätter “The following table shows the location for service logs for sovereign clouds.”)',
    )
    // English is the source: nothing to mark.
    const english = await gapped('show', sovereign, '--lang', 'en')
    expect(english.stdout).toContain('Mainland China')
    expect(english.stdout).not.toMatch(/stale|missing|inaktuell|saknas/)
  })

  test('show --json gives the status of every row and what a stale value translates', async () => {
    const table = JSON.parse((await gapped('show', sovereign, '--lang', 'sv', '--json')).stdout)
    const path = `tables/${sovereign}/rows/microsoft-azure-operated-by-21vianet/cells`
    expect(table.status).toBe('missing')
    const row = table.rows.find(
      (entry: { id: string }) => entry.id === 'microsoft-azure-operated-by-21vianet',
    )
    expect(row).toMatchObject({
      cells: { 'sign-in-logs': ['Kina'], 'multifactor-authentication-service-logs': [null] },
      status: 'missing',
      gaps: [
        { path: `${path}/sign-in-logs/values/0`, status: 'stale', translates: 'China' },
        { path: `${path}/multifactor-authentication-service-logs/values/0`, status: 'missing' },
      ],
    })
    expect(table.rows[1]).toMatchObject({ status: 'current', gaps: [] })
  })

  test('show, lists and notes find an entity by an id it had before', async () => {
    expect((await gapped('show', 'sovereign-cloud-reports')).stdout).toBe(
      (await gapped('show', sovereign)).stdout,
    )
    const list = await gapped('lists', 'personal-data', '--lang', 'sv')
    expect(list.code).toBe(0)
    expect(list.stdout).toContain(
      '  • Blockerade användare (inaktuell: översätter “Blocked users”)\n',
    )
    expect(list.stdout).not.toContain('organizational-data')
    const note = await gapped('notes', 'public-cloud-note', '--lang', 'sv')
    expect(note.stdout).toBe(
      '[note] Aktivitetsrapporter för multifaktorautentisering för offentligt moln (inaktuell: översätter “Multifactor authentication activity reports for public cloud”) multifactor-authentication-activity-reports-for-public-cloud\n' +
        'Aktivitetsrapporterna för multifaktorautentisering innehåller personliga data, till exempel UPN\n' +
        '(User Principal Name) och fullständigt telefonnummer. (inaktuell: översätter “The multifactor\n' +
        'authentication activity reports contain personal data such as User Principal Name (UPN) and complete\n' +
        'phone number.”)\n',
    )
    const unknown = await gapped('notes', 'public-cloud')
    expect(unknown).toMatchObject({ code: 1, stdout: '' })
    expect(unknown.stderr).toMatch(
      /^unknown note "public-cloud"; did you mean "multifactor-authentication-activity-reports-for-public-cloud"\?/,
    )
  })

  test('lists and notes --json carry status and translates', async () => {
    const [list] = JSON.parse(
      (await gapped('lists', 'personal-data', '--json', '--lang', 'both')).stdout,
    )
    expect(list.status).toBe('stale')
    expect(list.items[0]).toMatchObject({
      id: 'blocked-users',
      text: { en: 'Blocked and suspended users', sv: 'Blockerade användare' },
      status: 'stale',
      translates: 'Blocked users',
    })
    expect(list.items[1]).toMatchObject({ status: 'current' })
    expect(list.items[1]).not.toHaveProperty('translates')
    const [note] = JSON.parse(
      (await gapped('notes', 'public-cloud-note', '--json', '--lang', 'sv')).stdout,
    )
    expect(
      note.gaps.map((gap: { path: string; status: string }) => [gap.path, gap.status]),
    ).toEqual([
      ['headings/multifactor-authentication-activity-reports-for-public-cloud', 'stale'],
      ['notes/multifactor-authentication-activity-reports-for-public-cloud', 'stale'],
    ])
  })

  test('search, where and export md mark stale Swedish too', async () => {
    const found = await gapped('search', '90 dagar', '--lang', 'sv')
    expect(found.stdout).toContain(
      'Den här informationen behålls i 90 dagar. (inaktuell: översätter “This information is retained for\n90 days.”)',
    )
    const [hit] = JSON.parse((await gapped('search', '90 dagar', '--json')).stdout)
    expect(hit).toMatchObject({
      locale: 'sv',
      status: 'stale',
      translates: 'This information is retained for 90 days.',
    })
    expect((await gapped('where', '--cloud', '21vianet', '--lang', 'sv')).stdout).toContain(
      staleChina,
    )
    const markdown = (await gapped('export', '--format', 'md', '--lang', 'both')).stdout
    expect(markdown).toContain(
      '| Microsoft Azure operated by 21Vianet<br>↳ Microsoft Azure drivs av 21Vianet | Mainland China<br>↳ Kina (stale: translates “China”) |',
    )
    expect(markdown).toContain('United States<br>↳ – (missing translation) |')
  })

  test('info counts the gaps by kind and names each', async () => {
    const result = await gapped('info')
    expect(result.stdout).toContain(`${withGaps} (schema 2)`)
    expect(result.stdout).toContain('translation gaps: 1 missing, 6 stale, 0 extra')
    expect(result.stdout).toContain(
      `  sv stale tables/${sovereign}/rows/microsoft-azure-operated-by-21vianet/cells/sign-in-logs/values/0: en changed since the sv translation (translates “China”)`,
    )
  })

  test('a control character in the data is shown, not obeyed; --json keeps it', async () => {
    const text = (await gapped('lists', '--lang', 'sv')).stdout
    expect(text).toContain('  • Serverinställningar\\u{1b}[2J\n')
    expect(text).not.toContain('\u001b')
    expect((await gapped('lists', '--lang', 'sv', '--json')).stdout).toContain(
      'Serverinställningar\\u001b[2J',
    )
  })

  test('a file that is not a dataset is a usage error that says what is wrong', async () => {
    const broken = datasetWithGaps()
    delete (broken.tables[0]!.rows[0]!.cells as Record<string, unknown>)['event-type']
    const file = path.join(folder, 'broken.json')
    writeFileSync(file, JSON.stringify(broken))
    for (const [args, message] of [
      [
        ['tables', '--dataset', file],
        `${file} is not an @mfa-residency/dataset file (schema version 2): dataset.tables[0].rows[0].cells has no cell for column "event-type"`,
      ],
      [
        ['tables', '--dataset', 'package.json'],
        'package.json is not an @mfa-residency/dataset file (schema version 2): dataset.schemaVersion must be 2',
      ],
      [['tables', '--dataset', 'nope.json'], 'cannot read nope.json'],
      [['where', '--cloud', '21vianet', '--dataset', 'nope.json'], 'cannot read nope.json'],
    ] as const) {
      const result = await run([...args])
      expect(result).toMatchObject({ code: 2, stdout: '' })
      expect(result.stderr).toContain(`mfa-residency: ${message}`)
    }
  })
})

describe('errors: a message on stderr, nothing on stdout, the right exit code', () => {
  test.each([
    [
      'unknown table',
      ['show', 'sovereign-clouds'],
      1,
      /^unknown table "sovereign-clouds"; did you mean "multifactor-authentication-activity-reports-for-sovereign-clouds"\?/,
    ],
    ['nothing found', ['search', 'zzzz'], 1, /^nothing matches "zzzz" in either language\n$/],
    [
      'a name no term of the dimension answers to',
      ['where', '--cloud', 'mars'],
      2,
      /^mfa-residency: no cloud is called "mars" \(`mfa-residency terms --kind cloud` lists them\)\n/,
    ],
    [
      'two terms no row has together',
      ['where', '--cloud', '21vianet', '--component', 'mfa server'],
      1,
      /^no row matches --cloud "21vianet" and --component "mfa server"\n$/,
    ],
    [
      'a dimension without a term',
      ['where', '--cloud'],
      2,
      /^mfa-residency: --cloud needs a value\nRun `mfa-residency where --help` for usage\.\n$/,
    ],
    ['a blank term', ['where', '--cloud', ' '], 2, /^mfa-residency: --cloud needs a value/],
    [
      'a column id is not a dimension: the one its values are is suggested',
      ['where', '--sign-in-logs', 'china'],
      2,
      /^mfa-residency: unknown dimension --sign-in-logs; did you mean --location\?/,
    ],
    ['an empty search', ['search', '  '], 2, /^mfa-residency: search needs some text to look for/],
    [
      'a file that is not a dataset',
      ['diff', 'package.json', 'current'],
      2,
      /^mfa-residency: package\.json is not an @mfa-residency\/dataset file/,
    ],
    ['unknown flag', ['tables', '--bogus'], 2, /^mfa-residency: tables has no option --bogus\n/],
    [
      'unknown dimension',
      ['where', '--clod', 'x'],
      2,
      /^mfa-residency: unknown dimension --clod; did you mean --cloud\?/,
    ],
    [
      'bad --lang',
      ['tables', '--lang', 'de'],
      2,
      /^mfa-residency: --lang must be en, sv or both, not "de"/,
    ],
    [
      'bad export format',
      ['export', '--format', 'xml'],
      2,
      /^mfa-residency: --format must be one of json, csv, ndjson, md/,
    ],
    ['unknown command', ['frobnicate'], 2, /^mfa-residency: unknown command "frobnicate"/],
    [
      'missing argument',
      ['show'],
      2,
      /^mfa-residency: show needs <table-id>\nRun `mfa-residency show --help` for usage\.\n$/,
    ],
    [
      'unreadable diff input',
      ['diff', 'current', 'nope.json'],
      2,
      /^mfa-residency: cannot read nope\.json/,
    ],
  ])('%s', async (_, args, code, message) => {
    const result = await run(args)
    expect(result.code).toBe(code)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
  })

  test('a closed stdout pipe (| head -1) ends quietly', async () => {
    const { stdout, stderr } = await promisify(execFile)('sh', [
      '-c',
      `"${process.execPath}" "${bin}" export --format csv | head -1`,
    ])
    // RFC 4180 line ends
    expect(stdout).toBe('table,row,column,index,en,en_line,term,code,qualifiers\r\n')
    expect(stderr).toBe('')
  })
})

describe('conventions', () => {
  test('--help on every subcommand, with examples', async () => {
    for (const command of [
      'tables',
      'show',
      'lists',
      'notes',
      'search',
      'where',
      'stores',
      'terms',
      'export',
      'diff',
      'info',
    ]) {
      const result = await run([command, '--help'])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain(`Usage:\n  $ mfa-residency ${command}`)
      expect(result.stdout).toContain('Examples:')
    }
  })

  test('--version', async () => {
    expect((await run(['--version'])).stdout).toBe('mfa-residency 0.1.0\n')
  })

  test('colour only where asked: FORCE_COLOR on, NO_COLOR and --no-color off', async () => {
    const colored = await run(['tables'], { NO_COLOR: '', FORCE_COLOR: '1' })
    expect(colored.stdout).toContain('\u001b[1m')
    expect((await run(['tables'], { NO_COLOR: '1', FORCE_COLOR: '1' })).stdout).not.toContain(
      '\u001b[',
    )
    expect(
      (await run(['tables', '--no-color'], { NO_COLOR: '', FORCE_COLOR: '1' })).stdout,
    ).not.toContain('\u001b[')
  })

  test('tables fit the terminal width', async () => {
    const narrow = await run(['show', 'data-stored-by-mfa-server'], { COLUMNS: '60' })
    for (const line of narrow.stdout.split('\n'))
      if (!line.startsWith('source:')) expect(line.length).toBeLessThanOrEqual(60)
  })

  test('the bundle carries no Markdown code; the Markdown commands load theirs apart', () => {
    const bundle = readFileSync(bin, 'utf8')
    expect(bundle.startsWith('#!/usr/bin/env node')).toBe(true)
    // Booleans, not the bundles: a failure should not print 100 kB of minified code.
    expect(/micromark|unified|remark|mdast/.test(bundle)).toBe(false)
    expect(bundle.includes('require("./markdown.cjs")')).toBe(true)
    const markdown = readFileSync(path.resolve(import.meta.dirname, '../dist/markdown.cjs'), 'utf8')
    expect(markdown.includes('exportMarkdown:')).toBe(true)
    const notices = readFileSync(
      path.resolve(import.meta.dirname, '../dist/THIRD-PARTY-NOTICES.txt'),
      'utf8',
    )
    // "name@version: licence", one a line after the heading.
    const bundled = notices
      .split('\n\n')[0]!
      .split('\n')
      .slice(1)
      .map((line) => line.slice(0, line.lastIndexOf('@')))
    expect(bundled).toEqual(expect.arrayContaining(['diff', 'fastest-levenshtein', 'picocolors']))
    expect(bundled).not.toContain('cac')
    // The Markdown serializer (the diff's reports, `export --format md`) is in; no parser is.
    expect(bundled).toContain('mdast-util-to-markdown')
    for (const parser of ['micromark', 'mdast-util-from-markdown', 'remark-parse', 'unified'])
      expect(bundled).not.toContain(parser)
  })
})
