import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { History, HistoryQueries } from '@mfa-residency/dataset/history-queries'
import { extractDataset, vocabularyOf } from '@mfa-residency/generator'
import { readManifest } from '@mfa-residency/repository'
import { beforeAll, describe, expect, test } from 'vitest'
import { copyRepository, corpusDir, generate, runHistory } from './repository-copy.js'
import { withoutIds } from './without-ids.js'

// The 2025-06-06 versions are newer than the committed documents: they are imported into a copy.
if (!corpusDir)
  console.warn('history import suite skipped: ../shared/corpus not found (set MFA_CORPUS_DIR)')

const blockedUsers =
  'lists/personal-data-stored-by-microsoft-entra-multifactor-authentication/items/blocked-users'
const englishPath = 'docs-source/en/concept-mfa-data-residency.md'
describe.skipIf(!corpusDir)('importing the English history from the corpus folder', () => {
  let root: string
  let history: HistoryQueries
  let imported: { stdout: string; code: number }
  beforeAll(async () => {
    root = await copyRepository()
    imported = await runHistory([
      'import',
      '--root',
      root,
      '--from',
      path.join(corpusDir!, 'en-history'),
    ])
    history = await generate(root)
  }, 300_000)

  test('appends the versions newer than the seed, and makes the newest the current document', async () => {
    expect(imported.code).toBe(0)
    expect(imported.stdout).toContain(
      'skipped 2021-06-03_b.md: reconstructed, a test fixture only\n',
    )
    expect(imported.stdout).toContain(
      'added en 2025-06-06.1 (14d4dbf998504e1002b13492dfb4a1d1f441c047)',
    )
    expect(imported.stdout).toContain('8 already recorded\n')
    expect(imported.stdout).toContain('the current en document is now the newest version')
    expect(await readFile(path.join(root, englishPath))).toEqual(
      await readFile(path.join(corpusDir!, 'en-history/2025-06-06_f3f8c28.md')),
    )
    const versions = history.versions.filter((version) => version.locale === 'en')
    expect(versions.map((version) => version.key)).toEqual([
      '2019-12-12.1',
      '2019-12-16.1',
      '2020-04-13.1',
      '2021-01-14.1',
      '2021-01-14.2',
      '2021-06-03.1',
      '2023-01-29.1',
      '2023-09-14.1',
      '2024-11-27.1',
      '2025-06-06.1',
      '2025-06-06.2',
      '2025-06-06.3',
    ])
  })

  test('shows the Blocked users item removed on 2025-06-06, with its commit', () => {
    const [item] = history.historyOf(blockedUsers)
    expect(item).toMatchObject({
      current: false,
      firstSeen: { key: '2019-12-12.1' },
      lastSeen: { key: '2024-11-27.1', date: '2024-11-27' },
    })
    expect(item?.changes.filter((change) => change.locale === 'en')).toEqual([
      {
        key: '2025-06-06.1',
        locale: 'en',
        date: '2025-06-06',
        commit: '14d4dbf998504e1002b13492dfb4a1d1f441c047',
        path: blockedUsers,
        kind: 'removed',
        before: 'Blocked users',
        after: null,
        level: 'major',
      },
    ])
  })

  test('a second import of the same folder records nothing new', async () => {
    const before = await readFile(path.join(root, 'docs-source/history/en/versions.json'), 'utf8')
    const again = await runHistory([
      'import',
      '--root',
      root,
      '--from',
      path.join(corpusDir!, 'en-history'),
    ])
    expect(again.stdout).toContain('11 already recorded\n')
    expect(await readFile(path.join(root, 'docs-source/history/en/versions.json'), 'utf8')).toBe(
      before,
    )
  })

  test('asOf each new day is the dataset of its last version alone, once ids are mapped', async () => {
    const manifest = await readManifest(root)
    const raw = JSON.parse(await readFile(path.join(root, 'data/history.json'), 'utf8')) as History
    const point = raw.timeline.findLast((entry) => entry.date === '2025-06-06')!
    expect(point).toMatchObject({
      locale: 'en',
      key: '2025-06-06.3',
      bases: { sv: '2021-01-14.2' },
    })
    const read = async (locale: string, key: string) => {
      const { versions } = JSON.parse(
        await readFile(path.join(root, 'docs-source/history', locale, 'versions.json'), 'utf8'),
      ) as { versions: { key: string; file: string; format: 'gfm' | 'learn-text' }[] }
      const version = versions.find((entry) => entry.key === key)!
      const bytes = await readFile(path.join(root, version.file))
      return { doc: { locale, format: version.format, path: version.file }, bytes }
    }
    const files = await Promise.all(
      Object.entries(point.inForce).map(([locale, key]) => read(locale, key)),
    )
    const translationBases = new Map([['sv', await read('en', point.bases.sv!)]])
    const vocabulary = vocabularyOf(root, manifest)
    const alone = extractDataset(manifest, files, { vocabulary, translationBases }).dataset
    expect(withoutIds(history.asOf('2025-06-06'))).toEqual(withoutIds(alone))
  })
})
