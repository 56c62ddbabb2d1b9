import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { buildDataset, serializeDataset } from '../src/build-dataset.js'
import { summarizeChanges } from '../src/summarize-changes.js'
import { committedDataset, englishPath, repoRoot, swedishPath } from './repo.js'

describe('the dataset built from docs-source/', async () => {
  const dataset = await buildDataset(repoRoot)
  const text = serializeDataset(dataset)

  test('is what is committed (golden file), so the committed data is never stale', async () => {
    expect(text).toBe(await readFile(committedDataset, 'utf8'))
  })

  test('is byte-identical when built again', async () => {
    expect(serializeDataset(await buildDataset(repoRoot))).toBe(text)
  })

  test('records each source with its hash, title and date', async () => {
    const sha = async (file: string) =>
      createHash('sha256')
        .update(await readFile(path.join(repoRoot, file)))
        .digest('hex')
    expect(dataset.sources).toEqual({
      en: {
        path: englishPath,
        format: 'gfm',
        sha256: await sha(englishPath),
        title: 'Data residency and customer data for Microsoft Entra multifactor authentication',
        msDate: '2024-11-27',
      },
      sv: {
        path: swedishPath,
        format: 'learn-text',
        sha256: await sha(swedishPath),
        title: 'Datahemvist och kunddata för Microsoft Entra multifaktorautentisering',
        msDate: null,
      },
    })
  })

  test('has 5 tables, 4 lists, 2 notes and no translation gap', () => {
    expect(dataset.schemaVersion).toBe(1)
    expect(dataset.locales).toEqual(['en', 'sv'])
    expect([dataset.tables.length, dataset.lists.length, dataset.notes.length]).toEqual([5, 4, 2])
    expect(dataset.translationGaps).toEqual([])
  })

  test('answers where 21Vianet keeps sign-in logs, in both languages, with source lines', () => {
    const table = dataset.tables.find(
      (entry) => entry.id === 'multifactor-authentication-activity-reports-for-sovereign-clouds',
    )!
    const row = table.rows.find((entry) => entry.id === 'microsoft-azure-operated-by-21vianet')!
    expect(row.cells['sign-in-logs']).toEqual({ en: ['China'], sv: ['Kina'] })
    expect(row.source).toEqual({ en: { line: 122 }, sv: { line: 66 } })
  })

  test('keeps list items with their lines in both locales', () => {
    expect(dataset.lists[1]!.items[0]).toEqual({
      en: 'Blocked users',
      sv: 'Blockerade användare',
      source: { en: { line: 35 }, sv: { line: 10 } },
    })
  })
})

test('summarizeChanges names what a regeneration changed', async () => {
  const before = await buildDataset(repoRoot)
  const after = structuredClone(before)
  after.tables[0]!.rows[0]!.cells['event-type']!.en = ['OATH hardware token']
  after.lists.pop()
  expect(summarizeChanges(before, after)).toEqual([
    'tables changed: data-stored-by-microsoft-entra-multifactor-authentication',
    'lists removed: organizational-data-stored-by-microsoft-entra-multifactor-authentication-2',
  ])
  expect(summarizeChanges(null, after)).toEqual(['new dataset: 5 tables, 3 lists, 2 notes'])
})
