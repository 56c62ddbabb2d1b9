import { sourceError } from './source-error.js'

/*
 * What micromark's cost grows with is not bytes but constructs: table cells, emphasis delimiters,
 * link openers, `<br>` elements and container prefixes each cost far more than a letter, and some
 * of them (delimiters and openers within one paragraph) cost more the more there are. So, before
 * parsing, one linear pass over the text counts them and refuses a source with more than any
 * Learn article has, by one to two orders of magnitude (the real maxima are in the README).
 * The counts are of characters, not of parsed constructs: a `*` inside code counts too. That
 * over-counts, which is the safe side, and keeps the pass cheap.
 */

export const SHAPE_LIMITS = {
  /** `|` on one line: a table row's cells (the corpus has at most 8). */
  tableColumns: 64,
  /** Consecutive lines with a `|`: one table's rows (the corpus has at most 232). */
  tableRows: 10_000,
  /** `*` and `_` in one paragraph: consecutive non-blank lines (the corpus has at most 84). */
  emphasisPerParagraph: 1000,
  /** `[` (links and images) in one paragraph (the corpus has at most 21). */
  linkOpenersPerParagraph: 500,
  /** `<br` on one line, a table row or a line of text (the corpus has at most 6). */
  breaksPerLine: 200,
  /**
   * The whole document's constructs, weighed by what each costs in memory (about a kilobyte per
   * unit, measured with bench/adversarial.mjs): at 300,000 the worst single shape peaked at 334 MB,
   * under the 512 MB target. The heaviest corpus article weighs 3,336.
   */
  weightPerDocument: 300_000,
} as const

/** Units of `weightPerDocument` per construct. */
export const SHAPE_WEIGHTS = {
  /** One less than a line's `|`, when it has any. */
  tableCell: 12,
  emphasisMarker: 2,
  linkOpener: 3,
  break: 4,
  /** A column of indentation or `>`. */
  prefixColumn: 2,
} as const

type Counter = 'emphasis' | 'linkOpeners' | 'breaks'

const what: Record<Counter, string> = {
  emphasis: 'emphasis markers (* and _)',
  linkOpeners: 'link openers ([ and ![)',
  breaks: '<br> elements',
}

/**
 * Long on purpose: one loop over the characters with its counters in locals keeps the pass a
 * single allocation-free scan, cheap next to the parse it guards. Refuses a markdown or Learn text
 * source whose shape no article has, with the line it goes past.
 */
export function checkMarkdownShape(
  text: string,
  file: string,
  limits: Readonly<Record<keyof typeof SHAPE_LIMITS, number>> = SHAPE_LIMITS,
): void {
  const fail = (line: number, message: string): never => {
    throw sourceError(file, line, `${message}: not a Learn article`)
  }
  const inParagraph: Record<Exclude<Counter, 'breaks'>, number> = { emphasis: 0, linkOpeners: 0 }
  let line = 1
  let pipes = 0
  let breaks = 0
  let tableRows = 0
  let weight = 0
  let inPrefix = true
  let blank = true

  const weigh = (units: number) => {
    weight += units
    if (weight > limits.weightPerDocument) {
      fail(
        line,
        `the document has more table cells, emphasis and link markers, <br> and nesting than any article (weight over ${limits.weightPerDocument})`,
      )
    }
  }
  const endLine = () => {
    if (pipes > limits.tableColumns) {
      fail(line, `a row of ${pipes} "|" exceeds ${limits.tableColumns} table columns`)
    }
    if (pipes > 0) {
      // The header and delimiter lines are not rows.
      if (++tableRows > limits.tableRows + 2) {
        fail(line, `a table of more than ${limits.tableRows} rows`)
      }
      weigh(Math.max(pipes - 1, 1) * SHAPE_WEIGHTS.tableCell)
    } else tableRows = 0
    if (blank) {
      inParagraph.emphasis = 0
      inParagraph.linkOpeners = 0
    }
  }

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) {
      endLine()
      line++
      pipes = 0
      breaks = 0
      inPrefix = true
      blank = true
      continue
    }
    if (inPrefix) {
      if (code === 32 || code === 62) {
        weigh(SHAPE_WEIGHTS.prefixColumn) // space, >
        continue
      }
      if (code === 9) {
        weigh(4 * SHAPE_WEIGHTS.prefixColumn) // tab
        continue
      }
      if (code === 13) continue
      inPrefix = false
    }
    blank = false
    if (code === 124) {
      if (text.charCodeAt(index - 1) !== 92) pipes++ // | not after \
    } else if (code === 42 || code === 95) {
      weigh(SHAPE_WEIGHTS.emphasisMarker)
      if (++inParagraph.emphasis > limits.emphasisPerParagraph) {
        fail(line, `more than ${limits.emphasisPerParagraph} ${what.emphasis} in one paragraph`)
      }
    } else if (code === 91) {
      weigh(SHAPE_WEIGHTS.linkOpener)
      if (++inParagraph.linkOpeners > limits.linkOpenersPerParagraph) {
        fail(
          line,
          `more than ${limits.linkOpenersPerParagraph} ${what.linkOpeners} in one paragraph`,
        )
      }
    } else if (
      code === 60 &&
      (text.charCodeAt(index + 1) | 32) === 98 && // b or B
      (text.charCodeAt(index + 2) | 32) === 114 // r or R
    ) {
      weigh(SHAPE_WEIGHTS.break)
      if (++breaks > limits.breaksPerLine) {
        fail(line, `more than ${limits.breaksPerLine} ${what.breaks} on one line`)
      }
    }
  }
  endLine()
}
