import type { List, PhrasingContent, RootContent } from 'mdast'
import { strong, text } from './build.js'
import { docText } from './doc-text.js'
import type { Part } from './parts.js'
import { serialize } from './serialize.js'

export interface Budget {
  /** The most characters the report may have. */
  maxLength: number
  /** Where the full report is, for the note on what was cut. */
  fullReportUrl?: string | undefined
}

/** The report before the budget: its title (which says when it was cut), then fixed blocks and parts. */
export interface Layout {
  title(truncated: boolean): RootContent[]
  pieces: (RootContent[] | Part)[]
}

interface Cut {
  details: Part[]
  sections: Part[]
  /** Blocks left out by the last resort, a cut at a block boundary. */
  dropped: number
}

const size = (blocks: readonly RootContent[]) =>
  blocks.length === 0 ? 0 : serialize({ type: 'root', children: [...blocks] }).length

const names = (parts: readonly Part[], max = 12): PhrasingContent[] => {
  const shown = parts
    .slice(0, max)
    .flatMap((part, index) => [
      ...(index > 0 ? [text(', ')] : []),
      ...docText(part.name),
      text(` (${part.rows} ${part.unit[part.rows === 1 ? 0 : 1]})`),
    ])
  return parts.length > max ? [...shown, text(` and ${parts.length - max} more`)] : shown
}

/** Exactly what was cut, and where the full report is. */
function note(cut: Cut, budget: Budget): RootContent {
  const children: PhrasingContent[] = [
    strong(text('Truncated')),
    text(` to fit ${budget.maxLength.toLocaleString('en')} characters.`),
  ]
  if (cut.details.length > 0)
    children.push(text(' Details not listed: '), ...names(cut.details), text('.'))
  if (cut.sections.length > 0)
    children.push(text(' Sections shown as counts: '), ...names(cut.sections), text('.'))
  if (cut.dropped > 0)
    children.push(text(` Cut at a block boundary: the last ${cut.dropped} blocks are left out.`))
  children.push(
    ...(budget.fullReportUrl
      ? [
          text(' See '),
          { type: 'link' as const, url: budget.fullReportUrl, children: [text('the full report')] },
          text('.'),
        ]
      : [text(' The full report is in the workflow artifacts.')]),
  )
  return { type: 'paragraph', children }
}

/** The blocks as they stand: each part in full or as counts. */
function blocksOf(layout: Layout, cut: Cut): RootContent[] {
  const counted = new Set([...cut.details, ...cut.sections])
  return layout.pieces.flatMap((piece) =>
    Array.isArray(piece) ? piece : counted.has(piece) ? piece.counted : piece.full,
  )
}

/** The last resort: blocks kept while they fit, and of the first that does not, a list's items. */
function hardCut(
  head: RootContent[],
  body: RootContent[],
  max: number,
): { kept: RootContent[]; dropped: number } {
  let used = size(head) + 2
  const kept: RootContent[] = []
  for (const [index, block] of body.entries()) {
    const length = size([block]) + 2
    if (used + length <= max) {
      kept.push(block)
      used += length
      continue
    }
    if (block.type === 'list') {
      const items: List['children'] = []
      for (const item of block.children) {
        const next = { ...block, children: [...items, item] }
        if (used + size([next]) + 2 > max) break
        items.push(item)
      }
      if (items.length > 0) kept.push({ ...block, children: items })
    }
    return { kept, dropped: body.length - index }
  }
  return { kept, dropped: 0 }
}

/**
 * The report within the budget, degraded in steps: in full if it fits; else the details as
 * counts; else the largest sections as counts, one by one; else, as a last resort, cut at a block
 * boundary. The title says it was cut and a note at the top says what and where the full report is.
 */
export function fit(layout: Layout, budget: Budget): string {
  const max = budget.maxLength
  const cut: Cut = { details: [], sections: [], dropped: 0 }
  const render = (truncated: boolean) => {
    const head = [...layout.title(truncated), ...(truncated ? [note(cut, budget)] : [])]
    return { head, body: blocksOf(layout, cut) }
  }
  const text = (parts: { head: RootContent[]; body: RootContent[] }) =>
    serialize({ type: 'root', children: [...parts.head, ...parts.body] })
  const full = text(render(false))
  if (full.length <= max) return full
  const parts = layout.pieces.filter((piece): piece is Part => !Array.isArray(piece))
  cut.details = parts.filter((part) => part.layer === 'details')
  let current = text(render(true))
  if (current.length <= max) return current
  const sections = parts
    .filter((part) => part.layer === 'section')
    .map((part) => ({ part, saves: size(part.full) - size(part.counted) }))
    .sort((a, b) => b.saves - a.saves)
  let estimate = current.length
  for (const { part, saves } of sections) {
    cut.sections.push(part)
    estimate -= saves - part.name.length - 16
    if (estimate > max) continue
    current = text(render(true))
    if (current.length <= max) return current
    estimate = current.length
  }
  const { head, body } = render(true)
  const { kept, dropped } = hardCut(head, body, max - 200)
  cut.dropped = dropped
  // The estimate left room for the longer note; should it not have, fewer blocks go out.
  let result = text({ head: render(true).head, body: kept })
  while (result.length > max && kept.length > 0) {
    kept.pop()
    cut.dropped++
    result = text({ head: render(true).head, body: kept })
  }
  return result
}
