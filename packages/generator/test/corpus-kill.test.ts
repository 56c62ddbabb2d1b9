import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cp,
  link,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type FaultStep, faultSteps } from '../src/fault-point.js'
import { repoRoot } from './repo.js'

// `kill -9` at every step of a corpus run, including each rename of the commit: after each kill a
// reader finds either the old index or the new one, and every file it names with the sha256 it
// records; the next run finishes the job. The kill comes from the run itself, at a fault point
// (src/fault-point.ts, MFA_CORPUS_FAULT=<step>:<n>), so it lands at the same place every time.

const cli = path.resolve(import.meta.dirname, '../dist/bin/mfa-residency-generate.js')
const seed = 'concept-mfa-data-residency'

let root: string
const at = (...parts: string[]) => path.join(root, ...parts)
const out = () => at('out')

interface Run {
  code: number | null
  signal: string | null
  stderr: string
}

/** The corpus run over `v1` or `v2` of the docs, one thread, killed at `fault` if given. */
function generate(version: 'v1' | 'v2', fault?: `${FaultStep}:${number}`): Promise<Run> {
  const docs = at(version, 'docs-source')
  const args = [cli, '--docs', docs, '--out-dir', out(), '--cache-dir', at('cache'), '--jobs', '1']
  const env = { ...process.env, MFA_CORPUS_FAULT: fault ?? '' }
  return new Promise((resolve) => {
    execFile(process.execPath, args, { env }, (error, _stdout, stderr) => {
      const failed = error as (Error & { code?: number; signal?: string }) | null
      resolve({ code: failed ? (failed.code ?? null) : 0, signal: failed?.signal ?? null, stderr })
    })
  })
}

/** Every file under `dir` with its text, by relative path. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries.filter((entry) => entry.isFile())
  const texts = await Promise.all(
    files.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name)
      return [path.relative(dir, file), await readFile(file, 'utf8')] as const
    }),
  )
  return Object.fromEntries(texts.sort(([a], [b]) => (a < b ? -1 : 1)))
}

/**
 * `from` again at `to`, every file a hard link: the same inode, so the same size and mtime, which
 * the extraction cache checks. Safe to share: a run never changes a file in place, it renames.
 */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)]
    if (entry.isDirectory()) await linkTree(source, target)
    else await link(source, target)
  }
}

/** The output and cache as the last complete run over `v1` left them (or nothing, for a first run). */
async function reset(start: 'v1 output' | 'nothing'): Promise<void> {
  await rm(out(), { recursive: true, force: true })
  await rm(at('cache'), { recursive: true, force: true })
  if (start === 'nothing') return
  await linkTree(at('baseline', 'out'), out())
  await linkTree(at('baseline', 'cache'), at('cache'))
}

/**
 * What a reader finds now: no index or one of `indexes`, and every file it names there with the
 * sha256 it records. Beside them only the folders a reader does not open: stray article files the
 * index does not name, and a staging folder that the next run removes.
 */
async function expectConsistent(indexes: readonly (string | null)[]): Promise<void> {
  const text = await readFile(path.join(out(), 'index.json'), 'utf8').catch(() => null)
  expect(indexes).toContain(text)
  for (const name of await readdir(out()).catch(() => [])) {
    expect(name).toMatch(/^(?:articles|index\.json|\.staging-\d+-\w+)$/)
  }
  for (const name of await readdir(path.join(out(), 'articles')).catch(() => [])) {
    expect(name).toMatch(/^[a-z0-9-]+\.[0-9a-f]{8}\.json$/)
  }
  if (text === null) return
  for (const entry of JSON.parse(text).articles as { file: string; sha256: string }[]) {
    const bytes = await readFile(path.join(out(), entry.file))
    expect(createHash('sha256').update(bytes).digest('hex'), entry.file).toBe(entry.sha256)
  }
}

