import { sourceLinks, type TranslationGap } from '@mfa-residency/dataset'
import { jsonText, terminalText } from '@mfa-residency/output-safety'
import type { Context } from '../context.js'

declare const DATASET_VERSION: string

/** "sv stale tables/…: English changed since the translation (translates “…”)" */
function describeGap(gap: TranslationGap): string {
  const translates = Array.isArray(gap.translates) ? gap.translates.join(', ') : gap.translates
  return `  ${gap.locale} ${gap.kind} ${gap.path}: ${gap.reason}${translates === undefined ? '' : ` (translates “${translates}”)`}`
}

export function info(ctx: Context): number {
  const { dataset } = ctx
  const counts = {
    headings: dataset.headings.length,
    paragraphs: dataset.paragraphs.length,
    tables: dataset.tables.length,
    lists: dataset.lists.length,
    notes: dataset.notes.length,
  }
  const gapCounts = { missing: 0, stale: 0, extra: 0 }
  for (const gap of dataset.translationGaps) gapCounts[gap.kind]++
  const origin =
    ctx.datasetFile === null
      ? { package: '@mfa-residency/dataset', version: DATASET_VERSION }
      : { file: ctx.datasetFile }
  const summary = {
    dataset: { ...origin, schemaVersion: dataset.schemaVersion },
    sources: dataset.sources,
    counts,
    translationGaps: dataset.translationGaps,
  }
  if (ctx.json) {
    ctx.out(jsonText(summary, 2))
    return 0
  }
  const { bold, dim } = ctx.colors
  const { messages } = ctx
  const lines = [
    `${ctx.datasetFile === null ? `${bold('@mfa-residency/dataset')} ${DATASET_VERSION}` : bold(terminalText(ctx.datasetFile))} (schema ${dataset.schemaVersion})`,
    messages.counts(counts),
    '',
    ...(['en', 'sv'] as const).flatMap((locale) => {
      const source = dataset.sources[locale]
      const links = sourceLinks(dataset, locale)
      return [
        `${bold(locale)}  ${source.title ?? messages.untitled}`,
        ...[links.page, links.upstream]
          .filter((link): link is string => link !== null)
          .map((link) => `    ${link}`),
        dim(
          `    ${ctx.localSources[locale] ? `${source.path} · ` : ''}${source.format} · ms.date ${source.msDate ?? messages.notGiven} · sha256 ${source.sha256.slice(0, 12)}`,
        ),
      ]
    }),
    '',
    dataset.translationGaps.length === 0 ? messages.noGaps : messages.gaps(gapCounts),
    ...dataset.translationGaps.map(describeGap),
    '',
    dim(messages.licence),
  ]
  ctx.out(lines.join('\n'))
  return 0
}
