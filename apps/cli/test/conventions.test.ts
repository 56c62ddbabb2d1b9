import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { dimensions } from '@mfa-residency/dataset'
import { afterAll, describe, expect, test } from 'vitest'
import { datasetFile, run } from './run-cli.js'

/*
 * The conventions people rely on from a command line, each as they see it: the built CLI as a
 * subprocess, its stdout, stderr and exit code. The README's table of conventions names these tests.
 */

const swedish = { LANG: 'sv_SE.UTF-8' }

describe('usage errors: exit 2, nothing on stdout, a did-you-mean in the spelling typed', () => {
  test.each([
    ['--no-such-flag', ['--no-such-flag'], /^mfa-residency: unknown option --no-such-flag\n/],
    ['--foo-bar', ['tables', '--foo-bar'], /^mfa-residency: tables has no option --foo-bar\n/],
    [
      '--no-json',
      ['tables', '--no-json'],
      /^mfa-residency: tables has no option --no-json; did you mean --json\?\n/,
    ],
    ['--jsn', ['search', 'kina', '--jsn'], /; did you mean --json\?\n/],
    ['tabels', ['tabels'], /^mfa-residency: unknown command "tabels"; did you mean `tables`\?\n/],
    ['--lang xx', ['--lang', 'xx'], /^mfa-residency: --lang must be en, sv or both, not "xx"\n/],
    ['--lang xx tables', ['tables', '--lang', 'xx'], /not "xx"\n/],
    ['--json=yes', ['tables', '--json=yes'], /^mfa-residency: --json takes no value\n/],
    ['--lang twice', ['tables', '--lang', 'en', '--lang', 'sv'], /--lang is given twice/],
    ['an argument too many', ['show', 'a', 'b'], /^mfa-residency: unexpected argument "b"\n/],
  ])('%s', async (_, args, message) => {
    const result = await run(args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
    expect(result.stderr).not.toMatch(/[a-z][A-Z]/) // no camel-cased option names
  })

  test('a suggestion only when it is near: none for a word nothing resembles', async () => {
    const result = await run(['show', 'zzzz'])
    expect(result).toMatchObject({ code: 1, stdout: '' })
    expect(result.stderr).toBe('unknown table "zzzz" (`mfa-residency tables` lists them)\n')
    const sovereign = await run(['where', '--sovereign-cloud', 'china'])
    expect(sovereign.code).toBe(2)
    expect(sovereign.stderr).toMatch(
      /^mfa-residency: unknown dimension --sovereign-cloud; did you mean --cloud\? /,
    )
  })

  test('show <list-id> names the command that shows it, not a look-alike table', async () => {
    const id = 'personal-data-stored-by-microsoft-entra-multifactor-authentication'
    const result = await run(['show', id])
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `"${id}" is a list: try \`mfa-residency lists ${id}\`\n`,
    })
  })

  test('contradictory flags are a usage error, not a silent choice', async () => {
    for (const args of [
      ['export', '--format', 'csv', '--json'],
      ['diff', 'current', 'current', '--format', 'markdown', '--json'],
    ]) {
      const result = await run(args)
      expect(result).toMatchObject({ code: 2, stdout: '' })
      expect(result.stderr).toMatch(/^mfa-residency: --json and --format \w+ contradict each other/)
    }
    expect((await run(['export', '--format', 'json', '--json'])).code).toBe(0)
  })
})

