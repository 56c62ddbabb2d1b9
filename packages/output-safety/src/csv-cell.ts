/*
 * A spreadsheet that opens a CSV file evaluates a cell that starts with `=`, `+`, `-` or `@` as a
 * formula (`=HYPERLINK(…)` sends data away, `+cmd|' /C calc'!A0` runs a program through DDE), and
 * some also after a leading tab or carriage return. As OWASP recommends, such a cell gets a single
 * quote in front, which makes it text. That changes the text: `-2+3` is written `'-2+3`. We accept
 * it, because a number-like `-2+3` is exactly what a spreadsheet would compute, and no real cell of
 * the documents starts this way.
 */
const formulaStart = /^[=+\-@\t\r]/
const needsQuotes = /[",\r\n]/

/**
 * One CSV field (RFC 4180): neutralized if a spreadsheet would read it as a formula, then quoted
 * if it holds a comma, a double quote or a line break, with its double quotes doubled.
 */
export function csvCell(text: string): string {
  const inert = formulaStart.test(text) ? `'${text}` : text
  return needsQuotes.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert
}
