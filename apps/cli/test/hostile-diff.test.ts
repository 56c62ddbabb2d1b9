import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Dataset } from '@mfa-residency/dataset'
import { afterAll, describe, expect, test } from 'vitest'
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

const hasScript = (() => {
  try {
    return execFileSync('script', ['--version'], { encoding: 'utf8' }).includes('util-linux')
  } catch {
    return false
  }
})()
const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`
/** The colours picocolors writes: SGR, `ESC [ <number> m`. */
const colour = new RegExp(`${String.fromCharCode(0x1b)}\\[\\d+m`, 'g')

/** The CLI under a real pseudo-terminal (util-linux `script`): every byte the terminal gets. */
async function onTerminal(args: string[], env: Record<string, string> = {}): Promise<Buffer> {
  const command = [process.execPath, bin, ...args].map(quote).join(' ')
  const { stdout } = await promisify(execFile)('script', ['-qfec', command, '/dev/null'], {
    env: { PATH: process.env.PATH ?? '', TERM: 'xterm-256color', ...env },
    encoding: 'buffer',
  })
  return stdout
}

/** ESC, BEL and the 8-bit CSI as bytes, and (decoded) any C0 or C1 control but the line ends. */
function controlsIn(bytes: Buffer): string[] {
  const found = [0x1b, 0x07, 0x9b].filter((byte) => bytes.includes(byte)).map((b) => `byte ${b}`)
  for (const char of bytes.toString('utf8')) {
    const code = char.codePointAt(0)!
    if ((code < 0x20 && char !== '\n' && char !== '\r') || (code >= 0x7f && code <= 0x9f))
      found.push(`U+${code.toString(16).padStart(4, '0')}`)
  }
  return found
}

describe.skipIf(!hasScript && !process.env.CI)('mfa-residency diff on a terminal', () => {
  test('--no-color: no ESC, BEL or C1 byte at all, and the escapes shown', async () => {
    const bytes = await onTerminal(['diff', datasetFile, file, '--no-color'])
    expect(controlsIn(bytes)).toEqual([])
    expect(bytes.toString('utf8').replace(/ *\r\n */g, ' ')).toContain(shown)
  })

  test('in colour: the only escapes are picocolors’ own', async () => {
    const text = (await onTerminal(['diff', datasetFile, file])).toString('utf8')
    expect(text).toMatch(colour)
    expect(controlsIn(Buffer.from(text.replace(colour, '')))).toEqual([])
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
