import type { Change, SourceLines } from '@mfa-residency/compare'
import type { ParsedDocument } from '@mfa-residency/parser'

/** Front matter that describes the page, as opposed to who maintains it or how it is filed. */
const describingFields: ReadonlySet<string> = new Set(['title', 'description', 'ms.date'])

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value))

/**
 * Front matter changes between two versions of one locale's document. Everything below the front
 * matter (title, headings, paragraphs, tables, lists, notes) is in the dataset and compared there.
 */
export function diffDocuments(
  base: ParsedDocument,
  head: ParsedDocument,
  locale: string,
): Change[] {
  const changes: Change[] = []
  const lines = (
    file: string,
    span: { line: number; endLine: number } | undefined,
  ): SourceLines | undefined =>
    span ? { file, line: span.line, endLine: span.endLine } : undefined
  const baseAt = (span: { line: number; endLine: number } | undefined) => lines(base.file, span)
  const headAt = (span: { line: number; endLine: number } | undefined) => lines(head.file, span)

  const fields = [
    ...new Set([...Object.keys(head.frontMatter ?? {}), ...Object.keys(base.frontMatter ?? {})]),
  ]
  for (const field of fields) {
    const from = base.frontMatter?.[field]
    const to = head.frontMatter?.[field]
    if (JSON.stringify(from) === JSON.stringify(to)) continue
    const describing = describingFields.has(field)
    const action = from === undefined ? 'added' : to === undefined ? 'removed' : 'changed'
    const change: Change = {
      kind: 'metadata',
      action,
      classification: describing ? 'data' : 'cosmetic',
      level: describing ? 'patch' : 'none',
      locale,
      path: `metadata/${locale}/${field}`,
      entity: null,
      summary: `Front matter ${field} ${action} (${locale})${describing ? '' : ': bookkeeping, no content changes'}`,
      before: from === undefined ? null : show(from),
      after: to === undefined ? null : show(to),
    }
    const baseLines = baseAt(base.frontMatterLines[field])
    const headLines = headAt(head.frontMatterLines[field])
    if (baseLines) change.base = baseLines
    if (headLines) change.head = headLines
    changes.push(change)
  }

  return changes
}
