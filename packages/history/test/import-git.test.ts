import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { HistoryQueries } from '@mfa-residency/dataset/history-queries'
import { beforeAll, describe, expect, test } from 'vitest'
import { parseIndex } from '../src/corpus-index.js'
import { copyRepository, corpusDir, generate, runHistory } from './repository-copy.js'

if (!corpusDir)
  console.warn('history git import suite skipped: ../shared/corpus not found (set MFA_CORPUS_DIR)')

const exec = promisify(execFile)
const older = 'articles/active-directory/authentication/concept-mfa-privacy-sovereignty.md'
const current = 'articles/active-directory/authentication/concept-mfa-data-residency.md'

/**
 * An upstream clone built from the corpus's English versions up to the seed, each committed on
 * its date, the first under the predecessor article's name and renamed before the second.
 */
async function buildClone(): Promise<string> {
  const clone = await mkdtemp(path.join(tmpdir(), 'mfa-residency-clone-'))
  const git = (args: string[], date: string) =>
    exec('git', ['-C', clone, ...args], {
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: `${date}T12:00:00Z`,
        GIT_COMMITTER_DATE: `${date}T12:00:00Z`,
        GIT_AUTHOR_NAME: 'docs',
        GIT_AUTHOR_EMAIL: 'docs@example.com',
        GIT_COMMITTER_NAME: 'docs',
        GIT_COMMITTER_EMAIL: 'docs@example.com',
      },
    })
  await git(['init', '--quiet', '--initial-branch=main'], '2019-12-01')
  const folder = path.join(corpusDir!, 'en-history')
  const rows = parseIndex(await readFile(path.join(folder, 'index.tsv'), 'utf8'), 'index.tsv')
  await mkdir(path.join(clone, path.dirname(current)), { recursive: true })
  let file = older
  for (const row of rows.filter(
    (entry) => !/reconstructed/.test(entry.note) && entry.msDate! <= '2024-11-27',
  )) {
    if (row.msDate! > '2019-12-12' && file === older) {
      await git(['mv', older, current], row.msDate!)
      await git(['commit', '--quiet', '-m', 'Rename the article'], row.msDate!)
      file = current
    }
    await writeFile(path.join(clone, file), await readFile(path.join(folder, row.file)))
    await git(['add', file], row.msDate!)
    await git(['commit', '--quiet', '-m', `Version of ${row.msDate}`], row.msDate!)
  }
  return clone
}

/** A copy whose English history is only its current document, to import into. */
async function withoutEnglishHistory(): Promise<string> {
  const root = await copyRepository()
  await rm(path.join(root, 'docs-source/history/en'), { recursive: true })
  return root
}

const withoutCommits = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value, (key, child) =>
      key === 'commit' || key === 'upstream' ? undefined : child,
    ),
  )

describe.skipIf(!corpusDir)('importing from a git clone', () => {
  let fromGit: HistoryQueries
  let fromFolder: HistoryQueries
  let imported: { code: number; stdout: string; stderr: string }
  let gitRoot: string
  beforeAll(async () => {
    const clone = await buildClone()
    gitRoot = await withoutEnglishHistory()
    imported = await runHistory(['import', '--root', gitRoot, '--git', clone, '--path', current])
    fromGit = await generate(gitRoot)
    const folderRoot = await withoutEnglishHistory()
    await runHistory([
      'import',
      '--root',
      folderRoot,
      '--from',
      path.join(corpusDir!, 'en-history'),
      '--until',
      'current',
    ])
    fromFolder = await generate(folderRoot)
  }, 300_000)

  test('follows the file through its rename, one version per commit, identical content once', () => {
    expect(imported.code, imported.stderr).toBe(0)
    const english = fromGit.versions.filter((version) => version.locale === 'en')
    expect(english.map((version) => [version.key, version.path])).toEqual([
      ['2019-12-12.1', older],
      ['2019-12-16.1', current],
      ['2020-04-13.1', current],
      ['2021-01-14.1', current],
      ['2021-01-14.2', current],
      ['2021-06-03.1', current],
      ['2023-01-29.1', current],
      ['2023-09-14.1', current],
      ['2024-11-27.1', 'docs/identity/authentication/concept-mfa-data-residency.md'],
    ])
    expect(
      english.slice(0, -1).every((version) => /^[0-9a-f]{40}$/.test(version.commit ?? '')),
    ).toBe(true)
  })

  test('gives the same ledger as the import from the folder, apart from the commit fields', () => {
    const strip = (history: HistoryQueries) =>
      history.versions.map(({ key, locale, date, dateSource, sha256 }) => ({
        key,
        locale,
        date,
        dateSource,
        sha256,
      }))
    expect(strip(fromGit)).toEqual(strip(fromFolder))
    expect(withoutCommits(fromGit.timeline())).toEqual(withoutCommits(fromFolder.timeline()))
    for (const version of fromGit.versions)
      expect(withoutCommits(fromGit.atVersion(version.locale, version.key))).toEqual(
        withoutCommits(fromFolder.atVersion(version.locale, version.key)),
      )
  })

  test('a second import, from the folder, appends to the same history and repeats nothing', async () => {
    const again = await runHistory([
      'import',
      '--root',
      gitRoot,
      '--from',
      path.join(corpusDir!, 'en-history'),
      '--until',
      'current',
    ])
    expect(again).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('8 already recorded\n'),
    })
    expect(again.stdout).not.toContain('added')
  })
})
