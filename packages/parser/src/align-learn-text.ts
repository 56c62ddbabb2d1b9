import { type AlignedPair, alignSequences, type Match } from './align-sequences.js'
import type { Block, ParsedDocument } from './document.js'
import type { Token } from './tokenize-learn-text.js'

// Step 2 of readLearnText; read-learn-text.ts explains all three.

/** What a reference block looks like for alignment: the title counts as a depth-1 heading. */
export type ReferenceUnit = Block | { kind: 'title' }

/** The tokens aligned with the reference's units, which step 3 builds the tree from. */
export interface Alignment {
  units: ReferenceUnit[]
  pairs: AlignedPair[]
}

// 。：！？ escaped: esbuild keeps a regular expression as written, and one character outside ASCII
// makes a whole bundle a two-byte string, slower to read (generator/scripts/bundle.mjs checks).
const sentenceEnd = /[.:;!?\u3002\uff1a\uff01\uff1f]$/

/** Step 2: pair the tokens with the reference's blocks at the least cost. */
export function alignWithReference(tokens: Token[], reference: ParsedDocument | null): Alignment {
  const units: ReferenceUnit[] = reference ? referenceUnits(reference) : [{ kind: 'title' }]
  const pairs = alignSequences(units.length, tokens.length, {
    match: (unitIndex, tokenIndex) => matchUnit(units[unitIndex]!, tokens, tokenIndex),
  })
  return { units, pairs }
}

/** The reference's blocks, led by its title when it has one. */
function referenceUnits(reference: ParsedDocument): ReferenceUnit[] {
  return reference.title === null ? reference.blocks : [{ kind: 'title' }, ...reference.blocks]
}

/** How many plain lines follow from `start`, up to `wanted`. */
function followingLines(tokens: Token[], start: number, wanted: number): number {
  let count = 0
  while (count < wanted && tokens[start + count]?.kind === 'line') count++
  return count
}

/** What it costs to read the tokens from `index` as the reference unit, or `null` if they cannot be it. */
function matchUnit(unit: ReferenceUnit, tokens: Token[], index: number): Match | null {
  const token = tokens[index]!
  switch (unit.kind) {
    case 'title':
    case 'heading':
      // A heading may read like a callout label ("Tips"); as a heading it costs more than a line.
      if (token.kind === 'label') return { cost: 0.6, span: 1 }
      return token.kind === 'line'
        ? { cost: sentenceEnd.test(token.text) ? 0.4 : 0, span: 1 }
        : null
    case 'paragraph':
      return token.kind === 'line'
        ? { cost: sentenceEnd.test(token.text) ? 0 : 0.2, span: 1 }
        : null
    case 'code': {
      if (token.kind !== 'line') return null
      // Blank lines inside the code are not tokens.
      const wanted = Math.max(1, unit.text.split('\n').filter((line) => line.trim() !== '').length)
      return { cost: 0.3, span: followingLines(tokens, index, wanted) }
    }
    case 'list':
      if (token.kind !== 'list' || token.ordered !== unit.ordered) return null
      return { cost: token.items.length === unit.items.length ? 0 : 0.3, span: 1 }
    case 'table': {
      if (token.kind !== 'table') return null
      const columnCost = token.columns.length === unit.columns.length ? 0 : 0.3
      const rowCost = token.rows.length === unit.rows.length ? 0 : 0.2
      return { cost: columnCost + rowCost, span: 1 }
    }
    case 'note': {
      if (token.kind !== 'label') return null
      const wanted = Math.max(1, unit.paragraphs.length)
      const found = followingLines(tokens, index + 1, wanted)
      const cost = (token.noteKind === unit.noteKind ? 0 : 0.3) + 0.5 * (wanted - found)
      return { cost, span: 1 + found }
    }
  }
}
