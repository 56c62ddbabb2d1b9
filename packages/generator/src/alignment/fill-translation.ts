import { textSimilarity } from '@mfa-residency/compare'
import type { Cell, List, Locale, Table } from '@mfa-residency/dataset'
import {
  type AlignedPair,
  alignSequences,
  type Block,
  type JoinedCell,
  type ParsedDocument,
  SourceError,
  type SourceIssue,
  splitJoinedCells,
} from '@mfa-residency/parser'
import { asLocale, type Entry, get, put } from './article.js'

/** Translated content with no counterpart in the English it was aligned with. */
export interface Unpaired {
  /** The collection or parent it would belong to, for example `lists/<id>/items`. */
  path: string
  what: string
  text: string | string[]
  line: number
  endLine: number
}

export interface Filled {
  /** Why an entity of the base got no translation, when it did not (a misfit, not a gap). */
  reasons: Map<object, string>
  unpaired: Unpaired[]
}

type TargetBlock = Block | { kind: 'title'; text: string; line: number; endLine: number }

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
  const to = asLocale(locale)
  const from = asLocale(source)
  const reasons = new Map<object, string>()
  const unpaired: Unpaired[] = []
  const joined: { cell: JoinedCell; owner: Cell; apply: (values: string[]) => void }[] = []
  const blocks: TargetBlock[] = [
    ...(target.title !== null && target.titleLine !== null
      ? [
          {
            kind: 'title' as const,
            text: target.title,
            line: target.titleLine,
            endLine: target.titleLine,
          },
        ]
      : []),
    ...target.blocks,
  ]

  const fillTable = (table: Table, block: Extract<Block, { kind: 'table' }>) => {
    if (block.columns.length !== table.columns.length) {
      reasons.set(
        table,
        `the ${locale} table has ${block.columns.length} columns, the English it translates has ${table.columns.length}`,
      )
      return
    }
    table.columns.forEach((column, index) => {
      put(column.label, to, block.columns[index]!)
    })
    const rowText = (cells: readonly (readonly string[])[]) => cells.flat().join(' ')
    const source = table.rows.map((row) =>
      rowText(table.columns.map((column) => get<string[]>(row.cells[column.id]!, from) ?? [])),
    )
    for (const pair of pairByText(
      source,
      block.rows.map((row) => rowText(row.cells)),
    )) {
      const targetRow = pair.b === null ? null : block.rows[pair.b]!
      if (pair.a === null) {
        unpaired.push({
          path: `tables/${table.id}/rows`,
          what: 'row',
          text: targetRow!.cells.flat(),
          line: targetRow!.line,
          endLine: targetRow!.endLine,
        })
        continue
      }
      const row = table.rows[pair.a]!
      if (targetRow === null) continue
      put(row.source, to, { line: targetRow.line, endLine: targetRow.endLine })
      table.columns.forEach((column, index) => {
        const cell = row.cells[column.id]!
        const targetValues = targetRow.cells[index]!
        if (target.joinedCells) {
          joined.push({
            cell: {
              sourceValues: get<string[]>(cell, from) ?? [],
              joined: targetValues.join(' '),
              file: target.file,
              line: targetRow.line,
            },
            owner: cell,
            apply: (values) => {
              put(cell, to, values)
            },
          })
        } else if (targetValues.length === (get<string[]>(cell, from) ?? []).length) {
          put(cell, to, targetValues)
        } else {
          reasons.set(
            cell,
            `the ${locale} cell has ${targetValues.length} values, the English it translates has ${(get<string[]>(cell, from) ?? []).length}`,
          )
        }
      })
    }
  }

  const fillList = (list: List, block: Extract<Block, { kind: 'list' }>) => {
    for (const pair of pairByText(
      list.items.map((item) => item.text[from] ?? ''),
      block.items.map((item) => item.text),
    )) {
      if (pair.a === null) {
        const item = block.items[pair.b!]!
        unpaired.push({
          path: `lists/${list.id}/items`,
          what: 'item',
          text: item.text,
          line: item.line,
          endLine: item.endLine,
        })
      } else if (pair.b !== null) {
        const item = list.items[pair.a]!
        const targetItem = block.items[pair.b]!
        put(item.text, to, targetItem.text)
        put(item.source, to, { line: targetItem.line, endLine: targetItem.endLine })
      }
    }
  }

  const pairs = alignSequences(entries.length, blocks.length, {
    match: (a, b) => blockMatch(entries[a]!, blocks[b]!, from),
  })
  for (const pair of pairs) {
    if (pair.a === null) {
      const block = blocks[pair.b!]!
      unpaired.push({
        path: collectionPath(block),
        what: block.kind === 'code' || block.kind === 'title' ? 'paragraph' : block.kind,
        text: blockText(block),
        line: block.line,
        endLine: block.endLine,
      })
      continue
    }
    if (pair.b === null) continue
    const entry = entries[pair.a]!
    const block = blocks[pair.b]!
    put(entry.entity.source, to, { line: block.line, endLine: block.endLine })
    if (entry.kind === 'heading' && (block.kind === 'heading' || block.kind === 'title')) {
      put(entry.entity.text, to, block.text)
    } else if (
      entry.kind === 'paragraph' &&
      (block.kind === 'paragraph' || block.kind === 'code')
    ) {
      put(entry.entity.text, to, block.text)
      put(entry.entity.section, to, block.section)
    } else if (entry.kind === 'table' && block.kind === 'table') {
      put(entry.entity.section, to, block.section)
      put(entry.entity.leadIn, to, block.leadIn)
      fillTable(entry.entity, block)
    } else if (entry.kind === 'list' && block.kind === 'list') {
      put(entry.entity.section, to, block.section)
      put(entry.entity.leadIn, to, block.leadIn)
      fillList(entry.entity, block)
    } else if (entry.kind === 'note' && block.kind === 'note') {
      put(entry.entity.text, to, block.text)
      put(entry.entity.section, to, block.section)
    }
  }

  const split = splitJoinedCells(joined.map((job) => job.cell))
  split.outcomes.forEach((outcome, index) => {
    const job = joined[index]!
    if (outcome.kind === 'split') job.apply(outcome.values)
    else reasons.set(job.owner, outcome.reason)
  })
  const issues: SourceIssue[] = split.issues
  if (issues.length > 0) throw new SourceError(issues)
  return { reasons, unpaired }
}

