import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { publint } from 'publint'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

// The package as npm users get it: packed by pnpm, installed from the tarball into a new project.
const exec = promisify(execFile)
const require = createRequire(import.meta.url)
const packageDir = path.resolve(import.meta.dirname, '..')
const bin = (name: string) => path.join(packageDir, 'node_modules/.bin', name)
const tsc = require.resolve('typescript/bin/tsc')

/** pnpm as this run got it (`pnpm test` puts it in npm_execpath), or through npx. */
const pnpm = (args: string[], cwd: string) =>
  process.env.npm_execpath?.includes('pnpm')
    ? exec(process.execPath, [process.env.npm_execpath, ...args], { cwd })
    : exec('npx', ['-y', 'pnpm@10.34.8', ...args], { cwd })

let work: string
let tarball: string

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'mfa-residency-pack-'))
  await pnpm(['pack', '--pack-destination', work], packageDir)
  const [name] = (await readdir(work)).filter((file) => file.endsWith('.tgz'))
  tarball = path.join(work, name!)
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

test('the tarball holds exactly the data, the schema, the built code, types and docs', async () => {
  const { stdout } = await exec('tar', ['-tzf', tarball])
  expect(stdout.trim().split('\n').sort()).toEqual([
    'package/LICENSE',
    'package/README.md',
    'package/data/corpus-index.schema.json',
    'package/data/dataset.json',
    'package/data/dataset.schema.json',
    'package/data/history.json',
    'package/data/history.schema.json',
    'package/data/vocabulary.schema.json',
    'package/dist/at-a-glance.cjs',
    'package/dist/at-a-glance.d.cts',
    'package/dist/at-a-glance.d.ts',
    'package/dist/at-a-glance.js',
    'package/dist/corpus-index.generated.d.cts',
    'package/dist/corpus-index.generated.d.ts',
    'package/dist/corpus-index.generated.js',
    'package/dist/history-entities.cjs',
    'package/dist/history-entities.d.cts',
    'package/dist/history-entities.d.ts',
    'package/dist/history-entities.js',
    'package/dist/history-parts.cjs',
    'package/dist/history-parts.d.cts',
    'package/dist/history-parts.d.ts',
    'package/dist/history-parts.js',
    'package/dist/history-queries.cjs',
    'package/dist/history-queries.d.cts',
    'package/dist/history-queries.d.ts',
    'package/dist/history-queries.js',
    'package/dist/history-snapshot.cjs',
    'package/dist/history-snapshot.d.cts',
    'package/dist/history-snapshot.d.ts',
    'package/dist/history-snapshot.js',
    'package/dist/history.cjs',
    'package/dist/history.d.cts',
    'package/dist/history.d.ts',
    'package/dist/history.generated.d.cts',
    'package/dist/history.generated.d.ts',
    'package/dist/history.generated.js',
    'package/dist/history.js',
    'package/dist/ids.generated.d.cts',
    'package/dist/ids.generated.d.ts',
    'package/dist/ids.generated.js',
    'package/dist/index.cjs',
    'package/dist/index.d.cts',
    'package/dist/index.d.ts',
    'package/dist/index.js',
    'package/dist/paths.cjs',
    'package/dist/paths.d.cts',
    'package/dist/paths.d.ts',
    'package/dist/paths.js',
    'package/dist/provenance.cjs',
    'package/dist/provenance.d.cts',
    'package/dist/provenance.d.ts',
    'package/dist/provenance.js',
    'package/dist/terms.cjs',
    'package/dist/terms.d.cts',
    'package/dist/terms.d.ts',
    'package/dist/terms.js',
    'package/dist/types.generated.d.cts',
    'package/dist/types.generated.d.ts',
    'package/dist/types.generated.js',
    'package/dist/vocabulary.cjs',
    'package/dist/vocabulary.d.cts',
    'package/dist/vocabulary.d.ts',
    'package/dist/vocabulary.js',
    'package/package.json',
  ])
})

test('publint finds nothing to fix in the tarball', async () => {
  const bytes = await readFile(tarball)
  const tarballBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  const { messages } = await publint({
    pkgDir: 'package',
    level: 'suggestion',
    pack: { tarball: tarballBuffer },
  })
  expect(messages).toEqual([])
})

// The node16 profile leaves out TypeScript's legacy node10 resolution, which ignores `exports` and so
// cannot find the ./paths, ./terms and JSON subpaths; the package needs Node 20, and its main entry resolves
// under node10 too (attw's full report shows it).
test('are-the-types-wrong finds no problem under import, require and bundlers', async () => {
  // Exits 0 only when the profile has no problem; a failure would throw here.
  const { stdout } = await exec(bin('attw'), [tarball, '--format', 'json', '--profile', 'node16'])
  const { problems } = (
    JSON.parse(stdout) as {
      analysis: { problems: { entrypoint: string; resolutionKind: string }[] }
    }
  ).analysis
  expect(problems.map((problem) => `${problem.entrypoint} ${problem.resolutionKind}`)).toEqual([
    './paths node10',
    './terms node10',
    './history node10',
    './history-queries node10',
    './dataset.json node10',
    './dataset.schema.json node10',
    './history.json node10',
    './history.schema.json node10',
    './vocabulary.schema.json node10',
    './corpus-index.schema.json node10',
  ])
})

