import { gfmTable } from 'micromark-extension-gfm-table'
import type { Construct, Extension, TokenizeContext, Tokenizer } from 'micromark-util-types'

// GFM's table construct, told where a table cannot start. micromark tries it at the start of every
// block whatever its first character, and it reads the whole line as a head row before it meets
// the next line and finds no delimiter row there: in prose, every paragraph's first line is read
// twice (5.7 % of a one-article run's instructions, BENCHMARKS.md). A delimiter row starts, after
// the containers' `>` and indentation, with `-`, `:` or `|`; where the next line does not, the
// attempt now fails at once, as it would have failed at that line, and a failed attempt leaves no
// trace either way. Rows after a table's head are never checked: a body row needs no delimiter row.

/** The lines of the text being parsed, while `parsingTables` runs; otherwise nothing is checked. */
let parsedLines: readonly string[] | null = null

/** Run `parse` (a parse of `text`) with the table construct checking `text`'s lines. */
export function parsingTables<T>(text: string, parse: () => T): T {
  const outer = parsedLines
  parsedLines = text.split(/\r\n|\r|\n/)
  try {
    return parse()
  } finally {
    parsedLines = outer
  }
}

/** Whether the line after a head row could be its delimiter row: past the last line there is none. */
const mayBeDelimiterRow = (line: string | undefined) =>
  line !== undefined && /^[ \t>]*[-:|]/.test(line)

/** Whether the construct would continue a table (its last events a head or a row) rather than start one. */
function continuesTable(context: TokenizeContext): boolean {
  const { events } = context
  let index = events.length - 1
  while (index > -1 && ['lineEnding', 'linePrefix'].includes(events[index]![1].type)) index--
  const tail = index > -1 ? events[index]![1].type : null
  return tail === 'tableHead' || tail === 'tableRow'
}

/** micromark-extension-gfm-table's syntax, with its start checked against the next line. */
export function gfmTableWithStartCheck(): Extension {
  const table = (gfmTable().flow as Record<string, Construct>).null!
  const tokenize: Tokenizer = function (effects, ok, nok) {
    const start = table.tokenize.call(this, effects, ok, nok)
    return (code) => {
      // micromark's lines count from 1, so the next line's index is the current line's number.
      if (parsedLines && !continuesTable(this) && !mayBeDelimiterRow(parsedLines[this.now().line]))
        return nok(code)
      return start(code)
    }
  }
  return { flow: { null: { ...table, tokenize } } }
}
