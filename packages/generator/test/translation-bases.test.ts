import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Dataset, TranslationGap } from '@mfa-residency/dataset'
import { describe, expect, test } from 'vitest'
import { resolvePath } from '../src/alignment/resolve-path.js'
import { extractDataset } from '../src/build-dataset.js'
import { corpusDir } from './seeds.js'

// Real Swedish markdown (CC BY 4.0, Microsoft) aligned through the English version each one
// translates, given explicitly as `--translation-base` does.

const document = (locale: string, folder: string, name: string) => ({
  doc: { locale, format: 'gfm' as const, path: `${folder}/${name}` },
  bytes: readFileSync(path.join(corpusDir!, folder, name)),
})

function align(swedish: string, base: string, current: string): Dataset {
  return extractDataset(
    { sourceLocale: 'en' },
    [document('en', 'en-history', current), document('sv', 'sv-history', swedish)],
    { translationBases: new Map([['sv', document('en', 'en-history', base)]]) },
  ).dataset
}

/** Every English text of a dataset: headings, paragraphs, labels, values, items, notes. */
function englishTexts(dataset: Dataset): Set<string> {
  return new Set([
    ...dataset.headings.map((heading) => heading.text.en),
    ...dataset.paragraphs.map((paragraph) => paragraph.text.en),
    ...dataset.notes.map((note) => note.text.en),
    ...dataset.lists.flatMap((list) => list.items.map((item) => item.text.en)),
    ...dataset.tables.flatMap((table) => [
      ...table.columns.map((column) => column.label.en),
      ...table.rows.flatMap((row) => Object.values(row.cells).flatMap((cell) => cell.en)),
    ]),
  ])
}

/** The English a path holds now. */
function englishAt(dataset: Dataset, path: string): string | undefined {
  const place = resolvePath(dataset, path)
  if (!place) return undefined
  if (place.kind === 'value') return place.entity.en[place.index]
  if (place.kind === 'column') return place.entity.label.en
  if (place.kind === 'entity' || place.kind === 'item')
    return (place.entity.text as { en: string }).en
  return undefined
}

const englishOnly = (name: string) =>
  extractDataset({ sourceLocale: 'en' }, [document('en', 'en-history', name)], { validate: false })
    .dataset

describe.skipIf(!corpusDir)('Swedish markdown aligned through the English it translates', () => {
  test.each([
    ['2021-01-14_5824766.md', '2021-01-14_a.md'],
    ['2021-03-16_f6ac8f0.md', '2021-01-14_b.md'],
  ])('%s against its base %s: no gap', (swedish, base) => {
    expect(align(swedish, base, base).translationGaps).toEqual([])
  })

  test.each([
    ['2021-01-14_5824766.md', '2021-01-14_a.md'],
    ['2021-03-16_f6ac8f0.md', '2021-01-14_b.md'],
  ])('%s (base %s) against 2021-06-03: gaps only where the English changed', (swedish, base) => {
    const current = '2021-06-03_03d29f6.md'
    const dataset = align(swedish, base, current)
    const before = englishTexts(englishOnly(base))
    const texts = (value: TranslationGap['translates']) =>
      value === undefined ? [] : typeof value === 'string' ? [value] : value
    expect(dataset.translationGaps.length).toBeGreaterThan(0)
    for (const gap of dataset.translationGaps) {
      if (gap.kind === 'stale') {
        // What the Swedish translates is English of the base that the current English no longer says.
        expect(before.has(gap.translates as string), gap.path).toBe(true)
        expect(englishAt(dataset, gap.path), gap.path).not.toBe(gap.translates)
      } else if (gap.kind === 'extra') {
        expect(gap.text, gap.path).toBeDefined()
        // Gone from where it was: that place is gone, or says something else now.
        const [translates] = texts(gap.translates)
        expect(englishAt(dataset, gap.path), gap.path).not.toBe(translates)
      } else {
        expect(gap.reason, gap.path).toBe('new in en since the sv translation')
      }
    }
    // Every English text of the base that still stands keeps its Swedish, and there are some.
    const kept = [...dataset.headings, ...dataset.paragraphs].filter((entity) =>
      before.has(entity.text.en),
    )
    expect(kept.length).toBeGreaterThan(0)
    for (const entity of kept) expect(entity.text.sv, entity.id).not.toBeNull()
  })

  test('2020-11-18 translates 2020-09-24, which the corpus lacks; against 2020-04-13 one gap is left', () => {
    // The nearest English we have, 2020-04-13, nests two lists under the intro items; the Swedish,
    // translated from 2020-09-24, nests one. Everything else lines up block for block, so with a
    // base that is close but not the one translated, the gap is structural: the second nested list.
    // The text differences between 2020-04-13 and 2020-09-24 cannot show (the base says they are
    // current), which is why the base must be the version translated: `ms.sourcegitcommit` names it.
    const dataset = align('2020-11-18_1aa1d16.md', '2020-04-13.md', '2020-04-13.md')
    expect(dataset.translationGaps).toMatchObject([
      {
        kind: 'missing',
        path: 'lists/data-residency-and-customer-data-for-azure-multi-factor-authentication-3',
        reason: 'no sv translation',
      },
    ])
  })
})
