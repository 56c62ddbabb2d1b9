import {
  alignSequences,
  type ParsedDocument,
  SourceError,
  splitJoinedCells,
} from '@mfa-residency/parser'
import { asLocale, type Entry, put } from './article.js'
import { blockMatch } from './block-match.js'
import type { FillContext } from './fill-context.js'
import { fillList } from './fill-list.js'
import { fillTable } from './fill-table.js'
import { type TargetBlock, targetBlocks } from './target-blocks.js'
import { type Unpaired, unpairedBlock } from './unpaired.js'

export interface Filled {
  /** Why an entity of the base got no translation, when it did not (a misfit, not a gap). */
  reasons: Map<object, string>
  unpaired: Unpaired[]
}

/**
 * Step one of translation: pair the blocks of a translated document with the entries of the English
 * it translates (its base), and write each translation into the base's entities. Cells of rendered
 * Learn text arrive joined and are split against the base's values. Throws a `SourceError` for a
 * joined cell that could be split more than one way.
 */
export function fillTranslation(
  entries: readonly Entry[],
  target: ParsedDocument,
  locale: string,
  source: string,
): Filled {
  const context: FillContext = {
    from: asLocale(source),
    to: asLocale(locale),
    target,
    reasons: new Map(),
    unpaired: [],
    joined: [],
  }
  const blocks = targetBlocks(target)
  const pairs = alignSequences(entries.length, blocks.length, {
    match: (a, b) => blockMatch(entries[a]!, blocks[b]!, context.from),
  })
  for (const pair of pairs) {
    if (pair.a === null) {
      context.unpaired.push(unpairedBlock(blocks[pair.b!]!))
      continue
    }
    if (pair.b === null) continue
    fillEntry(context, entries[pair.a]!, blocks[pair.b]!)
  }
  splitJoined(context)
  return { reasons: context.reasons, unpaired: context.unpaired }
}

/** Write the translated block paired with an entry into its entity, when their kinds agree. */
function fillEntry(context: FillContext, entry: Entry, block: TargetBlock): void {
  const { to } = context
  put(entry.entity.source, to, { line: block.line, endLine: block.endLine })
  if (entry.kind === 'heading' && (block.kind === 'heading' || block.kind === 'title')) {
    put(entry.entity.text, to, block.text)
  } else if (entry.kind === 'paragraph' && (block.kind === 'paragraph' || block.kind === 'code')) {
    put(entry.entity.text, to, block.text)
    put(entry.entity.section, to, block.section)
  } else if (entry.kind === 'table' && block.kind === 'table') {
    put(entry.entity.section, to, block.section)
    put(entry.entity.leadIn, to, block.leadIn)
    fillTable(context, entry.entity, block)
  } else if (entry.kind === 'list' && block.kind === 'list') {
    put(entry.entity.section, to, block.section)
    put(entry.entity.leadIn, to, block.leadIn)
    fillList(context, entry.entity, block)
  } else if (entry.kind === 'note' && block.kind === 'note') {
    put(entry.entity.text, to, block.text)
    put(entry.entity.section, to, block.section)
  }
}

/**
 * Split every joined cell against its English: one with too few words is a misfit, and one that
 * splits more than one way is never guessed but a `SourceError`.
 */
function splitJoined(context: FillContext): void {
  const { joined } = context
  const split = splitJoinedCells(joined.map((job) => job.cell))
  split.outcomes.forEach((outcome, index) => {
    const job = joined[index]!
    if (outcome.kind === 'split') job.apply(outcome.values)
    else context.reasons.set(job.owner, outcome.reason)
  })
  if (split.issues.length > 0) throw new SourceError(split.issues)
}
