import type { Report } from '@mfa-residency/compare'

export const DATASET_PACKAGE = '@mfa-residency/dataset'

/**
 * A changeset for the dataset package: the bump the report asks for and its data changes in words,
 * so the CHANGELOG says which tables, rows and cells changed.
 */
export function formatChangeset(report: Report, title: string): string {
  if (report.bump === 'none') throw new Error('no data change needs a release: nothing to write')
  const data = report.changes.filter(
    (change) => change.classification === 'data' && change.level !== 'none',
  )
  const drift = report.changes.filter((change) => change.classification === 'translation-drift')
  const staleLocales = [...new Set(drift.map((change) => change.locale).filter(Boolean))]
  const lines = [
    '---',
    `"${DATASET_PACKAGE}": ${report.bump}`,
    '---',
    '',
    title,
    '',
    ...data.map((change) => `- ${change.level}: ${change.summary}`),
  ]
  if (staleLocales.length > 0) {
    lines.push(
      '',
      `Translation drift: ${staleLocales.join(', ')} (${drift.length} notices); see \`pnpm docs:diff\`.`,
    )
  }
  return `${lines.join('\n')}\n`
}
