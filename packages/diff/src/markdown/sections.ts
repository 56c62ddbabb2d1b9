import type { Change, EntityContents, Level, Report, SummaryEntity } from '@mfa-residency/compare'
import type { Heading, PhrasingContent, RootContent } from 'mdast'
import { entityParts } from '../summary-text.js'
import { denseTable, details, heading, list, paragraph, table, text } from './build.js'
import { docText } from './doc-text.js'
import { FOLD_AFTER, type Part } from './parts.js'
import { type ChangeRow, changeRows } from './rows.js'
import { changeSource, type LinkOptions } from './source-links.js'
import { shows, valueLines } from './values.js'

/**
 * What an added or removed entity held: a table or row as a GFM table of its own, cell by cell; a
 * list's items as a list; a note's text as a quote.
 */
function contentsBlock(contents: EntityContents, kind: Change['kind']): RootContent {
  const first = (row: EntityContents['rows'][number] | undefined) => docText(row?.[0]?.[0] ?? '')
  if (kind === 'list') return list(contents.rows.map(first))
  if (kind === 'note')
    return { type: 'blockquote', children: [paragraph(...first(contents.rows[0]))] }
  return table(
    contents.columns,
    contents.rows.map((row) => row.map((values) => valueLines(values))),
  )
}

function title(entity: SummaryEntity): PhrasingContent[] {
  const { kind, name } = entityParts(entity)
  const action = entity.action ? ` ${entity.action}` : ''
  return [
    text(`${kind}${action}${name === null ? '' : ': '}`),
    ...(name === null ? [] : docText(name)),
    text(` · ${entity.level}`),
  ]
}

/** Rows added or removed from one table, side by side in one grid each way. */
function rowGrids(
  report: Report,
  changes: readonly number[],
  contents: ReadonlyMap<number, EntityContents>,
  options: LinkOptions,
): RootContent[] {
  const blocks: RootContent[] = []
  for (const action of ['removed', 'added'] as const) {
    const found = changes.filter((index) => report.changes[index]!.action === action)
    if (found.length === 0) continue
    const first = contents.get(found[0]!)!
    const sources = found.flatMap((index, at) => [
      ...(at > 0 ? [text(', ')] : []),
      ...changeSource(report.changes[index]!, options),
    ])
    blocks.push(
      paragraph(text(`${found.length === 1 ? 'Row' : 'Rows'} ${action}: `), ...sources),
      contentsBlock({ ...first, rows: found.flatMap((index) => contents.get(index)!.rows) }, 'row'),
    )
  }
  return blocks
}

const isRow = (change: Change) => change.kind === 'row'

/**
 * A section's changes: one as a sentence, several as a table (folded when long). The level is
 * the heading's when every row has it: a column of one word says nothing.
 */
function changeBlocks(rows: readonly ChangeRow[], level: Level): RootContent[] {
  const oneLevel = rows.every((row) => row.level === level)
  if (rows.length === 1) {
    const [row] = rows as [ChangeRow]
    const where = row.source.length > 0 ? [text(' · '), ...row.source] : []
    const at = oneLevel ? [] : [text(` (${row.level})`)]
    return [paragraph(...row.label, ...at, text(': '), ...row.diff, ...where)]
  }
  const changes = denseTable(
    ['change', 'level', 'before → after', 'source'],
    rows.map((row) => [row.label, oneLevel ? [] : [text(row.level)], row.diff, row.source]),
  )
  return rows.length > FOLD_AFTER ? details(`${rows.length} changes`, [changes]) : [changes]
}

/** One entity's section: its heading, what came or went cell by cell, and a row per change. */
function section(report: Report, entity: SummaryEntity, options: LinkOptions): Part {
  const contents = new Map(report.summary.contents.map((entry) => [entry.change, entry]))
  const blocks: RootContent[] = [heading(4, ...title(entity))]
  const whole = entity.changes.filter(
    (index) => contents.has(index) && !isRow(report.changes[index]!),
  )
  // What came or went whole: its lines in the heading, its contents below.
  for (const index of whole) {
    const where = changeSource(report.changes[index]!, options)
    if (where.length > 0) (blocks[0] as Heading).children.push(text(' · '), ...where)
    blocks.push(contentsBlock(contents.get(index)!, report.changes[index]!.kind))
  }
  const rows = entity.changes.filter(
    (index) => contents.has(index) && isRow(report.changes[index]!),
  )
  blocks.push(...rowGrids(report, rows, contents, options))
  const rest = entity.changes.filter(
    (index) => !contents.has(index) && shows(report.changes[index]!),
  )
  const hidden = entity.changes.length - whole.length - rows.length - rest.length
  if (rest.length > 0) blocks.push(...changeBlocks(changeRows(report, rest, options), entity.level))
  if (hidden > 0)
    blocks.push(
      paragraph(text(`${hidden} more with nothing to show side by side: see the facts above.`)),
    )
  const counted = paragraph(
    text(
      `${entity.changes.length} ${entity.changes.length === 1 ? 'change' : 'changes'}, shown as a count to fit the size limit.`,
    ),
  )
  const { kind, name } = entityParts(entity)
  return {
    name: name === null ? kind : `${kind} “${name}”`,
    layer: 'section',
    rows: entity.changes.length,
    unit: ['change', 'changes'],
    full: blocks,
    counted: [blocks[0]!, counted],
  }
}

/** The second layer: a section per entity a data change touches, in the summary's order. */
export function sectionParts(report: Report, options: LinkOptions): Part[] {
  return report.summary.entities.map((entity) => section(report, entity, options))
}