/** How well a translated block can stand for an English entry; `null` when it cannot. */
function blockMatch(entry: Entry, block: TargetBlock, from: Locale) {
  switch (entry.kind) {
    case 'heading': {
      if (block.kind === 'title') return { cost: entry.entity.level === 1 ? 0 : 0.5, span: 1 }
      if (block.kind !== 'heading') return null
      return { cost: block.depth === entry.entity.level ? 0 : 0.5, span: 1 }
    }
    case 'paragraph':
      if (block.kind !== 'paragraph' && block.kind !== 'code') return null
      // Translations share numbers and names: a weak hint among paragraphs of one section.
      return {
        cost: 0.5 * (1 - textSimilarity(entry.entity.text[from] ?? '', block.text)),
        span: 1,
      }
    case 'table': {
      if (block.kind !== 'table') return null
      const source = entry.block
      const columns = source.columns.length === block.columns.length ? 0 : 0.5
      return { cost: columns + (source.rows.length === block.rows.length ? 0 : 0.25), span: 1 }
    }
    case 'list': {
      if (block.kind !== 'list') return null
      const ordered = entry.entity.ordered === block.ordered ? 0 : 0.25
      const count = entry.entity.items.length === block.items.length ? 0 : 0.25
      return { cost: ordered + count, span: 1 }
    }
    case 'note':
      if (block.kind !== 'note') return null
      return { cost: entry.entity.kind === block.noteKind ? 0 : 0.25, span: 1 }
  }
}

/**
 * Pair items one to one when the counts agree. Otherwise pair by text similarity, where two gaps
 * (0.8) beat a pair sharing 20% of trigrams or less: with no evidence, say "missing" instead of
 * giving an item a stranger's translation.
 */
export function pairByText(source: readonly string[], target: readonly string[]): AlignedPair[] {
  if (source.length === target.length)
    return source.map((_, index) => ({ a: index, b: index, span: 1 }))
  return alignSequences(source.length, target.length, {
    gapCost: 0.4,
    match: (a, b) => ({ cost: 1 - textSimilarity(source[a]!, target[b]!), span: 1 }),
  })
}

function collectionPath(block: TargetBlock): string {
  if (block.kind === 'title' || block.kind === 'heading') return 'headings'
  if (block.kind === 'paragraph' || block.kind === 'code') return 'paragraphs'
  return `${block.kind}s`
}

function blockText(block: TargetBlock): string | string[] {
  switch (block.kind) {
    case 'table':
      return block.rows.flatMap((row) => row.cells.flat())
    case 'list':
      return block.items.map((item) => item.text)
    default:
      return block.text
  }
}
