import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Dataset } from '@mfa-residency/dataset'
import { createHistory, type History } from '@mfa-residency/dataset/history-queries'
import { extractDataset, vocabularyOf } from '@mfa-residency/generator'
import { readManifest } from '@mfa-residency/repository'
import { Ajv } from 'ajv'
import { beforeAll, describe, expect, test } from 'vitest'
import { readVersions } from '../src/version-record.js'
import { committedDataset, committedHistory, repoRoot, runHistory } from './repository-copy.js'
import { withoutIds } from './without-ids.js'

// The committed ledger, built from the committed versions in docs-source/history: no corpus needed.
let text: string
let history: History
beforeAll(async () => {
  text = await readFile(committedHistory, 'utf8')
  history = JSON.parse(text)
})

const blockedUsers =
  'lists/personal-data-stored-by-microsoft-entra-multifactor-authentication/items/blocked-users'

describe('the committed ledger', () => {
  test('matches its schema and stays within three times the size of dataset.json', async () => {
    const schema = JSON.parse(
      await readFile(path.join(repoRoot, 'packages/dataset/data/history.schema.json'), 'utf8'),
    )
    const validate = new Ajv().compile(schema)
    expect(validate(history), JSON.stringify(validate.errors)).toBe(true)
    const datasetBytes = (await readFile(committedDataset)).length
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(3 * datasetBytes)
  })

  test('is what docs:history generate writes, byte for byte, and --check finds it current', async () => {
    const out = path.join(
      await mkdtemp(path.join(tmpdir(), 'mfa-residency-ledger-')),
      'history.json',
    )
    const run = await runHistory(['generate', '--dataset', committedDataset, '--out', out])
    expect(run).toMatchObject({
      code: 0,
      stdout: `wrote ${out}: 13 versions, ${Buffer.byteLength(text)} bytes\n`,
    })
    expect(await readFile(out, 'utf8')).toBe(text)
    const again = await runHistory(['generate', '--dataset', committedDataset, '--out', out])
    expect(again.stdout).toBe(`${out} is up to date\n`)
    expect((await runHistory(['generate', '--check'])).code).toBe(0)
  })

  test('--check fails on a history whose content is stale, and writes nothing', async () => {
    const out = path.join(
      await mkdtemp(path.join(tmpdir(), 'mfa-residency-ledger-')),
      'history.json',
    )
    const stale = text.replace('"date":"2019-12-16"', '"date":"2019-12-17"')
    expect(stale).not.toBe(text)
    await writeFile(out, stale)
    const run = await runHistory([
      'generate',
      '--check',
      '--dataset',
      committedDataset,
      '--out',
      out,
    ])
    expect(run).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `${out} is stale: run \`pnpm generate\`\n`,
    })
    expect(await readFile(out, 'utf8')).toBe(stale)
  })

  test('follows the Blocked users item from the 2019 predecessor to today', () => {
    const [item] = createHistory(history).historyOf(blockedUsers)
    expect(item).toMatchObject({
      path: blockedUsers,
      current: true,
      firstSeen: { key: '2019-12-12.1', locale: 'en', date: '2019-12-12' },
      lastSeen: { key: history.timeline.at(-1)?.key },
    })
    expect(item?.changes.filter((change) => change.kind === 'removed')).toEqual([])
  })

  test('ends with today’s dataset, exactly', async () => {
    const queries = createHistory(history)
    const last = history.timeline.at(-1)!
    expect(queries.atVersion(last.locale, last.key)).toEqual(
      JSON.parse(await readFile(committedDataset, 'utf8')),
    )
  })
})

describe('asOf, for every version', async () => {
  const manifest = await readManifest(repoRoot)
  const vocabulary = vocabularyOf(repoRoot, manifest)
  const records = new Map(
    await Promise.all(
      ['en', 'sv'].map(
        async (locale) =>
          [locale, (await readVersions(repoRoot, manifest.history!, locale))!.versions] as const,
      ),
    ),
  )
  const points = (JSON.parse(await readFile(committedHistory, 'utf8')) as History).timeline

  const read = async (locale: string, key: string) => {
    const version = records.get(locale)!.find((record) => record.key === key)!
    const bytes = await readFile(path.join(repoRoot, version.file))
    return { doc: { locale, format: version.format, path: version.file }, bytes }
  }

  /**
   * The dataset of these versions alone: no memory, so every id minted afresh; each translation
   * read through the English it translates (`--translation-base`), as the point records.
   */
  async function alone(point: History['timeline'][number]): Promise<Dataset> {
    const files = await Promise.all(
      Object.entries(point.inForce).map(([locale, key]) => read(locale, key)),
    )
    const bases = await Promise.all(
      Object.entries(point.bases).map(
        async ([locale, key]) => [locale, await read('en', key)] as const,
      ),
    )
    return extractDataset(manifest, files, { vocabulary, translationBases: new Map(bases) }).dataset
  }

  test.each(points.map((point) => [`${point.locale} ${point.key}`, point] as const))(
    '%s equals the dataset generated from its versions alone, once ids are mapped',
    async (_, point) => {
      const queries = createHistory(history)
      const made = queries.atVersion(point.locale, point.key)
      expect(withoutIds(made)).toEqual(withoutIds(await alone(point)))
      const last = points.filter((other) => other.date === point.date).at(-1)!
      if (last === point) expect(queries.asOf(point.date)).toEqual(made)
    },
  )
})
