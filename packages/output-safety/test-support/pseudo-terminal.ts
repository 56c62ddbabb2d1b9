// For the hostile-input tests of every package that prints document text (apps/cli, diff, pull):
// run a command under a real pseudo-terminal and find what a terminal would act on.
import { execFile, execFileSync } from 'node:child_process'
import { promisify } from 'node:util'

/** Whether util-linux `script` is here to give a command a pseudo-terminal. */
export const hasScript = (() => {
  try {
    return execFileSync('script', ['--version'], { encoding: 'utf8' }).includes('util-linux')
  } catch {
    return false
  }
})()

/** The colours picocolors writes: SGR, `ESC [ <number> m`. */
export const colour = new RegExp(`${String.fromCharCode(0x1b)}\\[\\d+m`)

const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`

/**
 * `command` under a pseudo-terminal (util-linux `script`): stdout is a TTY, as for a user, and what
 * comes back is every byte the terminal would receive (the pty turns LF into CRLF).
 */
export async function onTerminal(
  command: readonly string[],
  { cwd, env = {} }: { cwd?: string; env?: Record<string, string> } = {},
): Promise<Buffer> {
  const { stdout } = await promisify(execFile)(
    'script',
    ['-qfec', command.map(quote).join(' '), '/dev/null'],
    {
      ...(cwd ? { cwd } : {}),
      env: { PATH: process.env.PATH ?? '', TERM: 'xterm-256color', ...env },
      encoding: 'buffer',
    },
  )
  return stdout
}

/** The bytes a terminal acts on: ESC, BEL and the 8-bit CSI, and (decoded) any C0 or C1 control. */
export function controlsIn(bytes: Buffer): string[] {
  const found = [0x1b, 0x07, 0x9b]
    .filter((byte) => bytes.includes(byte))
    .map((byte) => `byte ${byte}`)
  for (const char of bytes.toString('utf8')) {
    const code = char.codePointAt(0) as number
    if ((code < 0x20 && char !== '\n' && char !== '\r') || (code >= 0x7f && code <= 0x9f))
      found.push(`U+${code.toString(16).padStart(4, '0')}`)
  }
  return found
}