describe('help and version, anywhere on the line', () => {
  test.each([
    ['-v tables', ['-v', 'tables']],
    ['tables -v', ['tables', '-v']],
    ['where --version', ['where', '--version']],
  ])('%s prints the version', async (_, args) => {
    expect(await run(args)).toEqual({ code: 0, stdout: 'mfa-residency 0.1.0\n', stderr: '' })
  })

  test.each([
    ['tables -h', ['tables', '-h']],
    ['-h tables', ['-h', 'tables']],
    ['tables --help --bogus', ['tables', '--help', '--bogus']],
    ['help tables', ['help', 'tables']],
  ])('%s shows the help of tables', async (_, args) => {
    const result = await run(args)
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toMatch(/^Usage:\n {2}\$ mfa-residency tables \[options\]\n/)
  })

  test('the help shows no false defaults, and every command', async () => {
    const result = await run(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain('default: true')
    expect(result.stdout).toMatch(/\n {2}--no-color +Plain output/)
    for (const command of ['tables', 'show <table-id>', 'where', 'diff <a> <b>', 'info'])
      expect(result.stdout).toContain(`\n  ${command} `)
  })

  test('where --help lists every dimension, its Swedish name, --scope and examples', async () => {
    const { stdout } = await run(['where', '--help'])
    for (const dimension of Object.keys(dimensions))
      expect(stdout).toMatch(new RegExp(`\\n {2}--${dimension} <term> +\\S`))
    expect(stdout).toContain('(also --moln)')
    expect(stdout).toMatch(/\n {2}--scope <text> +only tables/)
    expect(stdout).toContain('\n  $ mfa-residency where --scope government')
  })

  test('the help in Swedish under a Swedish LANG', async () => {
    const { stdout } = await run(['where', '--help'], swedish)
    expect(stdout).toMatch(/^Användning:\n/)
    expect(stdout).toContain('\nDimensioner (')
    expect(stdout).toContain('\nExempel:\n')
  })
})

describe('where and stores take Swedish dimension names and terms', () => {
  test('--moln 21Vianet --plats Kina is --cloud 21vianet --location CN', async () => {
    const english = await run(['where', '--cloud', '21vianet', '--location', 'CN', '--json'])
    const svenska = await run(['where', '--moln', '21Vianet', '--plats', 'Kina', '--json'])
    expect(svenska).toMatchObject({ code: 0, stderr: '' })
    expect(svenska.stdout).toBe(english.stdout)
  })

  test('--händelse and --handelse (accents aside) take Röstsamtal', async () => {
    const english = await run(['stores', '--event', 'voice call'])
    for (const name of ['--händelse', '--handelse']) {
      const result = await run(['stores', name, 'Röstsamtal'])
      expect(result).toMatchObject({ code: 0, stderr: '' })
      expect(result.stdout).toBe(english.stdout)
    }
  })

  test('--scope alone answers with every row of the tables it names', async () => {
    const answers = JSON.parse((await run(['where', '--scope', 'government', '--json'])).stdout)
    expect(new Set(answers.map((answer: { table: string }) => answer.table))).toEqual(
      new Set(['data-stored-by-microsoft-entra-multifactor-authentication-2']),
    )
    expect(answers).toHaveLength(4)
  })
})

describe('--json always prints JSON', () => {
  test.each([
    ['search', ['search', 'zzzz'], '[]'],
    ['where', ['where', '--cloud', '21vianet', '--component', 'mfa server'], '[]'],
    ['stores', ['stores', '--cloud', '21vianet', '--component', 'mfa server'], '[]'],
    ['lists', ['lists', 'zzzz'], '[]'],
    ['show', ['show', 'zzzz'], 'null'],
  ])('%s with no match: %s', async (_, args, json) => {
    const result = await run([...args, '--json'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(`${json}\n`)
    expect(result.stderr).not.toBe('')
  })
})

describe('a Swedish locale makes the CLI speak Swedish', () => {
  test.each([
    ['LANG', { LANG: 'sv_SE.UTF-8' }],
    ['LC_MESSAGES', { LANG: 'en_US.UTF-8', LC_MESSAGES: 'sv_SE.UTF-8' }],
    ['LC_ALL', { LANG: 'en_US.UTF-8', LC_ALL: 'sv_FI.UTF-8' }],
  ])('%s', async (_, env) => {
    expect((await run(['search', 'zzzz'], env)).stderr).toBe(
      'inget matchar "zzzz" på något av språken\n',
    )
    expect((await run(['lists'], env)).stdout).toMatch(/^\(inledning\) /)
    expect((await run(['where', '--cloud', '21vianet'], env)).stdout).toContain(
      '\n  källa: https://',
    )
    expect((await run(['tabels'], env)).stderr).toBe(
      'mfa-residency: okänt kommando "tabels"; menade du `tables`?\n' +
        'Kör `mfa-residency --help` för att se hur kommandot används.\n',
    )
  })

  test('LC_ALL=C wins over a Swedish LANG; --lang en wins over both', async () => {
    expect((await run(['search', 'zzzz'], { LANG: 'sv_SE.UTF-8', LC_ALL: 'C' })).stderr).toMatch(
      /^nothing matches/,
    )
    expect((await run(['search', 'zzzz', '--lang', 'en'], swedish)).stderr).toMatch(
      /^nothing matches/,
    )
  })
})

describe('provenance: links that work anywhere, local paths only in a checkout', () => {
  const outside = mkdtempSync(path.join(tmpdir(), 'mfa-residency-installed-'))
  afterAll(() => rmSync(outside, { recursive: true, force: true }))
  const page =
    'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-mfa-data-residency'

  test('an installed CLI prints the Learn page, and no docs-source path', async () => {
    for (const args of [
      ['where', '--cloud', '21vianet'],
      ['show', 'data-stored-by-mfa-server'],
      ['search', 'blocked'],
      ['info'],
    ]) {
      const result = await run(args, {}, outside)
      expect(result.code).toBe(0)
      expect(result.stdout).toContain(page)
      expect(result.stdout).not.toContain('docs-source/')
    }
    const answers = JSON.parse(
      (await run(['where', '--cloud', '21vianet', '--json'], {}, outside)).stdout,
    )
    const sovereign = answers.find(
      (answer: { row: string }) => answer.row === 'microsoft-azure-operated-by-21vianet',
    )
    expect(sovereign.source.en).toEqual({
      line: 122,
      endLine: 122,
      page,
      upstream:
        'https://github.com/MicrosoftDocs/entra-docs/blob/HEAD/docs/identity/authentication/concept-mfa-data-residency.md',
      pinned: false,
    })
  })

  test('a dataset without links gives the line alone outside a checkout, never its path', async () => {
    const data = JSON.parse(readFileSync(datasetFile, 'utf8'))
    for (const locale of ['en', 'sv']) {
      data.sources[locale].url = null
      data.sources[locale].upstream = null
    }
    const file = path.join(outside, 'no-links.json')
    writeFileSync(file, JSON.stringify(data))
    const { stdout } = await run(['where', '--cloud', '21vianet', '--dataset', file], {}, outside)
    expect(stdout).toContain('\n  source: line 122\n')
    expect(stdout).not.toContain('docs-source/')
  })

  test('inside the checkout the local file and line come too', async () => {
    const { stdout } = await run(['where', '--cloud', '21vianet'])
    expect(stdout).toContain(
      `\n  source: ${page} (docs-source/en/concept-mfa-data-residency.md:122)\n`,
    )
  })
})
