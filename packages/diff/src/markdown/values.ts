import type { Change } from '@mfa-residency/compare'
import { diffArrays } from 'diff'
import type { PhrasingContent } from 'mdast'
import { html, joined, text } from './build.js'
import { docPhrasing, docText, type Segment } from './doc-text.js'

const br = () => html('<br>')

/** Values one per line, those in `marked` (counted, as a multiset) deleted or inserted. */
export function valueLines(
  values: readonly string[],
  marked: readonly string[] = [],
  mark?: 'del' | 'ins',
): PhrasingContent[] {
  const left = [...marked]
  return joined(
    values.map((value) => {
      const index = left.indexOf(value)
      if (index !== -1) left.splice(index, 1)
      return docPhrasing([{ text: value, mark: index !== -1 ? mark : undefined }])
    }),
    br,
  )
}

// Kept words around an edit: enough to find it, not the whole paragraph again.
const CONTEXT = 30

/** A long text, as a row shows prose: its start, cut at a word. */
export const clipped = (value: string, max = 100) =>
  value.length <= max ? value : `${value.slice(0, max).replace(/\s+\S*$/, '')}…`

/** A kept stretch of a word diff, cut to its ends next to the edits around it. */
function context(value: string, first: boolean, last: boolean): string {
  if (value.length <= CONTEXT * 2) return value
  const head = value.slice(0, CONTEXT).replace(/\S*$/, '')
  const tail = value.slice(-CONTEXT).replace(/^\S*/, '')
  if (first && last) return clipped(value, CONTEXT * 2)
  if (first) return `…${tail}`
  if (last) return `${head}…`
  return `${head}…${tail}`
}

const list = (value: Change['before'] | undefined) =>
  value === undefined || value === null ? [] : [value].flat()

/** A cell's values, before and after in one: kept, removed (struck) and added, in order. */
function valuesDiff(before: readonly string[], after: readonly string[]): PhrasingContent[] {
  const lines = diffArrays([...before], [...after]).flatMap((part) =>
    part.value.map((value) =>
      docPhrasing([{ text: value, mark: part.removed ? 'del' : part.added ? 'ins' : undefined }]),
    ),
  )
  return joined(lines, br)
}

/**
 * What a change did, before and after in one cell, as GitHub renders a redline: kept text, removed
 * text in `<del>`, added text in `<ins>`. Word edits keep some context around each edit; a cell's
 * values go one per line; a new order shows the order before and after.
 */
export function changeDiff(change: Change): PhrasingContent[] {
  if (change.words) {
    const edits = change.words
    return docPhrasing(
      edits.flatMap((edit, index): Segment[] =>
        edit.op === '='
          ? [{ text: context(edit.text, index === 0, index === edits.length - 1) }]
          : [
              // A replacement reads as two words, not one: `<del>a</del> <ins>b</ins>`.
              ...(edit.op === '+' &&
              edits[index - 1]?.op === '-' &&
              !/\s$/.test(edits[index - 1]!.text) &&
              !/^\s/.test(edit.text)
                ? [{ text: ' ' }]
                : []),
              { text: edit.text, mark: edit.op === '-' ? 'del' : 'ins' },
            ],
      ),
    )
  }
  if (change.kind === 'mention')
    return valuesDiff(change.termsRemoved ?? [], change.termsAdded ?? [])
  const before = list(change.before)
  const after = list(change.after)
  const moved = before.length > 1 && [...before].sort().join('\n') === [...after].sort().join('\n')
  if (change.reordered || moved)
    return [text('before: '), ...valueLines(before), br(), text('after: '), ...valueLines(after)]
  if (Array.isArray(change.before) || Array.isArray(change.after)) return valuesDiff(before, after)
  const prose = (value: string) => (change.kind === 'prose' ? clipped(value) : value)
  return joined(
    [
      ...before.map((value) => docPhrasing([{ text: prose(value), mark: 'del' }])),
      ...after.map((value) => docPhrasing([{ text: prose(value), mark: 'ins' }])),
    ],
    () => text(' '),
  )
}

/** One side of a change, for rows that show raw before and after (cosmetic changes). */
export function sideOf(change: Change, side: 'before' | 'after'): PhrasingContent[] {
  const value = change[side]
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? valueLines(value) : docText(value)
}

/** Whether a change has something to show: a row whose sides read the same never does. */
export function shows(change: Change): boolean {
  if (change.words) return change.words.some((edit) => edit.op !== '=')
  return JSON.stringify(change.before ?? null) !== JSON.stringify(change.after ?? null)
}
