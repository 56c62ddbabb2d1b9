import type { Change, Report } from '@mfa-residency/compare'
import type { RootContent } from 'mdast'
import { translationLine } from '../summary-text.js'
import { code, details, html, joined, list, paragraph, strong, table, text } from './build.js'
import { docText } from './doc-text.js'
import type { Part } from './parts.js'
import { changeSource, type LinkOptions } from './source-links.js'
import { shows, sideOf } from './values.js'

const _one = (value: Change['before'] | undefined) =>
  value === undefined || value === null ? '' : [value].flat().join(' | ')

// Drift is for translators, who open the file: a long translation is cut in the table.
const _cut = (value: string, max = 160) => (value.length > max ? `${value.slice(0, max)}…` : value)

const kinds = {
  missing: 'not translated yet',
  stale: 'the source changed: redo',
  extra: 'gone from the source',
  resolved: 'caught up',
} as const

/**
 * Translation drift, one row per entity whose translation fell behind (or caught up), by locale
 * and kind: what a translator opens the file for. What the source says now is in its section.
 */
function driftPart(report: Report): Part | null {
  const drift = report.changes
    .map((change, index) => ({ change, index }))
    .filter(({ change }) => change.classification === 'translation-drift')
  if (drift.length === 0) return null
  const blocks: RootContent[] = []
  const groups = new Map<string, typeof drift>()
  for (const entry of drift) {
    if (entry.change.action === 'stale' && !shows(entry.change)) continue
    const key = `${entry.change.locale} ${entry.change.action}`
    groups.set(key, [...(groups.get(key) ?? []), entry])
  }
  for (const [key, entries] of groups) {
    const action = entries[0]!.change.action as keyof typeof kinds
    blocks.push(
      paragraph(strong(text(key)), text(` (${entries.length}): ${kinds[action] ?? action}`)),
      list(
        entries.map(({ change, index }) => docText(report.summary.labels[index] ?? change.path)),
      ),
    )
  }
  const status = report.summary.translations.map(translationLine).join('; ')
  const summary = `Translation drift: ${drift.length} (${status})`
  return {
    name: 'Translation drift',
    layer: 'details',
    rows: drift.length,
    unit: ['entity', 'entities'],
    full: details(summary, blocks),
    counted: [paragraph(text(`${summary}: not listed, to fit the size limit.`))],
  }
}

const blankOnly = (change: Change) =>
  change.kind === 'formatting' &&
  [change.before ?? [], change.after ?? []].flat().every((line) => line.trim() === '')

/** Raw source lines, as code: what changed is the Markdown itself. */
const sourceLines = (value: Change['before'] | undefined) =>
  joined(
    [value ?? []].flat().map((line) => [code(line === '' ? ' ' : line)]),
    () => html('<br>'),
  )

/** Cosmetic changes: formatting and bookkeeping; blank lines next to a change only as a count. */
function cosmeticPart(report: Report, options: LinkOptions): Part | null {
  const cosmetic = report.changes
    .map((change, index) => ({ change, index }))
    .filter(({ change }) => change.classification === 'cosmetic')
  if (cosmetic.length === 0) return null
  const blank = cosmetic.filter(({ change }) => blankOnly(change)).length
  const shown = cosmetic.filter(({ change }) => !blankOnly(change) && shows(change))
  const note =
    blank > 0
      ? [
          paragraph(
            text(
              `${blank} blank-line-only ${blank === 1 ? 'hunk' : 'hunks'} next to other changes, not listed.`,
            ),
          ),
        ]
      : []
  const rows = shown.map(({ change, index }) =>
    change.kind === 'formatting'
      ? [
          docText(report.summary.labels[index] ?? ''),
          sourceLines(change.before),
          sourceLines(change.after),
          changeSource(change, options),
        ]
      : [
          docText(report.summary.labels[index] ?? change.summary),
          sideOf(change, 'before'),
          sideOf(change, 'after'),
          changeSource(change, options),
        ],
  )
  const summary = `Cosmetic: ${cosmetic.length} (no published value changed)`
  const full: RootContent[] =
    rows.length > 0
      ? details(summary, [table(['change', 'before', 'after', 'source'], rows), ...note])
      : [paragraph(text(`${summary}: `), ...(note[0]?.children ?? []))]
  return {
    name: 'Cosmetic',
    layer: 'details',
    rows: rows.length,
    unit: ['row', 'rows'],
    full,
    counted: [paragraph(text(`${summary}: not listed, to fit the size limit.`))],
  }
}

/** The third layer, folded: translation drift and cosmetic changes. */
export function detailParts(report: Report, options: LinkOptions): Part[] {
  return [driftPart(report), cosmeticPart(report, options)].filter(
    (part): part is Part => part !== null,
  )
}
