import type { TimelineChange } from '@mfa-residency/dataset/history-queries'
import { terminalText } from '@mfa-residency/output-safety'
import type { Context } from './context.js'
import type { ChangeKind } from './history-messages.js'
import { commitText, type HistoryView, type PointInfo, pointJson } from './history-view.js'

/*
 * "Since when": what an answer lost and when, and when what it shows last changed. An answer is
 * the one of the version shown (today's, or the one `--as-of` picks), compared with every version.
 */

/** An item some answer had and the shown one lacks, or one the shown answer has and today's lacks. */
export interface Lost<T> {
  id: string
  /** As it was in the last answer that had it. */
  item: T
  /** The point at which it went. */
  at: PointInfo
  /** Whether the shown answer has it (an `--as-of` answer that today's lacks). */
  shown: boolean
}

/**
 * The items that went: for one the shown answer has, the first later point without it, when
 * today's answer lacks it; for one it lacks, the point after the last earlier answer that had it.
 */
export function lostItems<T>(
  answers: readonly ReadonlyMap<string, T>[],
  shown: number,
  view: HistoryView,
): Lost<T>[] {
  const now = answers.at(-1)!
  const ids = new Set(answers.flatMap((answer) => [...answer.keys()]))
  const lost: (Lost<T> & { order: number })[] = []
  let order = 0
  for (const id of ids) {
    order++
    const inShown = answers[shown]!.has(id)
    let at = -1
    if (inShown && !now.has(id)) at = answers.findIndex((answer, i) => i > shown && !answer.has(id))
    if (!inShown) at = answers.findLastIndex((answer, i) => i < shown && answer.has(id)) + 1
    if (at <= 0) continue
    const item = answers[at - 1]!.get(id) as T
    lost.push({ id, item, at: view.points[at]!, shown: inShown, order })
  }
  return lost.sort((a, b) => a.at.index - b.at.index || a.order - b.order)
}

/** A change of an entity, at a point. */
export interface DatedChange {
  at: PointInfo
  change: TimelineChange
}

/**
 * When an entity changed: for today's answer the last change at or under `path`, for an older one
 * the first change after it; only the changes of the locales shown (`--lang en`: English ones).
 */
export function changeOf(
  view: HistoryView,
  path: string,
  shown: number,
  ctx: Context,
): DatedChange | null {
  const locales = ctx.lang === 'both' ? null : new Set(['en', ctx.lang])
  const latest = shown === view.last
  const order = view.points.filter((point) => (latest ? point.index <= shown : point.index > shown))
  if (latest) order.reverse()
  for (const at of order) {
    if (locales && !locales.has(at.locale)) continue
    const changes = view.changesUnder(at.index, path)
    const change = latest ? changes.at(-1) : changes[0]
    if (change) return { at, change }
  }
  return null
}

/** "removed on 2025-06-06 (commit 14d4dbf)", in the CLI's language. */
export function onText(kind: ChangeKind, at: PointInfo, ctx: Context): string {
  const words = ctx.messages.history
  // The date and commit come from the history file, as untrusted as the dataset's text.
  return terminalText(words.on(kind, at.date, commitText(at, words)))
}

/** The kind of a dated change, as a note names it: the entity's own addition, or a change in it. */
export const kindOf = ({ change }: DatedChange, path: string): ChangeKind =>
  change.path === path ? change.kind : 'changed'

/** A dated change for `--json`. */
export const changeJson = (dated: DatedChange | null, path: string) =>
  dated && { ...pointJson(dated.at), kind: kindOf(dated, path), path: dated.change.path }

/** Text from an older version, safe for the terminal. */
export const safe = (ctx: Context, text: string) => (ctx.json ? text : terminalText(text))

/** The removal of an entity at or before the shown point: why an id asked for is not there. */
export function removalOf(view: HistoryView, path: string, shown: number): DatedChange | null {
  let found: DatedChange | null = null
  for (const at of view.points.slice(0, shown + 1))
    for (const change of view.changesUnder(at.index, path))
      if (change.path === path) found = change.kind === 'removed' ? { at, change } : null
  return found
}
