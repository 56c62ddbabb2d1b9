import { readFileSync } from 'node:fs'
import { type Dataset, dataset } from '@mfa-residency/dataset'
import { diffDatasets, formatMarkdown, formatText, makeReport } from '@mfa-residency/diff/datasets'
import type { Context } from '../context.js'
import { UsageError } from '../context.js'

/** `current` is the dataset this CLI ships with; anything else is a dataset JSON file. */
function load(spec: string): Dataset {
  if (spec === 'current') return dataset
  let value: unknown
  try {
    value = JSON.parse(readFileSync(spec, 'utf8'))
  } catch (error) {
    throw new UsageError(`cannot read ${spec}: ${(error as Error).message}`)
  }
  const shape = value as Partial<Dataset> | null
  const arrays = ['locales', 'tables', 'lists', 'notes', 'translationGaps'] as const
  if (
    shape?.schemaVersion !== 1 ||
    arrays.some((key) => !Array.isArray(shape[key])) ||
    typeof shape.sources?.en !== 'object'
  ) {
    throw new UsageError(
      `${spec} is not an @mfa-residency/dataset file (schemaVersion 1 with locales, sources, tables, lists, notes, translationGaps)`,
    )
  }
  return value as Dataset
}

export function diff(a: string, b: string, format: unknown, ctx: Context): number {
  const [before, after] = [load(a), load(b)]
  let report: ReturnType<typeof makeReport>
  try {
    report = makeReport(a, b, diffDatasets(before, after, { includeSources: true }))
  } catch (error) {
    throw new UsageError(`cannot compare ${a} with ${b}: ${(error as Error).message}`)
  }
  if (ctx.json || format === 'json') ctx.out(JSON.stringify(report, null, 2))
  else if (format === 'markdown') ctx.out(formatMarkdown(report))
  else ctx.out(formatText(report, { color: ctx.colors.isColorSupported }).trimEnd())
  return 0
}
