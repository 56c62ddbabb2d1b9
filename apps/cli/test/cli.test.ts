import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'csv-parse/sync'
import { describe, expect, test } from 'vitest'

const bin = path.resolve(import.meta.dirname, '../dist/mfa-residency.cjs')

/** The built CLI as a subprocess, in a fixed 100-column, colourless, English environment. */
async function run(args: string[], env: Record<string, string> = {}) {
  const environment = { PATH: process.env.PATH ?? '', COLUMNS: '100', NO_COLOR: '1', ...env }
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      env: environment,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

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
  test('where --cloud 21vianet --json gives the 21Vianet log locations', async () => {
    const english = JSON.parse((await run(['where', '--cloud', '21vianet', '--json'])).stdout)
    expect(english).toEqual([
      expect.objectContaining({
        table: sovereign,
        row: 'microsoft-azure-operated-by-21vianet',
        matched: { 'sovereign-cloud': ['Microsoft Azure operated by 21Vianet'] },
        values: {
          'sign-in-logs': { label: 'Sign-in logs', values: ['China'] },
          'multifactor-authentication-activity-report': {
            label: 'Multifactor authentication activity report',
            values: ['United States'],
          },
          'multifactor-authentication-service-logs': {
            label: 'Multifactor authentication service logs',
            values: ['United States'],
          },
        },
        source: {
          en: 'docs-source/en/concept-mfa-data-residency.md:122',
          sv: 'docs-source/sv/concept-mfa-data-residency.txt:66',
        },
      }),
    ])
    const swedish = JSON.parse(
      (await run(['where', '--cloud', '21vianet', '--json', '--lang', 'sv'])).stdout,
    )
    expect(swedish[0].values['sign-in-logs']).toEqual({
      label: 'Inloggningsloggar',
      values: ['Kina'],
    })
    expect(swedish[0].values['multifactor-authentication-service-logs'].values).toEqual(['USA'])
  })

  test('a Swedish LANG makes Swedish the default', async () => {
    const result = await run(['where', '--cloud', '21vianet', '--json'], { LANG: 'sv_SE.UTF-8' })
    expect(JSON.parse(result.stdout)[0].values['sign-in-logs'].values).toEqual(['Kina'])
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
    expect(JSON.parse((await run(['export', '--json'])).stdout).schemaVersion).toBe(1)
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
    })
    const dataset = JSON.parse((await run(['export', '--format', 'json'])).stdout)
    expect(dataset).toEqual(
      JSON.parse(
        readFileSync(
          path.resolve(import.meta.dirname, '../../../packages/dataset/data/dataset.json'),
          'utf8',
        ),
      ),
    )
  })

  test('diff compares dataset files through @mfa-residency/diff', async () => {
    const same = await run(['diff', 'current', 'current', '--json'])
    expect(JSON.parse(same.stdout)).toMatchObject({ bump: 'none', changes: [] })
    expect((await run(['diff', 'current', 'current'])).stdout).toBe(
      'docs diff current → current\nno changes\n',
    )
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
      'a value that matches no row',
      ['where', '--cloud', 'mars'],
      1,
      /^no row matches --cloud "mars"; did you mean/,
    ],
    [
      'two dimensions no row has together',
      ['where', '--cloud', '21vianet', '--sign-in-logs', 'united states'],
      1,
      /^no row matches --cloud "21vianet" and --sign-in-logs "united states"\n$/,
    ],
    ['an empty dimension value', ['where', '--cloud='], 2, /^mfa-residency: --cloud needs a value/],
    ['an empty search', ['search', '  '], 2, /^mfa-residency: search needs some text to look for/],
    [
      'a file that is not a dataset',
      ['diff', 'package.json', 'current'],
      2,
      /^mfa-residency: package\.json is not an @mfa-residency\/dataset file/,
    ],
    ['unknown flag', ['tables', '--bogus'], 2, /^mfa-residency: Unknown option `--bogus`/],
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
      /^mfa-residency: missing required args for command `show <table-id>`/,
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
    expect(stdout).toBe('table,row,column,index,en,en_line\r\n') // RFC 4180 line ends
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
    expect((await run(['--version'])).stdout).toMatch(/^mfa-residency\/0\.1\.0 /)
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

  test('the bundle carries no markdown parser: only what the commands use', () => {
    const bundle = readFileSync(bin, 'utf8')
    expect(bundle.startsWith('#!/usr/bin/env node')).toBe(true)
    expect(bundle).not.toMatch(/micromark|unified|remark/)
    const notices = readFileSync(
      path.resolve(import.meta.dirname, '../dist/THIRD-PARTY-NOTICES.txt'),
      'utf8',
    )
    expect(notices.split('\n').slice(1, 5)).toEqual([
      'cac@7.1.0: MIT',
      'diff@8.0.4: BSD-3-Clause',
      'fastest-levenshtein@1.0.16: MIT',
      'picocolors@1.1.1: ISC',
    ])
  })
})
