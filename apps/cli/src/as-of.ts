import { terminalTextCopy } from '@mfa-residency/output-safety'
import { type Context, UsageError } from './context.js'
import type { HistoryView } from './history-view.js'
import { localSourcesFrom } from './provenance.js'

/** A real day written YYYY-MM-DD: 2024-02-30 is not one. */
export function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const parsed = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value
}

/** The history, or a usage error naming what needs it and the dataset that has none. */
export async function requireHistory(ctx: Context, needs: string): Promise<HistoryView> {
  const view = await ctx.history()
  if (view) return view
  throw new UsageError(ctx.messages.history.noHistoryFor(ctx.datasetFile ?? 'dataset', needs))
}

/**
 * `--as-of <date>`: the context with the dataset as it stood on that day (the last version on or
 * before it, with today's ids, as the dataset package's `asOf` gives it) and that point as shown.
 */
export async function withAsOf(ctx: Context, date: string): Promise<Context> {
  const words = ctx.messages.history
  if (!isDate(date)) throw new UsageError(words.badDate(date))
  const view = await requireHistory(ctx, '--as-of')
  const index = view.pointOn(date)
  if (index < 0) throw new UsageError(words.beforeFirst(date, view.points[0]!.date))
  const dataset = view.datasetAt(index)
  return {
    ...ctx,
    dataset: ctx.json ? dataset : terminalTextCopy(dataset),
    localSources: localSourcesFrom(dataset, process.cwd()),
    asOf: { date, point: view.points[index]! },
  }
}
