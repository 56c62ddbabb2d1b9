import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  colour,
  controlsIn,
  hasScript,
  onTerminal as onPseudoTerminal,
} from '../../output-safety/test-support/pseudo-terminal.js'
import { compareSnapshots, formatMarkdown, formatText, resolveSnapshot } from '../src/index.js'

/*
 * The hostile-input suite for `docs:diff`: a docs change that puts terminal escapes into a cell,
 * and what a user gets: the bytes a terminal receives under a real pseudo-terminal, and JSON that
 * carries the same strings, escaped.
 */

const repoRoot = path.resolve(import.meta.dirname, '../../..')
const cli = path.join(repoRoot, 'packages/diff/dist/cli.js')
const enFile = 'docs-source/en/concept-mfa-data-residency.md'
const oath = '| OATH token                           | Multifactor authentication logs     |'
const escapes = [
  '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007',
  '\u001b[2J',
  '\u001b]0;pwned\u0007',
  '\u001b]52;c;ZXZpbA==\u0007',
  '\u009b2J',
]
const hostile = `Multifactor authentication logs ${escapes.join(' ')}`
const shown =
  'Multifactor authentication logs \\u{1b}]8;;https://evil.example\\u{7}click\\u{1b}]8;;\\u{7} \\u{1b}[2J \\u{1b}]0;pwned\\u{7} \\u{1b}]52;c;ZXZpbA==\\u{7} \\u{9b}2J'

let folder = ''
let head = ''
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'mfa-residency-diff-hostile-'))
  head = path.join(folder, 'en.md')
  const english = await readFile(path.join(repoRoot, enFile), 'utf8')
  expect(english).toContain(oath)
  await writeFile(head, english.replace(oath, `| OATH token | ${hostile} |`))
})
afterAll(() => rm(folder, { recursive: true, force: true }))

/** The command as a user runs it, under a pseudo-terminal: every byte the terminal gets. */
const onTerminal = (args: string[], env: Record<string, string> = {}) =>
  onPseudoTerminal([process.execPath, cli, ...args], { cwd: repoRoot, env })

describe.skipIf(!hasScript && !process.env.CI)('docs:diff --format text on a terminal', () => {
  test('NO_COLOR=1: no ESC, BEL or C1 byte at all, and each escape shown where it was', async () => {
    const bytes = await onTerminal(['--head', `en=${head}`, '--format', 'text'], { NO_COLOR: '1' })
    expect(controlsIn(bytes)).toEqual([])
    const text = bytes.toString('utf8').replace(/\r\n/g, '\n')
    expect(text).toContain(shown)
  })

  test('in colour: the only escapes are picocolors’ own', async () => {
    const bytes = await onTerminal(['--head', `en=${head}`], { FORCE_COLOR: '1' })
    const text = bytes.toString('utf8')
    expect(text).toMatch(colour)
    expect(controlsIn(Buffer.from(text.replace(new RegExp(colour, 'g'), '')))).toEqual([])
  })

  test('--format json: the same strings, with every control written as \\uXXXX', async () => {
    const bytes = await onTerminal(['--head', `en=${head}`, '--format', 'json'])
    expect(controlsIn(bytes)).toEqual([])
    const report = JSON.parse(bytes.toString('utf8').replace(/\r\n/g, '\n'))
    expect(JSON.stringify(report)).toContain(JSON.stringify(hostile).slice(1, -1))
    expect(bytes.toString('utf8')).toContain('\\u009b2J')
  })
})

describe('formatText', () => {
  test('escapes every document string before colouring; Markdown keeps the text', async () => {
    const report = compareSnapshots(
      await resolveSnapshot('committed', repoRoot),
      await resolveSnapshot(`en=${head}`, repoRoot),
    )
    for (const color of [false, true]) {
      const text = formatText(report, { color })
      expect(text).toContain(color ? 'authentication logs \\u{1b}]8;;' : shown)
      expect(controlsIn(Buffer.from(text.replace(new RegExp(colour, 'g'), '')))).toEqual([])
    }
    // Markdown is for a browser, which obeys no control character: the serializer escapes its
    // markup (`[` as `\[`) and leaves the characters themselves as they are.
    expect(formatMarkdown(report)).toContain('\u001b\\[2J')
  })
})
