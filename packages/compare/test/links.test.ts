import type { Dataset } from '@mfa-residency/dataset'
import { describe, expect, test } from 'vitest'
import { diffDatasets } from '../src/diff-datasets.js'
import { makeReport } from '../src/report.js'
import { linkChanges } from '../src/rules/links.js'
import { dataLevel } from '../src/semver-policy.js'
import { committed, edited } from './fixtures.js'

/** What editing a copy of `base` changes, against `base`. */
function changesOf(edit: (dataset: Dataset) => void, base: Dataset = committed) {
  const head = structuredClone(base)
  edit(head)
  return diffDatasets(base, head)
}
const brief = (edit: (dataset: Dataset) => void, base?: Dataset) =>
  changesOf(edit, base).map(({ kind, action, level, path, summary, before, after }) => ({
    kind,
    action,
    level,
    path,
    summary,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  }))

const migrationNote = (dataset: Dataset) => dataset.notes.find((note) => note.kind === 'important')!
const sovereign = (dataset: Dataset) => dataset.tables[4]!
const file = 'docs-source/en/concept-mfa-data-residency.md'

describe('links are data', () => {
  test('a migration link pointed at another site: one patch change, with both targets and lines', () => {
    const changes = changesOf((dataset) => {
      migrationNote(dataset).links[2]!.url = 'https://elsewhere.example/migrate'
    })
    expect(changes).toEqual([
      {
        kind: 'link',
        action: 'changed',
        classification: 'data',
        level: 'patch',
        locale: 'en',
        path: 'notes/data-stored-by-mfa-server/links',
        entity: 'data-stored-by-mfa-server',
        summary:
          'Link "Azure MFA Server Migration" of note data-stored-by-mfa-server now points to https://elsewhere.example/migrate, was how-to-migrate-mfa-server-to-azure-mfa.md (en)',
        before: 'how-to-migrate-mfa-server-to-azure-mfa.md',
        after: 'https://elsewhere.example/migrate',
        base: { file, line: 71, endLine: 72 },
        head: { file, line: 71, endLine: 72 },
      },
    ])
    expect(makeReport('a', 'b', changes)).toMatchObject({
      bump: 'patch',
      counts: { data: 1, cosmetic: 0 },
    })
  })

  test('links added to and removed from paragraphs, items and cell values', () => {
    expect(
      brief((dataset) => {
        dataset.paragraphs[0]!.links = []
        dataset.paragraphs[1]!.links.push({ text: 'Azure', url: 'https://azure.example' })
        dataset.lists[1]!.items[0]!.links = [{ text: 'Blocked users', url: 'blocked.md' }]
        const row = sovereign(dataset).rows[0]!
        row.links = Object.fromEntries(
          Object.keys(row.cells).map((column, index) => [
            column,
            [index === 1 ? [{ text: 'China', url: 'https://china.example' }] : []],
          ]),
        )
      }),
    ).toEqual([
      {
        kind: 'link',
        action: 'removed',
        level: 'patch',
        path: 'paragraphs/microsoft-entra-id-stores-customer/links',
        summary:
          'Link "Where your data is located" to https://www.microsoft.com/trust-center/privacy/data-location removed from paragraph microsoft-entra-id-stores-customer (en)',
        before: 'https://www.microsoft.com/trust-center/privacy/data-location',
      },
      {
        kind: 'link',
        action: 'added',
        level: 'patch',
        path: 'paragraphs/cloud-based-microsoft-entra-multifactor-authentication/links',
        summary:
          'Link "Azure" to https://azure.example added to paragraph cloud-based-microsoft-entra-multifactor-authentication (en)',
        after: 'https://azure.example',
      },
      {
        kind: 'link',
        action: 'added',
        level: 'patch',
        path: 'lists/personal-data-stored-by-microsoft-entra-multifactor-authentication/items/blocked-users/links',
        summary:
          'Link "Blocked users" to blocked.md added to item blocked-users of list personal-data-stored-by-microsoft-entra-multifactor-authentication (en)',
        after: 'blocked.md',
      },
      {
        kind: 'link',
        action: 'added',
        level: 'patch',
        path: 'tables/multifactor-authentication-activity-reports-for-sovereign-clouds/rows/microsoft-azure-operated-by-21vianet/cells/sign-in-logs/values/0/links',
        summary:
          'Link "China" to https://china.example added to multifactor-authentication-activity-reports-for-sovereign-clouds › microsoft-azure-operated-by-21vianet › sign-in-logs › "China" (en)',
        after: 'https://china.example',
      },
    ])
  })

  test('the words of a link changed and its target did not: the text tells it, not a link change', () => {
    expect(
      linkChanges(
        [{ text: 'the guide', url: 'guide.md' }],
        [{ text: 'the migration guide', url: 'guide.md' }],
      ),
    ).toEqual({ changed: [], removed: [], added: [] })
    // The Trust Center link of 2021 → 2023: words and target both changed, the words alike.
    const trustCenter = linkChanges(
      [{ text: 'Where is your data located?', url: 'https://www.microsoft.com/trustcenter/x' }],
      [{ text: 'Where your data is located', url: 'https://www.microsoft.com/trust-center/y' }],
    )
    expect(trustCenter.changed.map(({ from, to }) => [from.url, to.url])).toEqual([
      ['https://www.microsoft.com/trustcenter/x', 'https://www.microsoft.com/trust-center/y'],
    ])
    expect(linkChanges([{ text: 'Azure', url: 'a' }], [{ text: 'Sweden', url: 'b' }])).toEqual({
      changed: [],
      removed: [{ text: 'Azure', url: 'a' }],
      added: [{ text: 'Sweden', url: 'b' }],
    })
    expect(
      linkChanges(
        [
          { text: 'a', url: '1' },
          { text: 'b', url: '2' },
          { text: 'a', url: '3' },
        ],
        [
          { text: 'a', url: '3' },
          { text: 'a', url: '4' },
          { text: 'c', url: '5' },
        ],
      ),
    ).toEqual({
      changed: [{ from: { text: 'a', url: '1' }, to: { text: 'a', url: '4' } }],
      removed: [{ text: 'b', url: '2' }],
      added: [{ text: 'c', url: '5' }],
    })
  })

  test('a dataset from before links (all empty) against one with links: every link is added', () => {
    const before = edited((dataset) => {
      for (const note of dataset.notes) note.links = []
    })
    const changes = diffDatasets(before, committed)
    expect(changes.map(({ kind, action, level }) => `${kind} ${action} ${level}`)).toEqual([
      'link added patch',
      'link added patch',
      'link added patch',
    ])
  })
})

