import { diffDatasets, makeReport } from '@mfa-residency/compare'
import type { Dataset } from '@mfa-residency/dataset'
import { formatMarkdown, formatText } from '@mfa-residency/diff/datasets'
import { jsonText } from '@mfa-residency/output-safety'
import { DIFF_FORMATS } from '../command-table.js'
import type { Context } from '../context.js'
import { UsageError } from '../context.js'
import { readDatasetFile } from '../dataset-file.js'

/**
 * `current` is the dataset as read (the bundled one, or `--dataset <file>`); anything else is a
 * dataset JSON file.
 */
export function diff(
  a: string,
  b: string,
  format: unknown,
  current: Dataset,
  ctx: Context,
): number {
  if (!DIFF_FORMATS.includes(format as (typeof DIFF_FORMATS)[number])) {
    throw new UsageError(ctx.messages.badFormat(DIFF_FORMATS, String(format)))
  }
  const load = (spec: string) =>
    spec === 'current' ? current : readDatasetFile(spec, ctx.messages)
  const [before, after] = [load(a), load(b)]
  let report: ReturnType<typeof makeReport>
  try {
    report = makeReport(a, b, diffDatasets(before, after, { includeSources: true }), {
      datasets: { base: before, head: after },
    })
  } catch (error) {
    throw new UsageError(ctx.messages.cannotCompare(a, b, (error as Error).message))
  }
  if (format === 'json') ctx.out(jsonText(report, 2))
  else if (format === 'markdown') ctx.out(formatMarkdown(report))
  else ctx.out(formatText(report, { color: ctx.colors.isColorSupported }).trimEnd())
  return 0
}
