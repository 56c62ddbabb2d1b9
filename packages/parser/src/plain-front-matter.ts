import type { LineSpan } from './document.js'

/*
 * Learn front matter is lines of `key: value`, and the YAML parser's first run in a process costs a
 * one-article run 2 ms, all of it the interpreter meeting yaml's code for the first time. Front
 * matter made only of such lines is read here, with YAML 1.2's core schema (yaml's default); any
 * other line, and the YAML parser reads all of it. The subset is kept narrow on purpose, since
 * narrowing it costs only speed: a test holds both readers equal on fuzzed front matter and on every
 * corpus file.
 */

// A key, `: `, and a value of printable ASCII but `#,[]{}` (a comment, flow collections) that
// starts with no other indicator of YAML's either (`- ? : & * ! | > ' " % @` and backquote).
const pairLine =
  /^([A-Za-z][\w.-]*): +((?![-?:&*!|>'"%@`])[\x21-\x22\x24-\x2b\x2d-\x5a\x5c\x5e-\x7a\x7c\x7e][\x20-\x22\x24-\x2b\x2d-\x5a\x5c\x5e-\x7a\x7c\x7e]*)$/
// What YAML 1.2's core schema resolves to null, a boolean or a number rather than a string.
const notString =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/

export interface FrontMatterFields {
  fields: Record<string, unknown>
  lines: Record<string, LineSpan>
}

/**
 * The fields of front matter `text` (its first line is the markdown file's `firstLine`) when every
 * line is blank or `key: plain text`, each key once; otherwise `null`, for the YAML parser.
 */
export function readPlainPairs(text: string, firstLine: number): FrontMatterFields | null {
  const fields: Record<string, unknown> = {}
  const lines: Record<string, LineSpan> = {}
  const rows = text.split('\n')
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!
    if (/^ *$/.test(row)) continue
    const pair = pairLine.exec(row)
    if (!pair) return null
    const [, key, written] = pair as unknown as [string, string, string]
    const value = written.trimEnd()
    if (Object.hasOwn(fields, key) || value.endsWith(':') || value.includes(': ')) return null
    if (notString.test(value) || notString.test(key)) return null
    fields[key] = value
    lines[key] = { line: firstLine + index, endLine: firstLine + index }
  }
  return Object.keys(fields).length > 0 ? { fields, lines } : null
}
