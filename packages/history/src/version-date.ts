import { normalizeMsDate, type ParsedDocument } from '@mfa-residency/parser'
import type { DateSource } from './version-record.js'

export interface VersionDate {
  date: string
  dateSource: DateSource
}

/** A front matter field as a date, when it is one. */
function frontMatterDate(document: ParsedDocument, field: string): string | null {
  const value = document.frontMatter?.[field]
  return typeof value === 'string' ? normalizeMsDate(value.trim()) : null
}

/**
 * A version's date, as the issue ranks the evidence: its ms.date; failing that, its commit's
 * date; failing that, its ms.lasthandoff; failing all, the day it entered docs-source, when known.
 */
export function versionDate(
  document: ParsedDocument,
  known: { commitDate?: string | null; lastHandoff?: string | null; entered?: string | null },
): VersionDate | null {
  const msDate = document.msDate ?? document.pageMetadata?.msDate ?? null
  if (msDate) return { date: msDate, dateSource: 'ms.date' }
  if (known.commitDate) return { date: known.commitDate, dateSource: 'commit-date' }
  const handoff = known.lastHandoff ?? frontMatterDate(document, 'ms.lasthandoff')
  if (handoff) return { date: handoff, dateSource: 'lasthandoff' }
  if (known.entered) return { date: known.entered, dateSource: 'entered-docs-source' }
  return null
}
