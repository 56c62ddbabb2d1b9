import { SHAPE_LIMITS, SHAPE_WEIGHTS } from './markdown-shape.js'
import { sourceError } from './source-error.js'

// The tags that cost what their markdown twins cost once the page is a tree: a cell, a break, a
// link, an emphasis. Weighed with the markdown pre-scan's weights against the same budget.
const weighed = /<(t[dh]|br|a|em|strong|i|b)\b/gi
const weights: Record<string, number> = {
  td: SHAPE_WEIGHTS.tableCell,
  th: SHAPE_WEIGHTS.tableCell,
  br: SHAPE_WEIGHTS.break,
  a: SHAPE_WEIGHTS.linkOpener,
}

/**
 * A linear pass over a page's HTML before it is parsed: a page with more cells, breaks, links and
 * emphasis than `SHAPE_LIMITS.weightPerDocument` allows is refused at the line where it passes the
 * budget, instead of being built into a tree that costs gigabytes.
 */
export function checkHtmlShape(text: string, file: string): void {
  let weight = 0
  for (const match of text.matchAll(weighed)) {
    weight += weights[(match[1] as string).toLowerCase()] ?? SHAPE_WEIGHTS.emphasisMarker
    if (weight > SHAPE_LIMITS.weightPerDocument) {
      const line = text.slice(0, match.index).split('\n').length
      throw sourceError(
        file,
        line,
        `the page has more table cells, <br>, links and emphasis than any article (weight over ${SHAPE_LIMITS.weightPerDocument})`,
      )
    }
  }
}
