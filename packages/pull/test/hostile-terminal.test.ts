import { describe, expect, test } from 'vitest'
import {
  colour,
  controlsIn,
  hasScript,
  onTerminal as onPseudoTerminal,
} from '../../output-safety/test-support/pseudo-terminal.js'
import { cli, english, repository, snapshot, swedishPage, upstream } from './harness.js'

/*
 * `docs:pull` on a terminal, from an upstream whose text holds terminal escapes: the report of what
 * it pulled and the messages that quote upstream text reach the terminal with every control
 * character made visible.
 */

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

/** The command as a user runs it, under a pseudo-terminal: every byte the terminal gets. */
const pullOnTerminal = (root: string, env: Record<string, string> = {}) =>
  onPseudoTerminal([process.execPath, cli.pull, '--allow-loopback-for-tests'], { cwd: root, env })

/** A repository whose English upstream serves `text`, and Swedish the stored Learn page. */
async function scenario(text: string) {
  const server = await upstream({ '/en.md': [200, text], '/sv.html': [200, swedishPage] })
  return repository({ en: `${server.url}/en.md`, sv: `${server.url}/sv.html` })
}

describe.skipIf(!hasScript && !process.env.CI)('docs:pull on a terminal', () => {
  test('NO_COLOR=1: the report of a hostile cell has no ESC, BEL or C1 byte', async () => {
    expect(english).toContain(oath)
    const root = await scenario(english.replace(oath, `| OATH token | ${hostile} |`))
    const bytes = await pullOnTerminal(root, { NO_COLOR: '1' })
    expect(controlsIn(bytes)).toEqual([])
    const text = bytes.toString('utf8').replace(/\r\n/g, '\n')
    expect(text).toContain('en: http://127.0.0.1:')
    expect(text).toContain(shown)
  })

  test('in colour: the only escapes are picocolors’ own', async () => {
    const root = await scenario(english.replace(oath, `| OATH token | ${hostile} |`))
    const text = (await pullOnTerminal(root, { FORCE_COLOR: '1' })).toString('utf8')
    expect(text).toMatch(colour)
    expect(controlsIn(Buffer.from(text.replace(new RegExp(colour, 'g'), '')))).toEqual([])
  })

  test('a rejected document: the message quoting its text shows the escapes', async () => {
    const title = english.split('\n').find((line) => line.startsWith('# '))!
    const root = await scenario(english.replace(title, `# Hostile ${escapes.join(' ')}`))
    const before = await snapshot(root)
    const bytes = await pullOnTerminal(root, { NO_COLOR: '1' }).catch(
      (error: { stdout: Buffer }) => error.stdout,
    )
    expect(controlsIn(bytes)).toEqual([])
    const text = bytes.toString('utf8')
    expect(text).toMatch(/^error: /)
    expect(text).toMatch(/\\u(\{9b\}|009b)2J/)
    expect(await snapshot(root)).toEqual(before)
  })
})
