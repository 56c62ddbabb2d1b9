// `pnpm install` on a fresh checkout, as the README's first command runs it, prints no warning:
// every bin a workspace package links into another's node_modules/.bin exists before any build
// (each is a small committed shim that loads dist/). The checkout is a copy of the files git
// tracks or would track, so uncommitted work is tested too.
import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, expect, test } from 'vitest'

const exec = promisify(execFile)
const repoRoot = path.resolve(import.meta.dirname, '../../..')
const outer = await mkdtemp(path.join(tmpdir(), 'mfa-residency-install-'))
afterAll(() => rm(outer, { recursive: true, force: true }))

test('pnpm install on a fresh checkout: exit 0 and not one warning', async () => {
  const checkout = path.join(outer, 'main')
  const { stdout } = await exec(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  for (const file of stdout.split('\0').filter(Boolean)) {
    await mkdir(path.dirname(path.join(checkout, file)), { recursive: true })
    await cp(path.join(repoRoot, file), path.join(checkout, file)).catch((error) => {
      // A file deleted in the working tree but still in the index is not in a fresh checkout.
      if (error.code !== 'ENOENT') throw error
    })
  }
  const { packageManager } = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'))
  const install = await exec(
    'npx',
    [
      '-y',
      packageManager,
      'install',
      '--frozen-lockfile',
      '--prefer-offline',
      '--reporter=append-only',
    ],
    {
      cwd: checkout,
      env: { ...process.env, CI: 'true', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  const output = `${install.stdout}${install.stderr}`
  expect(output).toContain('Done in')
  expect(output.split('\n').filter((line) => /\bWARN\b/.test(line))).toEqual([])
}, 300_000)
