import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Dataset } from '@mfa-residency/dataset'
import { MANIFEST_PATH, parseManifest } from '@mfa-residency/repository'
import { describe, expect, test } from 'vitest'
import { assertValidArticle } from '../src/article-schema.js'
import { extractDataset } from '../src/build-dataset.js'
import { withTermFields } from '../src/older-datasets.js'
import { assertValidDataset } from '../src/validate-dataset.js'
import { readVocabulary } from '../src/vocabulary/read-vocabulary.js'
import { committedDataset, repoRoot } from './repo.js'
import { englishText, swedishText } from './seeds.js'

// Links, footnotes and footnote marks come from the current English on every run: they are the
// source locale's, and the memory only carries ids and translations.

const vocabularyFile = 'docs-source/vocabulary.yaml'
const vocabulary = readVocabulary(path.join(repoRoot, vocabularyFile), vocabularyFile)
const committed = JSON.parse(readFileSync(committedDataset, 'utf8')) as Dataset
const encode = (text: string) => new TextEncoder().encode(text)
// The manifest's entries, with their page and upstream URLs, as `pnpm generate` reads them.
const manifest = parseManifest(readFileSync(path.join(repoRoot, MANIFEST_PATH), 'utf8'))
const manifestDoc = (locale: string) => manifest.docs.find((doc) => doc.locale === locale)!

/** The dataset for an edited English and the Swedish seed, with `memory` as the last output. */
function generate(english: string, memory: Dataset | null = committed): Dataset {
  return extractDataset(
    { sourceLocale: 'en' },
    [
      { doc: manifestDoc('en'), bytes: encode(english) },
      {
        doc: manifestDoc('sv'),
        bytes: encode(swedishText),
      },
    ],
    { memory, vocabulary },
  ).dataset
}

const migrationNote = (dataset: Dataset) => dataset.notes.find((note) => note.kind === 'important')!
const sovereign = (dataset: Dataset) =>
  dataset.tables.find((table) => table.id.endsWith('sovereign-clouds'))!

describe('links', () => {
  test('the migration note has its three links, in order, as the English writes them', () => {
    expect(migrationNote(committed).links).toEqual([
      {
        text: 'migrate their users’ authentication data',
        url: 'how-to-migrate-mfa-server-to-mfa-user-authentication.md',
      },
      {
        text: 'Azure MFA Server update',
        url: 'https://www.microsoft.com/download/details.aspx?id=55849',
      },
      { text: 'Azure MFA Server Migration', url: 'how-to-migrate-mfa-server-to-azure-mfa.md' },
    ])
    expect(committed.paragraphs.flatMap((paragraph) => paragraph.links)).toHaveLength(2)
    for (const list of committed.lists)
      for (const item of list.items) expect(item.links).toEqual([])
  })

  test('a new link target is taken from the English, and leaves the translation current', () => {
    const moved = englishText.replace(
      '(how-to-migrate-mfa-server-to-azure-mfa.md)',
      '(https://elsewhere.example/migrate)',
    )
    const dataset = generate(moved)
    expect(migrationNote(dataset).links.at(-1)).toEqual({
      text: 'Azure MFA Server Migration',
      url: 'https://elsewhere.example/migrate',
    })
    expect(migrationNote(dataset).text).toEqual(migrationNote(committed).text)
    expect(dataset.translationGaps).toEqual([])
  })

  test('nothing stale comes from the memory: not its links, footnotes or marks', () => {
    const memory = structuredClone(committed)
    migrationNote(memory).links = [{ text: 'old', url: 'https://stale.example' }]
    memory.paragraphs[0]!.footnote = '9'
    const row = sovereign(memory).rows[0]!
    row.marks = Object.fromEntries(Object.keys(row.cells).map((column) => [column, [['9']]]))
    const dataset = generate(englishText, memory)
    expect(migrationNote(dataset).links).toEqual(migrationNote(committed).links)
    expect(dataset.paragraphs[0]).not.toHaveProperty('footnote')
    expect(sovereign(dataset).rows[0]).not.toHaveProperty('marks')
  })
})

describe('footnotes and their marks', () => {
  // Marks on two values, one in a column whose label is reworded (its id is kept from the memory,
  // so the marks move with the cells), and the footnote paragraph below the table.
  const marked = englishText
    .replace('| Sign-in logs                         |', '| Sign-in log location                 |')
    .replace('| China                                |', '| China<sup>1</sup>                    |')
    .replace(
      '| Microsoft Government Cloud           | United States                        | United States                              | United States  ',
      '| Microsoft Government Cloud           | United States                        | United States                              | United States <sup>2</sup>',
    )
    .replace(
      '\n## Next steps',
      '\n<sup>1</sup>Sign-in logs of 21Vianet stay in China.\n\n<sup>2</sup>Voice calls are logged in the US.\n\n## Next steps',
    )
  const dataset = generate(marked)
  const table = sovereign(dataset)

  test('a marked value keeps its text and its term; the mark is kept apart, by column', () => {
    const [china, government] = table.rows
    const [cloud, signIn, activity, service] = table.columns.map((column) => column.id)
    expect(signIn).toBe('sign-in-logs')
    expect(china!.cells[signIn!]).toEqual({ en: ['China'], sv: ['Kina'] })
    expect(china!.terms[signIn!]).toEqual([{ term: 'location/china' }])
    expect(china!.marks).toEqual({
      [cloud!]: [[]],
      [signIn!]: [['1']],
      [activity!]: [[]],
      [service!]: [[]],
    })
    expect(government!.marks?.[service!]).toEqual([['2']])
    expect(Object.keys(china!.marks!)).toEqual(Object.keys(china!.cells))
    expect(Object.keys(china!)).toEqual(['id', 'cells', 'terms', 'marks', 'source'])
  })

  test('a footnote is a paragraph with its mark, its text without it', () => {
    const footnotes = dataset.paragraphs.filter((paragraph) => paragraph.footnote !== undefined)
    expect(footnotes.map(({ footnote, text }) => [footnote, text.en])).toEqual([
      ['1', 'Sign-in logs of 21Vianet stay in China.'],
      ['2', 'Voice calls are logged in the US.'],
    ])
    expect(Object.keys(footnotes[0]!)).toEqual([
      'id',
      'section',
      'text',
      'mentions',
      'quantities',
      'footnote',
      'links',
      'source',
    ])
  })

  test('the published schema and a corpus article schema both accept them', async () => {
    expect(() => assertValidDataset(dataset)).not.toThrow()
    await expect(assertValidArticle(dataset, 'en', 'article.json')).resolves.toBeUndefined()
    const wrong = structuredClone(dataset)
    sovereign(wrong).rows[0]!.marks = { 'sign-in-logs': [['']] }
    expect(() => assertValidDataset(wrong)).toThrow(/marks/)
  })
})

test('an older dataset without links is given empty ones, so it still serves as memory', () => {
  const older = structuredClone(committed) as unknown as Record<string, unknown[]>
  const strip = (entity: unknown) => {
    delete (entity as { links?: unknown }).links
  }
  for (const key of ['paragraphs', 'notes']) older[key]!.forEach(strip)
  for (const list of older.lists as { items: unknown[] }[]) list.items.forEach(strip)
  expect(() => assertValidDataset(older)).toThrow(/links/)
  const upgraded = withTermFields(older) as Dataset
  expect(() => assertValidDataset(upgraded)).not.toThrow()
  expect(migrationNote(upgraded).links).toEqual([])
  expect(upgraded.tables).toEqual(committed.tables)
  // Its ids and translations carry over; the links come from the English.
  expect(generate(englishText, upgraded)).toEqual(committed)
})
