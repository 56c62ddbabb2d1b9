import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { buildDataset, serializeDataset } from '../src/build-dataset.js'
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
        description:
          'Learn what personal and organizational data Microsoft Entra multifactor authentication stores about you and your users and what data remains within the country/region of origin.',
        msDate: '2024-11-27',
        url: 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-mfa-data-residency',
        upstream: {
          repository: 'MicrosoftDocs/entra-docs',
          path: 'docs/identity/authentication/concept-mfa-data-residency.md',
          commit: null,
        },
        translationType: null,
        translatedFrom: null,
      },
      sv: {
        path: swedishPath,
        format: 'learn-text',
        sha256: await sha(swedishPath),
        title: 'Datahemvist och kunddata för Microsoft Entra multifaktorautentisering',
        description: null,
        msDate: null,
        url: 'https://learn.microsoft.com/sv-se/entra/identity/authentication/concept-mfa-data-residency',
        // The manifest's upstream is the Learn page, and rendered text carries no metadata.
        upstream: null,
        translationType: null,
        translatedFrom: null,
      },
    })
  })

  test('has 9 headings, 14 paragraphs, 5 tables, 4 lists, 2 notes and no translation gap', () => {
    expect(dataset.schemaVersion).toBe(2)
    expect(dataset.locales).toEqual(['en', 'sv'])
    expect([dataset.tables.length, dataset.lists.length, dataset.notes.length]).toEqual([5, 4, 2])
    expect([dataset.headings.length, dataset.paragraphs.length]).toEqual([9, 14])
    expect(dataset.outline).toHaveLength(9 + 14 + 5 + 4 + 2)
    expect(dataset.translationGaps).toEqual([])
  })

  test('answers where 21Vianet keeps sign-in logs, in both languages, with source lines', () => {
    const table = dataset.tables.find(
      (entry) => entry.id === 'multifactor-authentication-activity-reports-for-sovereign-clouds',
    )!
    const row = table.rows.find((entry) => entry.id === 'microsoft-azure-operated-by-21vianet')!
    expect(row.cells['sign-in-logs']).toEqual({ en: ['China'], sv: ['Kina'] })
    expect(row.source).toEqual({ en: { line: 122, endLine: 122 }, sv: { line: 66, endLine: 66 } })
  })

  test('keeps list items with their lines in both locales, and the store each names', () => {
    expect(dataset.lists[1]!.items[0]).toEqual({
      id: 'blocked-users',
      text: { en: 'Blocked users', sv: 'Blockerade användare' },
      term: { term: 'data-store/blocked-users' },
      mentions: ['data-store/blocked-users'],
      quantities: { en: [], sv: [] },
      links: [],
      source: { en: { line: 35, endLine: 35 }, sv: { line: 10, endLine: 10 } },
    })
  })

  test('keeps the retention and log periods as paragraphs in both languages, with their lines', () => {
    const retention = dataset.paragraphs.find((paragraph) =>
      paragraph.text.en.includes('retained for 90 days'),
    )!
    expect(retention.text).toEqual({
      en: 'This information is retained for 90 days.',
      sv: 'Den här informationen behålls i 90 dagar.',
    })
    expect(retention.source).toEqual({
      en: { line: 41, endLine: 41 },
      sv: { line: 15, endLine: 15 },
    })
    const logs = dataset.paragraphs.find((paragraph) => paragraph.text.en.includes('Log data'))!
    expect(logs.text.en).toContain('Log data is stored for 30 days.')
    expect(logs.text.sv).toContain('Loggdata lagras i 30 dagar.')
    expect(logs.source.en).toEqual({ line: 43, endLine: 43 })
  })

  test('keeps every non-blank line outside the front matter and anchors inside some block', async () => {
    for (const locale of dataset.locales) {
      const lines = (
        await readFile(path.join(repoRoot, dataset.sources[locale].path), 'utf8')
      ).split('\n')
      const spans = [
        ...dataset.headings,
        ...dataset.paragraphs,
        ...dataset.tables,
        ...dataset.lists,
        ...dataset.notes,
      ].flatMap((entity) => (entity.source[locale] ? [entity.source[locale]] : []))
      const frontMatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0
      const outside = lines
        .map((text, index) => ({ text, line: index + 1 }))
        .filter(({ text, line }) => line > frontMatterEnd && text.trim() !== '')
        .filter(({ text }) => !/^<a name=['"][^'"]*['"]><\/a>$/.test(text.trim()))
        .filter(({ line }) => !spans.some((span) => span.line <= line && line <= span.endLine))
      expect(outside, `${locale}: lines in no block`).toEqual([])
    }
  })
})
