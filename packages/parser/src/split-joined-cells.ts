import type { SourceIssue } from './source-error.js'
import {
  candidates,
  emptyVocabulary,
  learn,
  MAX_CANDIDATES,
  type Vocabulary,
} from './split-candidates.js'

/** A cell whose values were flattened into one space-joined string, to split like its counterpart. */
export interface JoinedCell {
  /** The counterpart's values, in the source locale. */
  sourceValues: readonly string[]
  joined: string
  file: string
  line: number
}

export type SplitOutcome =
  | { kind: 'split'; values: string[] }
  /** Fewer words than values: this cell cannot be the counterpart. */
  | { kind: 'misfit'; reason: string }

export interface SplitResult {
  outcomes: SplitOutcome[]
  /** Cells that could be split more than one way: never guessed. */
  issues: SourceIssue[]
}

/** The cells being split, their words, and what is settled and learned so far. */
interface Settling {
  cells: readonly JoinedCell[]
  words: string[][]
  /** One per cell; `undefined` until the cell is settled. */
  outcomes: (SplitOutcome | undefined)[]
  vocabulary: Vocabulary
}

/**
 * Split space-joined cells into as many values as their counterparts have.
 *
 * A split is accepted when it is the only one whose parts are all known, or failing that the only
 * one with exactly one unknown part. A part is known when it is the translation already learned for
 * the counterpart value, or (for a counterpart value not yet seen) any value learned so far. Single
 * value cells seed the vocabulary, and every accepted split adds to it, so passes repeat in document
 * order until one learns nothing: a cell with two unknown values early on is often settled by a later
 * cell that shares one of them.
 */
export function splitJoinedCells(cells: readonly JoinedCell[]): SplitResult {
  const settling: Settling = {
    cells,
    words: cells.map((cell) => (cell.joined === '' ? [] : cell.joined.split(' '))),
    outcomes: cells.map(() => undefined),
    vocabulary: emptyVocabulary(),
  }
  settleWithoutVocabulary(settling)
  splitUntilNothingLearned(settling)
  rejectLeftovers(settling)
  const issues = unsplitIssues(settling)
  return {
    outcomes: settling.outcomes.map((outcome) => outcome ?? { kind: 'misfit', reason: 'unsplit' }),
    issues,
  }
}

/** Settle what needs no vocabulary: no values, one value, or too few words to fit. */
function settleWithoutVocabulary({ cells, words, outcomes, vocabulary }: Settling): void {
  cells.forEach((cell, index) => {
    const cellWords = words[index]!
    const count = cell.sourceValues.length
    if (count <= 1) {
      const values = cellWords.length === 0 ? [] : [cell.joined]
      if (values.length !== count) {
        outcomes[index] = {
          kind: 'misfit',
          reason:
            count === 0
              ? 'cell has text where its counterpart is empty'
              : 'cell is empty, expected 1 value',
        }
      } else {
        outcomes[index] = { kind: 'split', values }
        learn(vocabulary, cell, values)
      }
    } else if (cellWords.length < count) {
      outcomes[index] = {
        kind: 'misfit',
        reason: `cell has ${cellWords.length} word(s), too few for the ${count} values of its counterpart`,
      }
    }
  })
}

/** Accept the only split of each unsettled cell, pass after pass, until a pass learns nothing. */
function splitUntilNothingLearned({ cells, words, outcomes, vocabulary }: Settling): void {
  let learned = true
  while (learned) {
    learned = false
    cells.forEach((cell, index) => {
      if (outcomes[index]) return
      const { found, capped } = candidates(vocabulary, cell, words[index]!)
      if (found.length === 1 && !capped) {
        outcomes[index] = { kind: 'split', values: found[0]!.values }
        learn(vocabulary, cell, found[0]!.values)
        learned = true
      }
    })
  }
}

/** Turn into misfits the splits whose parts hold more than one value. */
function rejectLeftovers({ cells, outcomes }: Settling): void {
  // A part that is the document-wide translation of its value plus more words means the cell holds
  // more values than its counterpart (a translation not updated after a value was removed).
  const consensus = consensusTranslations(cells, outcomes)
  cells.forEach((cell, index) => {
    const outcome = outcomes[index]
    if (outcome?.kind !== 'split' || cell.sourceValues.length < 2) return
    outcome.values.forEach((part, position) => {
      const usual = consensus.get(cell.sourceValues[position]!)
      if (outcomes[index]?.kind !== 'split' || usual === undefined || usual === part) return
      if (extends_(part, usual)) {
        const extra = part.startsWith(`${usual} `)
          ? part.slice(usual.length + 1)
          : part.slice(0, -usual.length - 1)
        outcomes[index] = {
          kind: 'misfit',
          reason: `cell holds more than its ${cell.sourceValues.length} counterpart values: "${extra}" is left over after "${usual}"`,
        }
      }
    })
  })
}

/** One issue for each cell still unsettled, saying why it could not be split. */
function unsplitIssues({ cells, words, outcomes, vocabulary }: Settling): SourceIssue[] {
  const issues: SourceIssue[] = []
  cells.forEach((cell, index) => {
    if (outcomes[index]) return
    const { found, capped } = candidates(vocabulary, cell, words[index]!)
    const shown = found
      .slice(0, 3)
      .map((candidate) => candidate.values.map((value) => `"${value}"`).join(' + '))
    issues.push({
      file: cell.file,
      line: cell.line,
      message:
        `cannot split "${cell.joined}" into ${cell.sourceValues.length} values ` +
        `(${cell.sourceValues.map((value) => `"${value}"`).join(', ')}): ` +
        (capped
          ? `more than ${MAX_CANDIDATES} possible splits, for example ${shown.join(' or ')}`
          : found.length > 1
            ? `ambiguous, for example ${shown.join(' or ')}`
            : 'more than one value is not found anywhere else in the document'),
    })
  })
  return issues
}

/** Whether `longer` is `shorter` with more words before or after it. */
const extends_ = (longer: string, shorter: string) =>
  longer.startsWith(`${shorter} `) || longer.endsWith(` ${shorter}`)

/**
 * The translation of each source value across split cells. A candidate that is another candidate
 * plus more words is never chosen: the extra words are another value. Among the rest, the most
 * common wins, then the shortest.
 */
function consensusTranslations(
  cells: readonly JoinedCell[],
  outcomes: readonly (SplitOutcome | undefined)[],
): Map<string, string> {
  const votes = new Map<string, Map<string, number>>()
  cells.forEach((cell, index) => {
    const outcome = outcomes[index]
    if (outcome?.kind !== 'split') return
    outcome.values.forEach((value, position) => {
      const source = cell.sourceValues[position]!
      const counts = votes.get(source) ?? new Map<string, number>()
      counts.set(value, (counts.get(value) ?? 0) + 1)
      votes.set(source, counts)
    })
  })
  const consensus = new Map<string, string>()
  for (const [source, counts] of votes) {
    const candidates = [...counts.keys()]
    const minimal = [...counts]
      .filter(([value]) => !candidates.some((other) => extends_(value, other)))
      .sort(([a, x], [b, y]) => y - x || a.length - b.length || (a < b ? -1 : 1))
    if (minimal[0]) consensus.set(source, minimal[0][0])
  }
  return consensus
}
