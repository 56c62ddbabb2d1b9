import { describe, expect, test } from 'vitest'
import { formatMarkdown } from '../src/format-markdown.js'
import { compare, seed } from './docs.js'

// Found in review: each of these once went unreported, misplaced or broke the output.
const en = (edit: (text: string) => string) => ({ en: edit(seed.en), sv: seed.sv })

describe('nothing extracted changes without a report', () => {
  test('a bulleted list that becomes numbered', () => {
    const report = compare(
      seed,
      en((text) =>
        text.replace(
          '* Account lockout\n* Fraud alert\n* Notifications\n* Phone call settings',
          '1. Account lockout\n1. Fraud alert\n1. Notifications\n1. Phone call settings',
        ),
      ),
    )
    expect(report.changes.find((change) => change.path.endsWith('/ordered'))).toMatchObject({
      kind: 'list',
      level: 'patch',
      after: 'true',
    })
    expect(report.bump).toBe('patch')
  })

  test('rows in a new order', () => {
    const report = compare(
      seed,
      en((text) =>
        text.replace(
          /(\| Microsoft Azure operated by 21Vianet[^\n]*\n)(\| Microsoft Government Cloud[^\n]*\n)/,
          '$2$1',
        ),
      ),
    )
    expect(report.changes.find((change) => change.path.endsWith('/rows'))).toMatchObject({
      summary:
        'The rows of table multifactor-authentication-activity-reports-for-sovereign-clouds are in a new order',
      before: ['microsoft-azure-operated-by-21vianet', 'microsoft-government-cloud'],
      after: ['microsoft-government-cloud', 'microsoft-azure-operated-by-21vianet'],
    })
  })

  test('an English lead-in that disappears', () => {
    const report = compare(
      seed,
      en((text) =>
        text.replace(
          'The following table shows the location for service logs for sovereign clouds.\n\n',
          '',
        ),
      ),
    )
    // The lead-in is a paragraph: reported once, as the paragraph, not again as the table's lead-in.
    expect(
      report.changes.filter((change) => change.locale === 'en' && change.classification === 'data'),
    ).toMatchObject([
      {
        path: 'paragraphs/the-following-table-shows-the',
        action: 'removed',
        level: 'patch',
        before: 'The following table shows the location for service logs for sovereign clouds.',
      },
    ])
  })

  test('a locale that disappears, or appears', () => {
    expect(compare(seed, { en: seed.en }).changes).toContainEqual(
      expect.objectContaining({ path: 'sources/sv', action: 'removed', level: 'major' }),
    )
    const added = compare({ en: seed.en }, seed)
    expect(added.changes).toContainEqual(
      expect.objectContaining({ path: 'sources/sv', action: 'added', level: 'minor' }),
    )
  })
})

test('a removed column spans its table, so its rows are not called formatting', () => {
  const lines = seed.en.split('\n')
  const header = lines.findIndex((line) => line.startsWith('| Component '))
  const withoutRegion = (line: string) =>
    line
      .split('|')
      .filter((_, index) => index !== 3)
      .join('|')
  for (let index = header; index < header + 4; index++) lines[index] = withoutRegion(lines[index]!)
  const report = compare(seed, { en: lines.join('\n'), sv: seed.sv })
  const column = report.changes.find((change) => change.kind === 'column')!
  expect(column).toMatchObject({
    action: 'removed',
    level: 'major',
    path: 'tables/mfa-server-and-cloud-based-mfa/columns/customer-region',
  })
  expect([column.base!.line, column.base!.endLine]).toEqual([header + 1, header + 4])
  // Only the blank lines around the table remain, as the coverage pass always reports them.
  const formatting = report.changes.filter(
    (change) => change.kind === 'formatting' && change.locale === 'en',
  )
  expect(formatting.map((change) => change.summary)).toEqual(['Blank lines around a change (en)'])
})

test('line breaks inside changed text never end a Markdown table row', () => {
  const report = compare(
    seed,
    en((text) =>
      text.replace(
        'Standard voice calls may failover to a different region.',
        'Standard voice calls may failover\nto a different region, and back.',
      ),
    ),
  )
  const markdown = formatMarkdown(report)
  for (const line of markdown
    .split('\n')
    .filter((row) => row.startsWith('| ') && !row.startsWith('| change'))) {
    expect(line.endsWith(' |')).toBe(true)
  }
})
