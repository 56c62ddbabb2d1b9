import type { Yaml } from 'mdast'
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml'
import type { LineSpan } from './document.js'
import { type FrontMatterFields, readPlainPairs } from './plain-front-matter.js'
import { sourceError } from './source-error.js'

export interface FrontMatter {
  fields: Record<string, unknown>
  /** Where each top-level field is written, in the markdown file's lines. */
  lines: Record<string, LineSpan>
  msDate: string | null
}

const usDate = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/
const isoDate = /^(\d{4})-(\d{1,2})-(\d{1,2})$/

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

// Arithmetic, not `Date`: a process's first `getUTCFullYear` sets up V8's date cache, 2 ms of a
// one-article run. Years below 100 stay rejected, as `Date.UTC` read them as 19xx.
function isoFromParts(year: number, month: number, day: number): string | null {
  if (year < 100 || month < 1 || month > 12 || day < 1) return null
  const lastDay = month === 2 && isLeapYear(year) ? 29 : daysInMonth[month - 1]!
  if (day > lastDay) return null
  const twoDigits = (value: number) => String(value).padStart(2, '0')
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`
}

/** Learn writes `ms.date` as `MM/DD/YYYY`; some repositories use ISO. Both become `YYYY-MM-DD`. */
export function normalizeMsDate(value: string): string | null {
  const us = usDate.exec(value)
  if (us) return isoFromParts(Number(us[3]), Number(us[1]), Number(us[2]))
  const iso = isoDate.exec(value)
  if (iso) return isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  return null
}

/** Parse a YAML front matter node; errors point at the line in the markdown file. */
export function readFrontMatter(node: Yaml, file: string): FrontMatter {
  return withMsDate(
    readPlainPairs(node.value, firstLineOf(node)) ?? readYaml(node, file),
    node,
    file,
  )
}

/** `readFrontMatter` through the YAML parser alone: what the plain-pairs path must equal. */
export function readFrontMatterWithYaml(node: Yaml, file: string): FrontMatter {
  return withMsDate(readYaml(node, file), node, file)
}

// The node's content starts on the line after the opening `---`.
const firstLineOf = (node: Yaml) => (node.position?.start.line ?? 1) + 1

function readYaml(node: Yaml, file: string): FrontMatterFields {
  const firstLine = firstLineOf(node)
  const lineCounter = new LineCounter()
  const document = parseDocument(node.value, { prettyErrors: false, lineCounter })
  const error = document.errors[0]
  if (error) {
    const line = firstLine + (error.linePos?.[0].line ?? 1) - 1
    throw sourceError(file, line, `invalid YAML front matter: ${error.message.split('\n')[0]}`)
  }
  let fields: unknown
  try {
    fields = document.toJS({ maxAliasCount: 100 }) ?? {}
  } catch (error) {
    throw sourceError(file, firstLine, `invalid YAML front matter: ${(error as Error).message}`)
  }
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    throw sourceError(file, firstLine, 'front matter must be a YAML mapping of fields')
  }
  const lines: Record<string, LineSpan> = {}
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue
      const end =
        (isScalar(pair.value) || isMap(pair.value) ? pair.value.range?.[1] : undefined) ??
        pair.key.range[1]
      lines[String(pair.key.value)] = {
        line: firstLine + lineCounter.linePos(pair.key.range[0]).line - 1,
        endLine: firstLine + lineCounter.linePos(Math.max(end - 1, pair.key.range[0])).line - 1,
      }
    }
  }
  return { fields: fields as Record<string, unknown>, lines }
}

/** The fields with `ms.date` read as a date: an error, naming its line, when it is not one. */
function withMsDate(
  { fields: record, lines }: FrontMatterFields,
  node: Yaml,
  file: string,
): FrontMatter {
  const raw = record['ms.date']
  if (raw === undefined || raw === null) return { fields: record, lines, msDate: null }
  const msDate = normalizeMsDate(String(raw).trim())
  if (msDate === null) {
    throw sourceError(
      file,
      lines['ms.date']?.line ?? firstLineOf(node),
      `ms.date "${String(raw)}" is not a date: expected MM/DD/YYYY or YYYY-MM-DD`,
    )
  }
  return { fields: record, lines, msDate }
}
