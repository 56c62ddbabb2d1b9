import { diffWords } from 'diff'
import type { WordEdit } from './report.js'

/** Word-level edits that turn `before` into `after`. */
export function wordEdits(before: string, after: string): WordEdit[] {
  return diffWords(before, after).map((part) => ({
    op: part.added ? '+' : part.removed ? '-' : '=',
    text: part.value,
  }))
}

/** Values in `a` that `b` lacks, counting repeats (a multiset difference). */
export function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const remaining = [...b]
  const missing: string[] = []
  for (const value of a) {
    const index = remaining.indexOf(value)
    if (index === -1) missing.push(value)
    else remaining.splice(index, 1)
  }
  return missing
}
