import { dataset, lists, notes, tables } from '@mfa-residency/dataset'
import type { Context } from '../context.js'

declare const DATASET_VERSION: string

export function info(ctx: Context): number {
  const summary = {
    dataset: {
      package: '@mfa-residency/dataset',
      version: DATASET_VERSION,
      schemaVersion: dataset.schemaVersion,
    },
    sources: dataset.sources,
    counts: { tables: tables.length, lists: lists.length, notes: notes.length },
    translationGaps: dataset.translationGaps,
  }
  if (ctx.json) {
    ctx.out(JSON.stringify(summary, null, 2))
    return 0
  }
  const { bold, dim } = ctx.colors
  const lines = [
    `${bold('@mfa-residency/dataset')} ${DATASET_VERSION} (schema ${dataset.schemaVersion})`,
    `${tables.length} tables, ${lists.length} lists, ${notes.length} notes`,
    '',
    ...Object.entries(dataset.sources).flatMap(([locale, source]) => [
      `${bold(locale)}  ${source.title ?? '(untitled)'}`,
      dim(
        `    ${source.path} · ${source.format} · ms.date ${source.msDate ?? 'not given'} · sha256 ${source.sha256.slice(0, 12)}`,
      ),
    ]),
    '',
    dataset.translationGaps.length === 0
      ? 'translation gaps: none, every Swedish value has its English counterpart'
      : `translation gaps: ${dataset.translationGaps.length}`,
    ...dataset.translationGaps.map((gap) => `  ${gap.locale} ${gap.path}: ${gap.reason}`),
    '',
    dim('Data: Microsoft Learn, © Microsoft, CC BY 4.0.'),
  ]
  ctx.out(lines.join('\n'))
  return 0
}
