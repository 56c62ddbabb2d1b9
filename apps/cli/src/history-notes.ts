import { terminalText } from '@mfa-residency/output-safety'
import type { Context } from './context.js'
import { commitText, pointJson } from './history-view.js'

/** The last line of an `--as-of` answer: which version it comes from. */
export function asOfFooter(ctx: Context): string[] {
  if (!ctx.asOf) return []
  const { date, point } = ctx.asOf
  const words = ctx.messages.history
  return [ctx.colors.dim(terminalText(words.asOf(date, point.key, commitText(point, words))))]
}

/** `--as-of` for `--json`: the day asked and the version it picked. */
export function asOfJson(ctx: Context) {
  return ctx.asOf ? { asOf: { date: ctx.asOf.date, version: pointJson(ctx.asOf.point) } } : {}
}
