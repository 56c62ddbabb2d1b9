import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { Change } from '@mfa-residency/compare'
import { describe, expect, test } from 'vitest'
import { compare, corpus, corpusDir, seed } from './docs.js'

if (!corpusDir)
  console.warn('corpus scenarios skipped: ../shared/corpus not found (set MFA_CORPUS_DIR)')

const paths = (changes: Change[], filter: (change: Change) => boolean) =>
  changes.filter(filter).map((change) => change.path)

describe.skipIf(!corpusDir)(
  'the seed English against upstream 2025-06-06 (14d4dbf), Swedish unchanged',
  () => {
    const report = corpusDir
      ? compare(seed, { en: corpus('en-history/2025-06-06_14d4dbf.md'), sv: seed.sv })
      : null!
    const en = report?.changes.filter((change) => change.locale === 'en') ?? []

    test('suggests a major release', () => {
      expect(report.bump).toBe('major')
    })

    test('names every removed table, list and note', () => {
      expect(
        paths(
          en,
          (change) =>
            change.action === 'removed' && ['table', 'list', 'note'].includes(change.kind),
        ),
      ).toEqual([
        'tables/data-stored-by-mfa-server',
        'tables/mfa-server-and-cloud-based-mfa',
        'tables/multifactor-authentication-activity-reports-for-sovereign-clouds',
        'lists/organizational-data-stored-by-microsoft-entra-multifactor-authentication-2',
        'notes/data-stored-by-mfa-server',
        'notes/multifactor-authentication-activity-reports-for-public-cloud',
      ])
      const entities = en.filter(
        (c) => c.action === 'removed' && ['table', 'list', 'note'].includes(c.kind),
      )
      expect(entities.map((change) => change.level)).toEqual(Array(6).fill('major'))
    })

    test('names the removed "Blocked users" store and values, cell by cell', () => {
      expect(
        en
          .filter((change) => change.kind === 'list-item' && change.action === 'removed')
          .map((change) => change.before),
      ).toEqual(['Blocked users', 'Fraud alert'])
      const cells = en.filter((change) => change.kind === 'cell')
      expect(cells.map((change) => change.path)).toEqual([
        'tables/data-stored-by-microsoft-entra-multifactor-authentication/rows/voice-call/cells/data-store-type',
        'tables/data-stored-by-microsoft-entra-multifactor-authentication/rows/microsoft-authenticator-notification/cells/data-store-type',
        'tables/data-stored-by-microsoft-entra-multifactor-authentication-2/rows/voice-call/cells/data-store-type',
        'tables/data-stored-by-microsoft-entra-multifactor-authentication-2/rows/microsoft-authenticator-notification/cells/data-store-type',
      ])
      for (const cell of cells)
        expect(cell.valuesRemoved).toEqual(['Blocked users (if fraud was reported)'])
    })

    test('names every sentence added or removed, with a word diff and lines', () => {
      const routing = en.find(
        (change) =>
          change.path ===
          'lists/data-residency-and-customer-data-for-microsoft-entra-multifactor-authentication/items/multifactor-authentication-sms-and-phone',
      )!
      expect(
        routing.words
          ?.filter((edit) => edit.op === '+')
          .map((edit) => edit.text)
          .join(''),
      ).toContain(
        'These providers may route the SMS or phone call outside of the user and company location.',
      )
      expect([routing.base?.line, routing.head?.line]).toEqual([25, 25])
      const intro = en.find(
        (change) =>
          change.path === 'paragraphs/cloud-based-microsoft-entra-multifactor-authentication',
      )!
      expect([intro.kind, intro.level, intro.base?.line, intro.head?.line]).toEqual([
        'prose',
        'patch',
        21,
        21,
      ])
      expect(intro.before).toMatch(
        /^Cloud-based Microsoft Entra multifactor authentication and MFA Server process/,
      )
      expect(intro.after).toMatch(
        /^Microsoft Entra multifactor authentication processes and stores/,
      )
      // "Next steps" became "Related content": the same heading, reworded, not one removed and one added.
      expect(paths(en, (change) => change.kind === 'prose' && change.action === 'added')).toEqual(
        [],
      )
      expect(en.find((change) => change.path === 'headings/next-steps')).toMatchObject({
        action: 'changed',
        level: 'patch',
        before: 'Next steps',
        after: 'Related content',
      })
      expect(en.find((change) => change.path === 'metadata/en/ms.date')).toMatchObject({
        before: '11/27/2024',
        after: '06/06/2025',
        level: 'patch',
      })
    })

    test('reports the Swedish in the gap kinds: stale where the English changed, extra where it went', () => {
      const drift = (action: string) =>
        report.changes
          .filter((change) => change.locale === 'sv' && change.action === action)
          .map((change) => change.path)
      expect(drift('stale')).toEqual([
        'paragraphs/cloud-based-microsoft-entra-multifactor-authentication',
        'lists/data-residency-and-customer-data-for-microsoft-entra-multifactor-authentication/items/multifactor-authentication-sms-and-phone',
        'lists/personal-data-stored-by-microsoft-entra-multifactor-authentication/items/multifactor-authentication-activity-reports-store-multifactor',
        'headings/next-steps',
        'paragraphs/for-more-information-about-what',
      ])
      expect(drift('extra')).toEqual(
        expect.arrayContaining([
          'lists/personal-data-stored-by-microsoft-entra-multifactor-authentication/items/blocked-users',
          'tables/data-stored-by-mfa-server',
          'notes/data-stored-by-mfa-server',
        ]),
      )
      const stale = report.changes.find(
        (change) => change.path === 'headings/next-steps' && change.locale === 'sv',
      )!
      expect(stale).toMatchObject({
        before: 'Next steps',
        after: 'Related content',
        translation: 'Nästa steg',
      })
      // Nothing about the untouched Swedish file counts as a Swedish data change.
      expect(
        report.changes.filter(
          (change) => change.locale === 'sv' && change.classification === 'data',
        ),
      ).toEqual([])
    })
  },
)

