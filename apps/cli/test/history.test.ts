import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createHistory, type History } from '@mfa-residency/dataset/history-queries'
import { describe, expect, test } from 'vitest'
import { run } from './run-cli.js'

const historyFile = path.resolve(import.meta.dirname, '../../../packages/dataset/data/history.json')
const bundled = JSON.parse(readFileSync(historyFile, 'utf8')) as History

describe('history: the timeline, one line per version', () => {
  test('date, key, locale, commit or how sure, and the changes by level', async () => {
    const { code, stdout } = await run(['history'])
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(bundled.timeline.length)
    expect(lines[0]).toBe('2019-12-12  2019-12-12.1  en  commit presumed  first version')
    // The Swedish of 2020-09-24 has its commit; the commits are padded to one column.
    expect(lines).toContainEqual(
      expect.stringMatching(/^2020-09-24 {2}2020-09-24\.1 {2}sv {2}commit 1aa1d16 {3}\S/),
    )
    const entries = createHistory(bundled).timeline()
    const json = JSON.parse((await run(['history', '--json'])).stdout)
    expect(json.map((entry: { key: string }) => entry.key)).toEqual(entries.map((e) => e.key))
    for (const [index, entry] of json.entries()) {
      const { major, minor, patch, none } = entry.changes
      expect(major + minor + patch + none).toBe(entries[index]!.changes.length)
    }
  })

  test('in Swedish', async () => {
    const { stdout } = await run(['history', '--lang', 'sv'])
    expect(stdout.split('\n')[0]).toBe(
      '2019-12-12  2019-12-12.1  en  commit antagen  första versionen',
    )
  })
})

describe('--as-of: a real day, on or after the first version', () => {
  test.each([
    ['2024-02-30', 'is not a date: expected YYYY-MM-DD'],
    ['24-01-01', 'is not a date'],
    ['2019-01-01', "before the article's first version (2019-12-12)"],
  ])('--as-of %s is a usage error', async (date, message) => {
    const result = await run(['stores', '--cloud', 'AzureCloud', '--as-of', date, '--json'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(message)
  })

  test('in Swedish too', async () => {
    const result = await run(['where', '--cloud', 'AzureCloud', '--as-of', '2019-01-01'], {
      LANG: 'sv_SE.UTF-8',
    })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('är före artikelns första version (2019-12-12)')
  })

  test('the answer is the version of that day, and says which', async () => {
    const result = await run(['search', 'Azure AD', '--as-of', '2023-01-01'])
    expect(result.code).toBe(0)
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      "as of 2023-01-01: the article's version 2021-06-03.1 (commit 03d29f6)",
    )
    // Its sources are that version's file, pinned to its commit.
    expect(result.stdout).toContain('docs-source/history/en/2021-06-03_')
    const shown = JSON.parse(
      (await run(['show', 'data-stored-by-mfa-server', '--as-of', '2021-01-01', '--json'])).stdout,
    )
    expect(shown.history.asOf).toEqual({
      date: '2021-01-01',
      version: {
        key: '2020-09-24.1',
        locale: 'sv',
        date: '2020-09-24',
        commit: '1aa1d168fbd6283ffd2a72e677c46833c6390af0',
      },
    })
  })

  test('a version without tables answers nothing, in JSON as JSON', async () => {
    const result = await run(['where', '--cloud', 'AzureCloud', '--as-of', '2019-12-12', '--json'])
    expect(result).toMatchObject({ code: 1, stdout: '[]\n' })
  })

  test('--as-of belongs to where, stores, show and search only', async () => {
    const result = await run(['tables', '--as-of', '2024-01-01'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('tables has no option --as-of')
  })
})

describe('history text is shown, never obeyed, by the terminal', () => {
  test('a change text with escape sequences is printed escaped; in JSON exactly', async () => {
    const hostile = structuredClone(bundled)
    const point = hostile.timeline.findIndex((entry) => entry.changes.length > 0)
    const change = hostile.timeline[point]!.changes[0]!
    const changed = createHistory(bundled).timeline()[point]!.changes[0]!.path
    const evil = 'evil \u001b]52;c;ZXZpbA==\u0007 \u009b2J'
    change[3] = evil
    const folder = mkdtempSync(path.join(tmpdir(), 'mfa-history-'))
    const file = path.join(folder, 'history.json')
    writeFileSync(file, JSON.stringify(hostile))
    const text = await run(['history', changed, '--history', file])
    expect(text.code).toBe(0)
    expect(text.stdout).toContain('evil \\u{1b}]52;c;ZXZpbA==\\u{7} \\u{9b}2J')
    for (const control of ['\u001b', '\u0007', '\u009b'])
      expect(text.stdout.includes(control)).toBe(false)
    const json = JSON.parse((await run(['history', changed, '--history', file, '--json'])).stdout)
    expect(json[0].changes.some((each: { before: unknown }) => each.before === evil)).toBe(true)
  })

  test('a --history file that does not exist is a usage error, whatever the command', async () => {
    const result = await run(['tables', '--history', '/nonexistent/history.json'])
    expect(result).toMatchObject({ code: 2, stdout: '' })
    expect(result.stderr).toContain('cannot read /nonexistent/history.json')
  })

  test('a file that is not a history is a usage error that says why', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'mfa-history-'))
    const file = path.join(folder, 'history.json')
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, versions: [], timeline: [] }))
    const result = await run(['history', '--history', file])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('history.timeline must be an array of at least one point')
  })
})
