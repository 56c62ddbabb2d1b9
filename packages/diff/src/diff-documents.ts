import type { Block, ParsedDocument } from '@mfa-residency/parser'
import { pairItems } from './pair-items.js'
import type { Change, SourceLines } from './report.js'
import { wordEdits } from './text-diff.js'

/** Front matter that describes the page, as opposed to who maintains it or how it is filed. */
const describingFields: ReadonlySet<string> = new Set(['title', 'description', 'ms.date'])

type ProseBlock = Extract<Block, { kind: 'heading' | 'paragraph' | 'code' }>

const isProse = (block: Block): block is ProseBlock =>
  block.kind === 'heading' || block.kind === 'paragraph' || block.kind === 'code'

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value))

/**
 * Metadata and prose changes between two versions of one locale's document: front matter fields,
 * the title, headings, paragraphs and code. Tables, lists and notes are compared as data.
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

  if (base.title !== head.title) {
    const change: Change = {
      kind: 'metadata',
      action: 'changed',
      classification: 'data',
      level: 'patch',
      locale,
      path: `metadata/${locale}/title`,
      entity: null,
      summary: `Title changed (${locale})`,
      before: base.title,
      after: head.title,
      words: wordEdits(base.title ?? '', head.title ?? ''),
    }
    if (base.titleLine)
      change.base = { file: base.file, line: base.titleLine, endLine: base.titleLine }
    if (head.titleLine)
      change.head = { file: head.file, line: head.titleLine, endLine: head.titleLine }
    changes.push(change)
  }

  const baseProse = base.blocks.filter(isProse)
  const headProse = head.blocks.filter(isProse)
  const key = (block: ProseBlock) => `${block.kind}: ${block.text}`
  for (const pair of pairItems(baseProse.map(key), headProse.map(key))) {
    const from = pair.base === null ? null : baseProse[pair.base]!
    const to = pair.head === null ? null : headProse[pair.head]!
    if (from && to && from.text === to.text && from.kind === to.kind) continue
    const block = (to ?? from)!
    const action = from && to ? 'changed' : from ? 'removed' : 'added'
    const section = 'section' in block ? block.section.at(-1) : undefined
    const change: Change = {
      kind: 'prose',
      action,
      classification: 'data',
      level: 'patch',
      locale,
      path: `prose/${locale}/${block.kind}@${block.line}`,
      entity: section ?? null,
      summary: `${block.kind[0]!.toUpperCase()}${block.kind.slice(1)} ${action}${section ? ` under "${section}"` : ''} (${locale})`,
      before: from?.text ?? null,
      after: to?.text ?? null,
    }
    if (from && to) change.words = wordEdits(from.text, to.text)
    if (from) change.base = { file: base.file, line: from.line, endLine: from.endLine }
    if (to) change.head = { file: head.file, line: to.line, endLine: to.endLine }
    changes.push(change)
  }
  return changes
}
