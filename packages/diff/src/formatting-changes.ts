import type { Change } from '@mfa-residency/compare'
import { diffArrays } from 'diff'

const splitLines = (text: string) => text.split(/\r\n|\r|\n/)

function covered(changes: readonly Change[], side: 'base' | 'head', file: string): Set<number> {
  const lines = new Set<number>()
  for (const change of changes) {
    const where = change[side]
    if (!where || where.file !== file) continue
    for (let line = where.line; line <= where.endLine; line++) lines.add(line)
  }
  return lines
}

/**
 * The line-level safety net. Every line that a plain text diff shows as changed must fall inside a
 * reported change; lines that do not changed no extracted value (table padding, `<br/>` versus
 * `<br />`, blank lines, anchors, trailing spaces) and are reported here as cosmetic formatting.
 */
export function formattingChanges(
  base: { file: string; text: string },
  head: { file: string; text: string },
  locale: string,
  changes: readonly Change[],
): Change[] {
  const baseCovered = covered(changes, 'base', base.file)
  const headCovered = covered(changes, 'head', head.file)
  const result: Change[] = []
  const baseLines = splitLines(base.text)
  const headLines = splitLines(head.text)
  let b = 1
  let h = 1
  let removed: number[] = []
  let added: number[] = []
  const blank = (lines: string[], line: number) =>
    lines[line - 1] !== undefined && lines[line - 1]!.trim() === ''
  /**
   * A hunk plus the blank lines around it. Blank lines are interchangeable, so another diff
   * algorithm (git's, say) may call a neighbouring one changed instead: it belongs to the hunk.
   */
  const region = (lines: string[], changed: number[], at: number) => {
    const all = new Set(changed)
    const first = changed[0] ?? at
    const last = changed.at(-1) ?? at - 1
    for (let line = first - 1; blank(lines, line); line--) all.add(line)
    for (let line = last + 1; blank(lines, line); line++) all.add(line)
    return [...all].sort((x, y) => x - y)
  }
  const flush = () => {
    if (removed.length === 0 && added.length === 0) return
    const from = region(baseLines, removed, b).filter((line) => !baseCovered.has(line))
    const to = region(headLines, added, h).filter((line) => !headCovered.has(line))
    removed = []
    added = []
    if (from.length === 0 && to.length === 0) return
    const onlyBlank = [
      ...from.map((line) => baseLines[line - 1]!),
      ...to.map((line) => headLines[line - 1]!),
    ].every((text) => text.trim() === '')
    const change: Change = {
      kind: 'formatting',
      action: 'changed',
      classification: 'cosmetic',
      level: 'none',
      locale,
      path: `formatting/${locale}/${to[0] ?? from[0]}`,
      entity: null,
      summary: onlyBlank
        ? `Blank lines around a change (${locale})`
        : `Formatting only (${locale}): ${from.length} line(s) → ${to.length} line(s), no extracted value changed`,
      before: from.map((line) => baseLines[line - 1]!),
      after: to.map((line) => headLines[line - 1]!),
    }
    if (from.length > 0) change.base = { file: base.file, line: from[0]!, endLine: from.at(-1)! }
    if (to.length > 0) change.head = { file: head.file, line: to[0]!, endLine: to.at(-1)! }
    result.push(change)
  }
  for (const part of diffArrays(baseLines, headLines)) {
    const count = part.value.length
    if (part.removed) {
      for (let i = 0; i < count; i++) removed.push(b + i)
      b += count
    } else if (part.added) {
      for (let i = 0; i < count; i++) added.push(h + i)
      h += count
    } else {
      flush()
      b += count
      h += count
    }
  }
  flush()
  return result
}
