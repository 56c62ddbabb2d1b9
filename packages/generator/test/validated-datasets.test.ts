import { execFile } from 'node:child_process'
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { stampPath } from '../src/run-stamp.js'
import { copyDocs, type Run } from './repo.js'

// The old output is read as memory on every run; bytes this code validated before are not
// validated again (src/validated-datasets.ts). What a run validated is what
// NODE_DEBUG=mfa-residency-validation prints.
const cli = path.resolve(import.meta.dirname, '../dist/bin/mfa-residency-generate.js')
const debugLine = /^MFA-RESIDENCY-VALIDATION \d+: (.*)\n/gm

let root: string
let out: string

async function generate(): Promise<Run & { validation: string[] }> {
  // Each edit below makes the next run a full one: the stamp no longer matches the output.
  const args = [cli, '--root', root, '--out', out]
  const env = { ...process.env, NODE_DEBUG: 'mfa-residency-validation' }
  const run = await promisify(execFile)(process.execPath, args, { env }).then(
    (result) => ({ code: 0, ...result }),
    (error: Run) => error,
  )
  const validation = [...run.stderr.matchAll(debugLine)].map((match) => match[1]!)
  return { ...run, stderr: run.stderr.replace(debugLine, ''), validation }
}

beforeAll(async () => {
  root = await copyDocs()
  out = path.join(root, 'dataset.json')
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

it('validates old output it wrote itself only once, and any other bytes every time', async () => {
  expect((await generate()).stdout).toMatch(/^dataset\.json: written/)
  const again = await generate()
  expect(again.validation).toEqual(['old output: these bytes were validated before'])
  expect(again.stdout).toMatch(/^dataset\.json: unchanged/)

  // Still JSON, no longer the schema's: the memo knows these bytes not, so they are checked.
  const dataset = JSON.parse(await readFile(out, 'utf8'))
  await writeFile(out, JSON.stringify({ ...dataset, schemaVersion: 99 }, null, 2))
  const broken = await generate()
  expect(broken.validation).toEqual([])
  expect(broken.stderr).toContain('dataset.json is not a dataset of this schema')
  expect(broken.stdout).toMatch(/^dataset\.json: written/)
  // The output is the second run's again, so its stamp would replay that run; without it, a full
  // run finds the bytes in the memo.
  await rm(stampPath(process.cwd(), ['--root', root, '--out', out]))
  expect((await generate()).validation).toEqual(['old output: these bytes were validated before'])
})