describe('a consumer project with the tarball installed', () => {
  let consumer: string
  beforeAll(async () => {
    consumer = path.join(work, 'consumer')
    await mkdir(consumer)
    await writeFile(
      path.join(consumer, 'package.json'),
      '{ "name": "consumer", "private": true }\n',
    )
    await exec('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], {
      cwd: consumer,
    })
  })

  const node = async (file: string, source: string) => {
    await writeFile(path.join(consumer, file), source)
    return (await exec(process.execPath, [file], { cwd: consumer })).stdout.trim()
  }

  test('import (ESM)', async () => {
    const out = await node(
      'esm.mjs',
      `import { lookup, tables } from '@mfa-residency/dataset'
import { parsePath } from '@mfa-residency/dataset/paths'
const cell = lookup('multifactor-authentication-activity-reports-for-sovereign-clouds', 'microsoft-azure-operated-by-21vianet', 'sign-in-logs', 'sv')
console.log(tables.length, cell.values[0], cell.status, parsePath('lists/a/items/b').item)`,
    )
    expect(out).toBe('5 Kina current b')
  })

  test('require (CommonJS)', async () => {
    const out = await node(
      'cjs.cjs',
      `const { getTable, dataset } = require('@mfa-residency/dataset')
const { rowPath } = require('@mfa-residency/dataset/paths')
const schema = require('@mfa-residency/dataset/dataset.schema.json')
console.log(getTable('data-stored-by-mfa-server').rows.length, dataset.schemaVersion, schema.title, rowPath('t', 'r'))`,
    )
    expect(out).toBe('4 2 Dataset tables/t/rows/r')
  })

  test('the vocabulary API, ./terms and the vocabulary schema, from import and require', async () => {
    const esm = await node(
      'terms.mjs',
      `import { dataset, findTerms, getTerm, where } from '@mfa-residency/dataset'
import { normalizeName } from '@mfa-residency/dataset/terms'
const rows = where(dataset, { cloud: 'AzureUSGovernment', event: 'voice call' })
console.log(rows.length, getTerm('cloud/azure-china').code, findTerms(dataset, 'Kina')[0].code, normalizeName('in the customer\u2019s region.'))`,
    )
    expect(esm).toBe("1 AzureChinaCloud CN in the customer's region")
    const cjs = await node(
      'terms.cjs',
      `const { UnknownTermError, where, dataset } = require('@mfa-residency/dataset')
const { foldCase } = require('@mfa-residency/dataset/terms')
const schema = require('@mfa-residency/dataset/vocabulary.schema.json')
let thrown = null
try { where(dataset, { cloud: 'Atlantis' }) } catch (error) { thrown = error }
console.log(thrown instanceof UnknownTermError, foldCase('AZURE'), schema.title)`,
    )
    expect(cjs).toBe('true azure Vocabulary')
  })

  test('import … with { type: "json" } of ./dataset.json', async () => {
    const out = await node(
      'json.mjs',
      `import data from '@mfa-residency/dataset/dataset.json' with { type: 'json' }
console.log(data.locales.join(','), data.tables[4].rows[0].cells['sign-in-logs'].en[0])`,
    )
    expect(out).toBe('en,sv China')
  })

  test.each(['node16', 'bundler'])(
    'TypeScript with moduleResolution %s type-checks',
    async (resolution) => {
      await writeFile(
        path.join(consumer, 'use.ts'),
        `import { type Cell, getTable, getTerm, lookup, type Table, type Term, type TranslationStatus } from '@mfa-residency/dataset'
import { type EntityPath, parsePath } from '@mfa-residency/dataset/paths'
const table: Table = getTable('data-stored-by-mfa-server')
// @ts-expect-error an id that is no TableId may find nothing
const typo: Table = getTable('data-stored-by-mfa-servr')
const term: Term = getTerm('cloud/azure-china')
const cell: Cell | undefined = table.rows[0]?.cells['data-store-type'] ?? typo.rows[0]?.cells.x
const found = lookup('a', 'b', 'c', 'sv')
const values: (string | null)[] | null | undefined = found?.values
const status: TranslationStatus | undefined = found?.status
const place: EntityPath | null = parsePath('tables/a')
export const count: number = (cell?.en.length ?? 0) + (values?.length ?? 0) + (status ? 1 : 0) + (place ? 1 : 0) + term.id.length
`,
      )
      const config = {
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: resolution === 'node16' ? 'node16' : 'esnext',
          moduleResolution: resolution,
          target: 'es2022',
          skipLibCheck: false,
          types: [],
        },
        files: ['use.ts'],
      }
      await writeFile(path.join(consumer, `tsconfig.${resolution}.json`), JSON.stringify(config))
      const run = await exec(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], {
        cwd: consumer,
      }).catch((error: { stdout: string; code: number }) => error)
      expect(run.stdout).toBe('')
    },
  )
})
