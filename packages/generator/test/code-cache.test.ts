import { execFile } from 'node:child_process'
import { mkdtemp, readdir, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { copyDocs, type Run } from './repo.js'

// The V8 code cache of the bundled command (src/code-cache.ts), through the built command:
// whether a run used it is what NODE_DEBUG=mfa-residency-code-cache prints; what the run prints
// otherwise, and what it writes, must not depend on it.
const cli = path.resolve(import.meta.dirname, '../dist/bin/mfa-residency-generate.js')
const debugLine = /^MFA-RESIDENCY-CODE-CACHE \d+: (.*)\n/gm

let root: string
let cacheDir: string

interface TracedRun extends Run {
  cache: string
}

/**
 * A whole run, every time: `--check` against an output that is not there fails (exit 1), so it
 * leaves no stamp for the fast path to skip the command with.
 */
async function generate(): Promise<TracedRun> {
  const args = [cli, '--root', root, '--out', path.join(root, 'missing.json'), '--check']
  const env = {
    ...process.env,
    NODE_DEBUG: 'mfa-residency-code-cache',
    MFA_RESIDENCY_CODE_CACHE_DIR: cacheDir,
  }
  const { code, stdout, stderr } = await promisify(execFile)(process.execPath, args, { env }).then(
    (result) => ({ code: 0, ...result }),
    (error: Run) => error,
  )
  // The vocabulary's validator runs only when the parsed vocabulary is not remembered
  // (vocabulary-cache.ts, a cache other tests share), so its lines are left out.
  const traced = [...stderr.matchAll(debugLine)]
    .map((match) => match[1]!.replace(/\d+ bytes/, 'N bytes'))
    .filter((line) => !line.includes('vocabulary-validator'))
  return { code, stdout, stderr: stderr.replace(debugLine, ''), cache: traced.join('; ') }
}

beforeAll(async () => {
  root = await copyDocs()
  cacheDir = await mkdtemp(path.join(tmpdir(), 'mfa-residency-code-cache-'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
  await rm(cacheDir, { recursive: true, force: true })
})

it('is made by the first run, used by the next, and changes nothing a run prints', async () => {
  await rm(cacheDir, { recursive: true, force: true })
  const first = await generate()
  expect(first.code).toBe(1)
  expect(first.stderr).toMatch(/^missing\.json is stale/)
  expect(first.cache).toBe(
    'code cache: command: none; code cache: dataset-validator: none; ' +
      'code cache: command: saved N bytes; code cache: dataset-validator: saved N bytes',
  )
  const files = (await readdir(cacheDir)).filter((file) => !file.startsWith('vocabulary-'))
  expect(files.map((file) => file.replace(/[0-9a-f]{32}/, 'KEY')).sort()).toEqual([
    'command.KEY.bin',
    'dataset-validator.KEY.bin',
  ])
  const second = await generate()
  expect(second.cache).toBe('code cache: command: used; code cache: dataset-validator: used')
  expect({ ...second, cache: '' }).toEqual({ ...first, cache: '' })
})

it('is compiled afresh and replaced when V8 rejects it, with the same output', async () => {
  const file = (await readdir(cacheDir)).find((name) => name.startsWith('command.'))
  const cached = path.join(cacheDir, file!)
  const used = await generate()
  expect(used.cache).toBe('code cache: command: used; code cache: dataset-validator: used')
  for (const damage of [() => truncate(cached, 100), () => writeFile(cached, 'not a code cache')]) {
    await damage()
    const rejected = await generate()
    expect(rejected.cache).toBe(
      'code cache: command: rejected; code cache: dataset-validator: used; code cache: command: saved N bytes',
    )
    expect({ ...rejected, cache: '' }).toEqual({ ...used, cache: '' })
    expect((await generate()).cache).toBe(
      'code cache: command: used; code cache: dataset-validator: used',
    )
  }
})

it('is never shared by another build: the cache is named by the bundle text and Node', async () => {
  const file = (await readdir(cacheDir)).find((name) => name.startsWith('command.'))
  const before = await readdir(cacheDir)
  // A cache of another bundle, or another Node, under another key: not read, and replaced.
  const other = path.join(cacheDir, 'command.0123456789abcdef0123456789abcdef.bin')
  await writeFile(other, 'a cache for other code')
  const run = await generate()
  expect(run.cache).toBe('code cache: command: used; code cache: dataset-validator: used')
  await rm(path.join(cacheDir, file!))
  expect((await generate()).cache).toBe(
    'code cache: command: none; code cache: dataset-validator: used; code cache: command: saved N bytes',
  )
  expect(await readdir(cacheDir)).toEqual(before)
})