describe.skipIf(!corpusDir)(
  'upstream 14d4dbf against eb184c9 (only the manager field differs)',
  () => {
    test('reports one cosmetic metadata change and no release', () => {
      const report = compare(
        { en: corpus('en-history/2025-06-06_14d4dbf.md') },
        { en: corpus('en-history/2025-06-06_eb184c9.md') },
      )
      expect(report.changes).toEqual([
        {
          kind: 'metadata',
          action: 'changed',
          classification: 'cosmetic',
          level: 'none',
          locale: 'en',
          path: 'metadata/en/manager',
          entity: null,
          summary: 'Front matter manager changed (en): bookkeeping, no content changes',
          before: 'femila',
          after: 'dougeby',
          base: { file: 'docs-source/en/concept-mfa-data-residency.md', line: 13, endLine: 13 },
          head: { file: 'docs-source/en/concept-mfa-data-residency.md', line: 13, endLine: 13 },
        },
      ])
      expect(report.bump).toBe('none')
    })
  },
)

test('identical docs give an empty report', () => {
  const report = compare(seed, seed)
  expect(report).toMatchObject({
    bump: 'none',
    changes: [],
    counts: { data: 0, cosmetic: 0, 'translation-drift': 0 },
  })
})

describe.skipIf(!corpusDir)('every consecutive pair of real English versions, 2019 to 2025', () => {
  const files = corpusDir
    ? readdirSync(path.join(corpusDir, 'en-history'))
        .filter((name) => name.endsWith('.md'))
        .sort()
    : []
  const pairs = files.slice(1).map((head, index) => [files[index]!, head] as const)
  // Majors only where a table, column, row, list, item or note really went, or what the data
  // names or states did (read off the diffs).
  const bumps: Record<string, string> = {
    '2019-12-16.md': 'major',
    '2020-04-13.md': 'patch',
    '2021-01-14_a.md': 'major',
    '2021-01-14_b.md': 'major',
    '2021-06-03_03d29f6.md': 'major',
    '2021-06-03_b.md': 'patch',
    '2023-01-29_f835a48.md': 'major',
    '2023-09-14.md': 'patch',
    '2025-06-06_14d4dbf.md': 'major',
    '2025-06-06_eb184c9.md': 'none',
    '2025-06-06_f3f8c28.md': 'none',
  }

  test.each(pairs)(
    '%s → %s: the pinned bump, majors only for removals and lost meaning, no id renamed',
    (base, head) => {
      const report = compare(
        { en: corpus(`en-history/${base}`) },
        { en: corpus(`en-history/${head}`) },
      )
      expect(report.bump).toBe(bumps[head])
      for (const change of report.changes.filter((entry) => entry.level === 'major')) {
        if (change.action === 'removed')
          expect(change.kind).toMatch(/^(table|column|row|list|list-item|note|term|quantity)$/)
        // A value or a table's scope that no longer names a term, or a date that changed.
        else if (change.kind !== 'quantity')
          expect([change.kind, change.termsRemoved?.length]).toEqual([
            expect.stringMatching(/^(table|cell|list-item)$/),
            expect.any(Number),
          ])
      }
      // Ids survive rewording: a reworded heading is a change of text, never a rename.
      expect(report.changes.filter((change) => change.action === 'renamed')).toEqual([])
    },
  )
})
