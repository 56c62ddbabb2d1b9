import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, test } from 'vitest'
import { datasetFile, run } from './run-cli.js'

/*
 * The acceptance scenario of the history: the English versions from 2019 to the seed are in the
 * repository; the corpus folder adds 2025-06-06 (commit 14d4dbf…), which dropped "Blocked users"
 * from the voice-call rows. In a copy of the repository's documents: import the folder, generate
 * the dataset and its history, and ask the CLI about the result.
 */

const repo = path.resolve(import.meta.dirname, '../../..')
const corpus = path.resolve(repo, '../shared/corpus/en-history')
const present = existsSync(corpus)
if (!present) console.warn(`skipping the history acceptance tests: no corpus at ${corpus}`)

const node = async (script: string, args: string[]) =>
  promisify(execFile)(process.execPath, [path.join(repo, script), ...args], { cwd: repo })

let root = ''
let dataset = ''
const cli = (args: string[], env: Record<string, string> = {}) =>
  run([...args, '--dataset', dataset], env)

describe.runIf(present)('after 2025-06-06 is appended from the corpus', () => {
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'mfa-history-'))
    cpSync(path.join(repo, 'docs-source'), path.join(root, 'docs-source'), { recursive: true })
    dataset = path.join(root, 'dataset.json')
    cpSync(datasetFile, dataset)
    await node('packages/history/dist/cli.js', ['import', '--from', corpus, '--root', root])
    await node('packages/generator/dist/bin/mfa-residency-generate.js', [
      '--root',
      root,
      '--out',
      dataset,
    ])
    // history.json beside the dataset: the CLI finds it there.
    await node('packages/history/dist/cli.js', ['generate', '--root', root, '--dataset', dataset])
  }, 120_000)

  test('the timeline has the version and its commit', async () => {
    const { stdout } = await cli(['history'])
    expect(stdout).toMatch(/^2025-06-06 {2}2025-06-06\.1 {2}en {2}commit 14d4dbf +\d+ major/m)
  })

  test('history <term> says when the store was removed, and by which commit', async () => {
    const { code, stdout } = await cli(['history', 'data-store/blocked-users'])
    expect(code).toBe(0)
    const [own] = stdout.split('\n\n')
    expect(own).toContain('terms/data-store/blocked-users · not in today’s article')
    expect(own).toContain('  removed on 2025-06-06 (commit 14d4dbf)')
    expect(own).toContain('  2025-06-06.1  en  commit 14d4dbf  removed\n    “Blocked users” → –')
    // By its Swedish label too, which today's vocabulary no longer has.
    const sv = await cli(['history', 'Blockerade användare', '--lang', 'sv'])
    expect(sv.stdout).toContain('  borttagen 2025-06-06 (commit 14d4dbf)')
    const json = JSON.parse((await cli(['history', 'blocked users', '--json'])).stdout)
    expect(json[0]).toMatchObject({
      path: 'terms/data-store/blocked-users',
      current: false,
      lastSeen: { key: '2024-11-27.1' },
      removed: { key: '2025-06-06.1', commit: '14d4dbf998504e1002b13492dfb4a1d1f441c047' },
    })
  })

  const query = ['stores', '--event', 'voice call', '--cloud', 'AzureCloud']
  const blocked = 'Blocked users (if fraud was reported)'

  test('stores --as-of 2024-01-01 still lists the store, and says when it went', async () => {
    const { code, stdout } = await cli([...query, '--as-of', '2024-01-01'])
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Blocked users \(if fraud was reported\) +data-store\/blocked-users {3}removed on 2025-06-06 \(commit 14d4dbf\)$/,
      ),
    )
    expect(lines.at(-1)).toBe(
      "as of 2024-01-01: the article's version 2023-09-14.1 (commit presumed)",
    )
    const json = JSON.parse((await cli([...query, '--as-of', '2024-01-01', '--json'])).stdout)
    const store = json.find((each: { term: string }) => each.term === 'data-store/blocked-users')
    expect(store.cases[0].history.removed).toMatchObject({
      key: '2025-06-06.1',
      date: '2025-06-06',
    })
  })

  test('without --as-of it is not listed, and the answer says when it was removed', async () => {
    const { code, stdout } = await cli(query)
    expect(code).toBe(0)
    const [listed, lost] = stdout.split('\n\n')
    expect(listed).not.toContain('Blocked users')
    expect(listed).toContain('data-store/mfa-logs')
    expect(lost).toBe(
      `no longer listed:\n${blocked}   data-store/blocked-users   removed on 2025-06-06 (commit 14d4dbf)\n`,
    )
    const sv = await cli([
      'stores',
      '--händelse',
      'Röstsamtal',
      '--moln',
      'AzureCloud',
      '--lang',
      'sv',
    ])
    expect(sv.stdout).toContain(
      'finns inte längre med:\nBlockerade användare (om bedrägeri rapporterades)   data-store/blocked-users   borttagen 2025-06-06 (commit 14d4dbf)',
    )
    // JSON lists what the version names; what it lost is said on stderr.
    const json = await cli([...query, '--json'])
    const terms = JSON.parse(json.stdout).map((each: { term: string }) => each.term)
    expect(terms).not.toContain('data-store/blocked-users')
    expect(json.stderr).toContain(`${blocked}   data-store/blocked-users   removed on 2025-06-06`)
  })

  test('--as-of the day of the version answers as that version', async () => {
    const { stdout } = await cli([...query, '--as-of', '2025-06-06'])
    expect(stdout.split('\n\n')[0]).not.toContain('Blocked users')
  })

  test('where says when a row changed; show says when a table went', async () => {
    const where = await cli(['where', '--event', 'voice call', '--cloud', 'AzureCloud'])
    expect(where.stdout).toContain('  changed on 2025-06-06 (commit 14d4dbf)\n')
    const shown = await cli(['show', 'data-stored-by-mfa-server'])
    expect(shown.code).toBe(1)
    expect(shown.stderr).toContain(
      'tables/data-stored-by-mfa-server: removed on 2025-06-06 (commit 14d4dbf)',
    )
    const then = await cli(['show', 'data-stored-by-mfa-server', '--as-of', '2025-01-01'])
    expect(then.code).toBe(0)
    expect(then.stdout).toContain('\nremoved on 2025-06-06 (commit 14d4dbf)\n')
  })

  test('where lists the rows it no longer answers; a term no longer there says when it went', async () => {
    const where = await cli(['where', '--event', 'voice call'])
    expect(where.code).toBe(0)
    expect(where.stdout).toContain(
      '\n\nno longer in this answer:\nData stored by MFA Server · voice-call: removed on 2025-06-06 (commit 14d4dbf)\n',
    )
    const json = await cli(['where', '--event', 'voice call', '--json'])
    const tables = JSON.parse(json.stdout).map((answer: { table: string }) => answer.table)
    expect(tables).not.toContain('data-stored-by-mfa-server')
    expect(json.stderr).toContain('Data stored by MFA Server · voice-call: removed on 2025-06-06')
    const gone = await cli(['stores', '--store', 'blocked users'])
    expect(gone.code).toBe(2)
    expect(gone.stderr).toContain(
      'no data-store is called "blocked users" (`mfa-residency terms --kind data-store` lists them); "blocked users": removed on 2025-06-06 (commit 14d4dbf)',
    )
  })

  test('a search that finds nothing today says when the text was last there', async () => {
    const result = await cli(['search', 'Blocked users'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      '"Blocked users" was last in the article on 2024-11-27: removed on 2025-06-06 (commit 14d4dbf)',
    )
  })

  test('a history that is not the dataset’s is refused; none beside it is a usage error', async () => {
    const foreign = await cli([
      'history',
      '--history',
      path.join(repo, 'packages/dataset/data/history.json'),
    ])
    expect(foreign.code).toBe(2)
    expect(foreign.stderr).toContain('is not the history of this dataset')
    const alone = mkdtempSync(path.join(tmpdir(), 'mfa-history-'))
    cpSync(dataset, path.join(alone, 'dataset.json'))
    const bare = await run([
      'stores',
      '--cloud',
      'AzureCloud',
      '--as-of',
      '2024-01-01',
      '--dataset',
      path.join(alone, 'dataset.json'),
    ])
    expect(bare.code).toBe(2)
    expect(bare.stderr).toContain('--as-of needs the history of')
  })
})