describe('footnote marks are data', () => {
  const marked = edited((dataset) => {
    const [china, government] = sovereign(dataset).rows
    const columns = Object.keys(china!.cells)
    china!.marks = Object.fromEntries(columns.map((column, i) => [column, [i === 1 ? ['1'] : []]]))
    government!.marks = Object.fromEntries(columns.map((column) => [column, [[]]]))
    dataset.paragraphs.at(-2)!.footnote = '1'
  })

  test('a mark that appears on a value, and a paragraph that becomes a footnote: patch', () => {
    expect(brief(() => {})).toEqual([])
    expect(
      diffDatasets(committed, marked).map((change) => [
        change.kind,
        change.action,
        change.level,
        change.path,
        change.before,
        change.after,
      ]),
    ).toEqual([
      [
        'footnote',
        'added',
        'patch',
        'tables/multifactor-authentication-activity-reports-for-sovereign-clouds/rows/microsoft-azure-operated-by-21vianet/cells/sign-in-logs/values/0/marks',
        undefined,
        ['1'],
      ],
      [
        'footnote',
        'added',
        'patch',
        'paragraphs/the-following-table-shows-the/footnote',
        null,
        '1',
      ],
    ])
  })

  test('a mark that changes or goes, and a footnote that changes or goes', () => {
    expect(
      brief((dataset) => {
        const [china, government] = sovereign(dataset).rows
        china!.marks!['sign-in-logs'] = [['2']]
        government!.marks!['multifactor-authentication-service-logs'] = [['1', '2']]
        delete dataset.paragraphs.at(-2)!.footnote
      }, marked).map(({ action, summary, before, after }) => ({ action, summary, before, after })),
    ).toEqual([
      {
        action: 'changed',
        summary:
          'multifactor-authentication-activity-reports-for-sovereign-clouds › microsoft-azure-operated-by-21vianet › sign-in-logs › "China" (en): marked 2, was 1',
        before: ['1'],
        after: ['2'],
      },
      {
        action: 'added',
        summary:
          'multifactor-authentication-activity-reports-for-sovereign-clouds › microsoft-government-cloud › multifactor-authentication-service-logs › "United States" (en): now marked 1, 2',
        after: ['1', '2'],
      },
      {
        action: 'removed',
        summary: 'Paragraph the-following-table-shows-the is no longer footnote 1 (en)',
        before: '1',
        after: null,
      },
    ])
    expect(
      brief((dataset) => {
        delete sovereign(dataset).rows[0]!.marks
        dataset.paragraphs.at(-2)!.footnote = '2'
      }, marked).map(({ action, summary }) => `${action}: ${summary}`),
    ).toEqual([
      'removed: multifactor-authentication-activity-reports-for-sovereign-clouds › microsoft-azure-operated-by-21vianet › sign-in-logs › "China" (en): no longer marked 1',
      'changed: Paragraph the-following-table-shows-the is now footnote 2, was 1 (en)',
    ])
  })

  test('a new value with a mark: the cell names the value, the footnote rule its mark', () => {
    const changes = changesOf((dataset) => {
      const row = sovereign(dataset).rows[0]!
      row.cells['sign-in-logs']!.en.push('Sweden')
      row.cells['sign-in-logs']!.sv!.push(null)
      row.terms['sign-in-logs']!.push(null)
      row.marks = { 'sign-in-logs': [[], ['3']] }
    })
    expect(changes.filter((change) => change.kind === 'footnote')).toMatchObject([
      {
        action: 'added',
        path: 'tables/multifactor-authentication-activity-reports-for-sovereign-clouds/rows/microsoft-azure-operated-by-21vianet/cells/sign-in-logs/values/1/marks',
        after: ['3'],
      },
    ])
    expect(changes.some((change) => change.kind === 'cell')).toBe(true)
  })

  test('the policy: links and footnotes are patch, whatever the action', () => {
    for (const kind of ['link', 'footnote'] as const)
      for (const action of ['added', 'removed', 'changed'] as const)
        expect(dataLevel(kind, action)).toBe('patch')
  })
})