let v1: Record<string, string>
let v2: Record<string, string>

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'mfa-residency-kill-'))
  // v1: the seed article and two copies. v2: copy-1's English changed, copy-2 gone, copy-3 new.
  const docs = at('v1', 'docs-source')
  await cp(path.join(repoRoot, 'docs-source'), docs, { recursive: true })
  for (const copy of ['copy-1', 'copy-2']) {
    await cp(path.join(docs, 'en', `${seed}.md`), path.join(docs, 'en', `${copy}.md`))
    await cp(path.join(docs, 'sv', `${seed}.txt`), path.join(docs, 'sv', `${copy}.txt`))
  }
  const next = at('v2', 'docs-source')
  await cp(docs, next, { recursive: true })
  const english = path.join(next, 'en', 'copy-1.md')
  await writeFile(english, (await readFile(english, 'utf8')).replace('| China ', '| Hong Kong '))
  for (const [locale, ext] of [
    ['en', 'md'],
    ['sv', 'txt'],
  ] as const) {
    await rename(path.join(next, locale, `copy-2.${ext}`), path.join(next, locale, `copy-3.${ext}`))
  }

  expect(await generate('v1')).toMatchObject({ code: 0, stderr: '' })
  await mkdir(at('baseline'))
  await rename(out(), at('baseline', 'out'))
  await rename(at('cache'), at('baseline', 'cache'))
  v1 = await snapshot(at('baseline', 'out'))
  await reset('v1 output')
  expect(await generate('v2')).toMatchObject({ code: 0, stderr: '' })
  v2 = await snapshot(out())
}, 60_000)

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true })
})

// The update from v1 to v2 extracts 2 articles (the seed is cached), stages their 2 files and the
// index, moves the 2 files in, switches the index, and removes the 2 files it no longer names.
const updateFaults = [
  'discovered:1',
  'extracted:1',
  'extracted:2',
  'staged:1',
  'staged:2',
  'staged:3',
  'moved:1',
  'moved:2',
  'indexed:1',
  'removed:1',
  'removed:2',
  'cached:1',
] as const
// A first run extracts 3 articles and stages 3 files and the index; there is no old index.
const firstRunFaults = ['extracted:2', 'staged:4', 'moved:2', 'indexed:1', 'cached:1'] as const

describe('kill -9 at every step of a corpus run: the index always agrees with its files', () => {
  test('the cases cover every fault point', () => {
    const covered = new Set(updateFaults.map((fault) => fault.split(':')[0]))
    expect([...covered].sort()).toEqual([...faultSteps].sort())
    // v1 to v2 is the change the cases count on: two new article files, two gone.
    const added = Object.keys(v2).filter((file) => !(file in v1))
    const gone = Object.keys(v1).filter((file) => !(file in v2))
    expect(added.map((file) => file.split('.')[0])).toEqual(['articles/copy-1', 'articles/copy-3'])
    expect(gone.map((file) => file.split('.')[0])).toEqual(['articles/copy-1', 'articles/copy-2'])
  })

  test.each(updateFaults)('an update killed at %s', async (fault) => {
    await reset('v1 output')
    const killed = await generate('v2', fault)
    expect(killed).toMatchObject({ signal: 'SIGKILL', code: null })
    await expectConsistent([v1['index.json']!, v2['index.json']!])
    // The next run finishes it: exactly the output of a run never killed, and no staging left.
    expect(await generate('v2')).toMatchObject({ code: 0, stderr: '' })
    expect(await snapshot(out())).toEqual(v2)
    expect((await readdir(out())).sort()).toEqual(['articles', 'index.json'])
  })

  test.each(firstRunFaults)('a first run killed at %s', async (fault) => {
    await reset('nothing')
    const killed = await generate('v1', fault)
    expect(killed).toMatchObject({ signal: 'SIGKILL', code: null })
    await expectConsistent([null, v1['index.json']!])
    expect(await generate('v1')).toMatchObject({ code: 0, stderr: '' })
    expect(await snapshot(out())).toEqual(v1)
    expect((await readdir(out())).sort()).toEqual(['articles', 'index.json'])
  })
})
