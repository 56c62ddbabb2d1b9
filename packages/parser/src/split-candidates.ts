import type { JoinedCell } from './split-joined-cells.js'

/** What the cells settled so far have taught about the values of the document. */
export interface Vocabulary {
  /** The translation first learned for each source value. */
  translation: Map<string, string>
  /** Every value learned so far, whatever it translates. */
  values: Set<string>
}

export interface Candidate {
  values: string[]
  unknown: number
}

export interface Search {
  found: Candidate[]
  /** True when the search stopped at MAX_CANDIDATES, so `found` is not every split. */
  capped: boolean
}

// Cells are short; the cap only guards against pathological input.
export const MAX_CANDIDATES = 64

/** A vocabulary that knows nothing yet. */
export function emptyVocabulary(): Vocabulary {
  return { translation: new Map(), values: new Set() }
}

/** Add a settled cell's values; a source value keeps the first translation learned for it. */
export function learn(vocabulary: Vocabulary, cell: JoinedCell, values: string[]): void {
  values.forEach((value, index) => {
    const source = cell.sourceValues[index]!
    if (!vocabulary.translation.has(source)) vocabulary.translation.set(source, value)
    vocabulary.values.add(value)
  })
}

/** Whether `part` is the learned translation of `source`, or any learned value if none is yet. */
function isKnown(vocabulary: Vocabulary, source: string, part: string): boolean {
  const learned = vocabulary.translation.get(source)
  return learned === undefined ? vocabulary.values.has(part) : learned === part
}

/** All-known splits first; only when there is none, splits with one unknown part. */
export function candidates(vocabulary: Vocabulary, cell: JoinedCell, cellWords: string[]): Search {
  const known = search(vocabulary, cell, cellWords, 0)
  return known.found.length > 0 || known.capped ? known : search(vocabulary, cell, cellWords, 1)
}

/** Splits with at most `allowUnknown` unknown parts. */
function search(
  vocabulary: Vocabulary,
  cell: JoinedCell,
  cellWords: string[],
  allowUnknown: number,
): Search {
  const found: Candidate[] = []
  const parts: string[] = []
  const count = cell.sourceValues.length
  let capped = false
  const walk = (start: number, index: number, unknown: number) => {
    if (found.length >= MAX_CANDIDATES) {
      capped = true
      return
    }
    if (index === count) {
      if (start === cellWords.length) found.push({ values: [...parts], unknown })
      return
    }
    const lastEnd = cellWords.length - (count - index - 1)
    for (let end = start + 1; end <= lastEnd; end++) {
      const part = cellWords.slice(start, end).join(' ')
      const known = isKnown(vocabulary, cell.sourceValues[index]!, part)
      if (!known && unknown === allowUnknown) continue
      parts.push(part)
      walk(end, index + 1, unknown + (known ? 0 : 1))
      parts.pop()
    }
  }
  walk(0, 0, 0)
  return { found, capped }
}
