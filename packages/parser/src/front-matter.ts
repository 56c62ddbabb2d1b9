import type { Yaml } from 'mdast'
import { parseDocument } from 'yaml'
import { sourceError } from './source-error.js'

export interface FrontMatter {
  fields: Record<string, unknown>
  msDate: string | null
}

const usDate = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/
const isoDate = /^(\d{4})-(\d{1,2})-(\d{1,2})$/

function isoFromParts(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null
  }
  return date.toISOString().slice(0, 10)
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
  // The node's content starts on the line after the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1
  const document = parseDocument(node.value, { prettyErrors: false })
  const error = document.errors[0]
  if (error) {
    const line = firstLine + (error.linePos?.[0].line ?? 1) - 1
    throw sourceError(file, line, `invalid YAML front matter: ${error.message.split('\n')[0]}`)
  }
  const fields: unknown = document.toJS() ?? {}
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    throw sourceError(file, firstLine, 'front matter must be a YAML mapping of fields')
  }
  const record = fields as Record<string, unknown>
  const raw = record['ms.date']
  if (raw === undefined || raw === null) return { fields: record, msDate: null }
  const msDate = normalizeMsDate(String(raw).trim())
  if (msDate === null) {
    const index = node.value.split('\n').findIndex((text) => text.startsWith('ms.date'))
    throw sourceError(
      file,
      firstLine + Math.max(index, 0),
      `ms.date "${String(raw)}" is not a date: expected MM/DD/YYYY or YYYY-MM-DD`,
    )
  }
  return { fields: record, msDate }
}
