import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Dataset } from '@mfa-residency/dataset'
import { afterAll, describe, expect, test } from 'vitest'
import {
  colour,
  controlsIn,
  hasScript,
  onTerminal as onPseudoTerminal,
} from '../../../packages/output-safety/test-support/pseudo-terminal.js'
import { bin, datasetFile, run } from './run-cli.js'

/*
 * `mfa-residency diff` between the seed dataset and one whose cell holds terminal escapes: what a
 * terminal receives (the shared text formatter makes every document string visible), and JSON.
 */

const escapes = [
  '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007',
  '\u001b[2J',
  '\u001b]0;pwned\u0007',
  '\u001b]52;c;ZXZpbA==\u0007',
  '\u009b2J',
]
const hostile = `hostile ${escapes.join(' ')}`
const shown =
  'hostile \\u{1b}]8;;https://evil.example\\u{7}click\\u{1b}]8;;\\u{7} \\u{1b}[2J \\u{1b}]0;pwned\\u{7} \\u{1b}]52;c;ZXZpbA==\\u{7} \\u{9b}2J'

const folder = mkdtempSync(path.join(tmpdir(), 'mfa-residency-hostile-diff-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))
const file = path.join(folder, 'hostile.json')
const data = JSON.parse(readFileSync(datasetFile, 'utf8')) as Dataset
const row = data.tables[0]!.rows[0]!
const column = data.tables[0]!.columns[1]!.id
row.cells[column] = { en: [hostile], sv: [hostile] }
writeFileSync(file, JSON.stringify(data))

/** The command as a user runs it, under a pseudo-terminal: every byte the terminal gets. */
const onTerminal = (args: string[], env: Record<string, string> = {}) =>
  onPseudoTerminal([process.execPath, bin, ...args], { env })

describe.skipIf(!hasScript && !process.env.CI)('mfa-residency diff on a terminal', () => {
  test('--no-color: no ESC, BEL or C1 byte at all, and the escapes shown', async () => {
    const bytes = await onTerminal(['diff', datasetFile, file, '--no-color'])
    expect(controlsIn(bytes)).toEqual([])
    expect(bytes.toString('utf8').replace(/ *\r\n */g, ' ')).toContain(shown)
  })

  test('in colour: the only escapes are picocolors’ own', async () => {
    const text = (await onTerminal(['diff', datasetFile, file])).toString('utf8')
    expect(text).toMatch(colour)
    expect(controlsIn(Buffer.from(text.replace(new RegExp(colour, 'g'), '')))).toEqual([])
  })

  test('--format json and --json: every control written as \\uXXXX, the data unchanged', async () => {
    for (const args of [['--format', 'json'], ['--json']]) {
      const bytes = await onTerminal(['diff', datasetFile, file, ...args])
      expect(controlsIn(bytes)).toEqual([])
      expect(bytes.toString('utf8')).toContain('\\u009b2J')
    }
    const piped = await run(['diff', datasetFile, file, '--format', 'json'])
    expect(piped.stdout).toContain(
      JSON.stringify(hostile).slice(1, -1).replace('\u009b', '\\u009b'),
    )
    const report = JSON.parse(piped.stdout) as { changes: { after?: unknown }[] }
    expect(report.changes.map((change) => change.after)).toContainEqual([hostile])
  })
})
