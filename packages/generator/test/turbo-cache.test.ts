import { execFile, execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { englishPath, repoRoot } from './repo.js'

// Turbo's cache is only as right as each task's inputs: the CLI bundle inlines
// packages/dataset/data/dataset.json, so a build that left it out of its inputs replayed a stale
// bundle after `pnpm generate` (issue 15). This runs the user's steps in a copy of the working tree,
// with its own node_modules and turbo cache, so its builds cannot race the ones of other tests.

let copy: string | undefined
afterAll(async () => {
  if (copy) await rm(copy, { recursive: true, force: true })
})

/** The working tree as git sees it, uncommitted and untracked work included; no build output. */
async function copyWorkingTree(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'mfa-residency-caches-'))
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  // Files deleted in the working tree are still listed as cached: they are not copied.
  const files = listed.split('\0').filter((file) => file && existsSync(path.join(repoRoot, file)))
  for (const file of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await copyFile(path.join(repoRoot, file), path.join(root, file))
  }
  return root
}

const { packageManager } = JSON.parse(
  await readFile(path.join(repoRoot, 'package.json'), 'utf8'),
) as { packageManager: string }

/** pnpm as this run was started with it, or else the version the repository pins, through npx. */
function pnpm(args: string[]): [string, string[]] {
  const execPath = process.env.npm_execpath
  if (execPath && /pnpm/.test(path.basename(execPath)))
    return [process.execPath, [execPath, ...args]]
  return ['npx', ['-y', packageManager, ...args]]
}

/** Run `pnpm <args>` in the copy, with none of the outer turbo run's variables. */
function run(
  cwd: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('TURBO_')),
  )
  const [command, argv] = pnpm(args)
  return new Promise((resolve) => {
    execFile(command, argv, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
    })
  })
}

test('a cell edited in docs-source, then `pnpm generate`: `pnpm mfa-residency search` finds the new text', async () => {
  copy = await copyWorkingTree()
  const install = await run(copy, 'install', '--offline', '--frozen-lockfile')
  expect(install.code, install.stderr).toBe(0)

  // The CLI is built and cached before the edit, as on any machine that has used it.
  const before = await run(copy, 'mfa-residency', 'search', 'In China')
  expect(before.code, before.stderr).toBe(0)
  expect(before.stdout).not.toContain('In China')

  // "China" → "In China" in the 21Vianet row: the same vocabulary term, new text.
  const english = path.join(copy, englishPath)
  const text = await readFile(english, 'utf8')
  expect(text.match(/\| China +\|/g)).toHaveLength(1)
  await writeFile(english, text.replace(/\| China( +)\|/, '| In China$1|'))
  const generated = await run(copy, 'generate')
  expect(generated.code, generated.stderr).toBe(0)
  expect(await readFile(path.join(copy, 'packages/dataset/data/dataset.json'), 'utf8')).toContain(
    '"In China"',
  )

  const after = await run(copy, 'mfa-residency', 'search', 'In China')
  expect(after.code, after.stderr).toBe(0)
  expect(after.stdout).toMatch(/^In China\n {2}en · tables\/.*\/cells\/sign-in-logs · /m)
}, 300_000)
