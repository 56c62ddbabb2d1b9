import type { ChangeValue, EntityHistory, PointRef } from '@mfa-residency/dataset/history-queries'
import { jsonText, terminalText } from '@mfa-residency/output-safety'
import { requireHistory } from '../as-of.js'
import type { Context } from '../context.js'
import { entitiesNamed } from '../history-lookup.js'
import { commitText, type HistoryView, type PointInfo, pointJson } from '../history-view.js'
import { hang } from '../render-table.js'
import { onText } from '../since-when.js'

const levelOrder = ['major', 'minor', 'patch', 'none'] as const

/** `history`: the timeline, one line per version; with a name, that entity's or term's history. */
export async function history(name: string | undefined, ctx: Context): Promise<number> {
  const view = await requireHistory(ctx, 'history')
  return name === undefined ? timeline(view, ctx) : entity(view, name, ctx)
}

function timeline(view: HistoryView, ctx: Context): number {
  const words = ctx.messages.history
  const versions = view.history.versions
  const rows = view.timeline().map((entry, index) => {
    const point = view.points[index]!
    const counts = Object.fromEntries(levelOrder.map((level) => [level, 0]))
    for (const change of entry.changes) counts[change.level]!++
    const version = versions.find((v) => v.key === point.key && v.locale === point.locale)
    return { point, counts, repository: version?.repository ?? null, path: version?.path ?? null }
  })
  if (ctx.json) {
    const json = rows.map(({ point, counts, repository, path }) => ({
      ...pointJson(point),
      provenance: point.provenance,
      repository,
      path,
      changes: counts,
    }))
    ctx.out(jsonText(json, 2))
    return 0
  }
  const commits = rows.map(({ point }) => commitText(point, words))
  const pad = Math.max(...commits.map((commit) => commit.length))
  const lines = rows.map(({ point, counts }, index) => {
    const levels = levelOrder
      .filter((level) => counts[level]! > 0)
      .map((level) => `${counts[level]} ${words.levels[level]}`)
      .join(', ')
    const summary = index === 0 ? words.firstVersion : levels || words.noChanges
    return `${point.date}  ${point.key}  ${point.locale}  ${commits[index]!.padEnd(pad)}  ${summary}`
  })
  ctx.out(lines.map(terminalText).join('\n'))
  return 0
}

/** The point of the timeline a reference names, with its provenance. */
const pointOf = (view: HistoryView, ref: PointRef): PointInfo =>
  view.points.find((point) => point.key === ref.key && point.locale === ref.locale)!

/** The point that removed an entity no longer in today's article: the one after it was last seen. */
function removedAt(view: HistoryView, found: EntityHistory): PointInfo | null {
  return found.current ? null : (view.points[pointOf(view, found.lastSeen).index + 1] ?? null)
}

const valueText = (value: ChangeValue) =>
  value === null ? '–' : `“${Array.isArray(value) ? value.join(', ') : value}”`

function entity(view: HistoryView, name: string, ctx: Context): number {
  const found = entitiesNamed(view, name)
  if (found.length === 0) {
    ctx.err(ctx.messages.history.nothingByThat(name))
    if (ctx.json) ctx.out('[]')
    return 1
  }
  if (ctx.json) {
    const json = found.map((each) => {
      const removed = removedAt(view, each)
      return { ...each, removed: removed && pointJson(removed) }
    })
    ctx.out(jsonText(json, 2))
    return 0
  }
  ctx.out(found.map((each) => entityText(view, each, ctx)).join('\n\n'))
  return 0
}

function entityText(view: HistoryView, found: EntityHistory, ctx: Context): string {
  const words = ctx.messages.history
  const seen = (ref: PointRef) => {
    const point = pointOf(view, ref)
    return `${point.date} (${point.key}, ${commitText(point, words)})`
  }
  const removed = removedAt(view, found)
  const changes = found.changes.flatMap((change) => {
    const point = pointOf(view, change)
    // A change inside the entity is named from it: `cells/data-store-type`.
    const inside = change.path === found.path ? '' : ` ${change.path.slice(found.path.length + 1)}`
    const text = terminalText(`${valueText(change.before)} → ${valueText(change.after)}`)
    return [
      terminalText(
        `  ${change.key}  ${change.locale}  ${commitText(point, words)}  ${words.kinds[change.kind]}${inside}`,
      ),
      hang(text, ctx.width, '    '),
    ]
  })
  return [
    `${terminalText(found.path)} · ${found.current ? words.current : words.notCurrent}`,
    terminalText(
      `  ${words.firstSeen} ${seen(found.firstSeen)} · ${words.lastSeen} ${seen(found.lastSeen)}`,
    ),
    ...(removed ? [`  ${onText('removed', removed, ctx)}`] : []),
    ...changes,
  ].join('\n')
}
