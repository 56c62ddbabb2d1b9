import { type AlignedPair, alignSequences } from './align-sequences.js'
import type {
  AlignedDocuments,
  AlignedList,
  AlignedNote,
  AlignedTable,
  PerLocale,
  TranslationGap,
} from './aligned.js'
import type { ListBlock, Locale, NoteBlock, ParsedDocument, TableBlock } from './document.js'
import { IdRegistry } from './slug.js'
import { SourceError, type SourceIssue } from './source-error.js'
import { type JoinedCell, splitJoinedCells } from './split-joined-cells.js'
import { textSimilarity } from './text-similarity.js'

export interface LocaleDocument {
  locale: Locale
  document: ParsedDocument
}

type DataBlock = TableBlock | ListBlock | NoteBlock

type Entry =
  | { kind: 'table'; block: TableBlock; aligned: AlignedTable }
  | { kind: 'list'; block: ListBlock; aligned: AlignedList }
  | { kind: 'note'; block: NoteBlock; aligned: AlignedNote }

function isDataBlock(block: ParsedDocument['blocks'][number]): block is DataBlock {
  return block.kind === 'table' || block.kind === 'list' || block.kind === 'note'
}

function perLocale<T>(locales: readonly Locale[], source: Locale, value: T | null): PerLocale<T> {
  return Object.fromEntries(locales.map((locale) => [locale, locale === source ? value : null]))
}

/** The nearest heading names what a block is about; content before any H2 takes the title. */
function idBase(block: DataBlock, document: ParsedDocument): string {
  return block.section.at(-1) ?? document.title ?? ''
}

/** The source locale's blocks, with ids, and every target locale still empty. */
function skeleton(source: LocaleDocument, locales: readonly Locale[]): Entry[] {
  const ids = { table: new IdRegistry(), list: new IdRegistry(), note: new IdRegistry() }
  const at = <T>(value: T | null) => perLocale<T>(locales, source.locale, value)
  const entries: Entry[] = []
  for (const block of source.document.blocks) {
    if (!isDataBlock(block)) continue
    const id = ids[block.kind].take(idBase(block, source.document), block.kind)
    const common = { section: at(block.section), source: at({ line: block.line }) }
    if (block.kind === 'table') {
      const columnIds = new IdRegistry()
      const rowIds = new IdRegistry()
      const columns = block.columns.map((label) => ({
        id: columnIds.take(label, 'column'),
        label: at(label),
      }))
      const rows = block.rows.map((row) => ({
        id: rowIds.take(row.cells[0]?.[0] ?? '', 'row'),
        cells: Object.fromEntries(
          columns.map((column, index) => [column.id, at(row.cells[index]!)]),
        ),
        source: at({ line: row.line }),
      }))
      const aligned: AlignedTable = {
        id,
        section: common.section,
        leadIn: at(block.leadIn),
        columns,
        rows,
        source: common.source,
      }
      entries.push({ kind: 'table', block, aligned })
    } else if (block.kind === 'list') {
      const items = block.items.map((item) => ({
        text: at(item.text),
        source: at({ line: item.line }),
      }))
      const aligned: AlignedList = {
        id,
        ordered: block.ordered,
        section: common.section,
        leadIn: at(block.leadIn),
        items,
        source: common.source,
      }
      entries.push({ kind: 'list', block, aligned })
    } else {
      const aligned: AlignedNote = { id, kind: block.noteKind, text: at(block.text), ...common }
      entries.push({ kind: 'note', block, aligned })
    }
  }
  return entries
}

function blockMatch(source: DataBlock, target: DataBlock) {
  if (source.kind === 'table' && target.kind === 'table') {
    const columns = source.columns.length === target.columns.length ? 0 : 0.5
    return { cost: columns + (source.rows.length === target.rows.length ? 0 : 0.25), span: 1 }
  }
  if (source.kind === 'list' && target.kind === 'list') {
    const ordered = source.ordered === target.ordered ? 0 : 0.25
    return { cost: ordered + (source.items.length === target.items.length ? 0 : 0.25), span: 1 }
  }
  if (source.kind === 'note' && target.kind === 'note') {
    return { cost: source.noteKind === target.noteKind ? 0 : 0.25, span: 1 }
  }
  return null
}

/**
 * Pair items one to one when the counts agree. Otherwise pair by text similarity, where two gaps
 * (0.8) beat a pair sharing 20% of trigrams or less: with no evidence, say "missing" instead of
 * giving an item a stranger's translation.
 */
function pairByText(source: readonly string[], target: readonly string[]): AlignedPair[] {
  if (source.length === target.length)
    return source.map((_, index) => ({ a: index, b: index, span: 1 }))
  return alignSequences(source.length, target.length, {
    gapCost: 0.4,
    match: (a, b) => ({ cost: 1 - textSimilarity(source[a]!, target[b]!), span: 1 }),
  })
}

const kindPath = { table: 'tables', list: 'lists', note: 'notes' } as const

/** Fill one target locale into the skeleton, recording every gap. */
function fillTarget(
  entries: Entry[],
  source: LocaleDocument,
  target: LocaleDocument,
  gaps: TranslationGap[],
  issues: SourceIssue[],
): void {
  const { locale } = target
  const file = target.document.file
  const targetBlocks = target.document.blocks.filter(isDataBlock)
  const gap = (path: string, reason: string, lines: { source?: number; target?: number }) => {
    const where: Partial<Record<Locale, { line: number }>> = {}
    if (lines.source !== undefined) where[source.locale] = { line: lines.source }
    if (lines.target !== undefined) where[locale] = { line: lines.target }
    gaps.push({ locale, path, reason, source: where })
  }
  const joined: { cell: JoinedCell; apply: (values: string[] | null, reason?: string) => void }[] =
    []

  const fillTable = (entry: Extract<Entry, { kind: 'table' }>, block: TableBlock) => {
    const { aligned } = entry
    const path = `tables/${aligned.id}`
    if (block.columns.length !== entry.block.columns.length) {
      gap(
        path,
        `${locale} table has ${block.columns.length} columns, ${source.locale} has ${entry.block.columns.length}`,
        {
          source: entry.block.line,
          target: block.line,
        },
      )
      return
    }
    aligned.columns.forEach((column, index) => {
      column.label[locale] = block.columns[index]!
    })
    const rowText = (cells: string[][]) => cells.flat().join(' ')
    const pairs = pairByText(
      entry.block.rows.map((row) => rowText(row.cells)),
      block.rows.map((row) => rowText(row.cells)),
    )
    for (const pair of pairs) {
      const targetRow = pair.b === null ? null : block.rows[pair.b]!
      if (pair.a === null) {
        gap(
          `${path}/rows`,
          `${locale} row "${rowText(targetRow!.cells)}" has no ${source.locale} counterpart`,
          {
            target: targetRow!.line,
          },
        )
        continue
      }
      const row = aligned.rows[pair.a]!
      if (targetRow === null) {
        gap(`${path}/rows/${row.id}`, `row missing in ${locale}`, {
          source: entry.block.rows[pair.a]!.line,
        })
        continue
      }
      row.source[locale] = { line: targetRow.line }
      aligned.columns.forEach((column, index) => {
        const cell = row.cells[column.id]!
        const sourceValues = cell[source.locale]!
        const targetValues = targetRow.cells[index]!
        const cellPath = `${path}/rows/${row.id}/cells/${column.id}`
        const misfit = (reason: string) =>
          gap(cellPath, reason, { source: entry.block.rows[pair.a!]!.line, target: targetRow.line })
        if (target.document.joinedCells) {
          joined.push({
            cell: { sourceValues, joined: targetValues.join(' '), file, line: targetRow.line },
            apply: (values, reason) => {
              if (values) cell[locale] = values
              else misfit(reason ?? 'cell does not fit')
            },
          })
        } else if (targetValues.length === sourceValues.length) {
          cell[locale] = targetValues
        } else {
          misfit(
            `${locale} cell has ${targetValues.length} values, ${source.locale} has ${sourceValues.length}`,
          )
        }
      })
    }
  }

  const fillList = (entry: Extract<Entry, { kind: 'list' }>, block: ListBlock) => {
    const path = `lists/${entry.aligned.id}`
    const pairs = pairByText(
      entry.block.items.map((item) => item.text),
      block.items.map((item) => item.text),
    )
    for (const pair of pairs) {
      if (pair.a === null) {
        const item = block.items[pair.b!]!
        gap(`${path}/items`, `${locale} item "${item.text}" has no ${source.locale} counterpart`, {
          target: item.line,
        })
      } else if (pair.b === null) {
        gap(`${path}/items/${pair.a}`, `item missing in ${locale}`, {
          source: entry.block.items[pair.a]!.line,
        })
      } else {
        const item = entry.aligned.items[pair.a]!
        item.text[locale] = block.items[pair.b]!.text
        item.source[locale] = { line: block.items[pair.b]!.line }
      }
    }
  }

  const pairs = alignSequences(entries.length, targetBlocks.length, {
    match: (a, b) => blockMatch(entries[a]!.block, targetBlocks[b]!),
  })
  for (const pair of pairs) {
    if (pair.a === null) {
      const block = targetBlocks[pair.b!]!
      gap(kindPath[block.kind], `${locale} ${block.kind} has no ${source.locale} counterpart`, {
        target: block.line,
      })
      continue
    }
    const entry = entries[pair.a]!
    if (pair.b === null) {
      gap(
        `${kindPath[entry.block.kind]}/${entry.aligned.id}`,
        `${entry.block.kind} missing in ${locale}`,
        {
          source: entry.block.line,
        },
      )
      continue
    }
    const block = targetBlocks[pair.b]!
    entry.aligned.section[locale] = block.section
    entry.aligned.source[locale] = { line: block.line }
    if (entry.kind === 'table' && block.kind === 'table') {
      entry.aligned.leadIn[locale] = block.leadIn
      fillTable(entry, block)
    } else if (entry.kind === 'list' && block.kind === 'list') {
      entry.aligned.leadIn[locale] = block.leadIn
      fillList(entry, block)
    } else if (entry.kind === 'note' && block.kind === 'note') {
      entry.aligned.text[locale] = block.text
    }
  }

  const split = splitJoinedCells(joined.map((job) => job.cell))
  split.outcomes.forEach((outcome, index) => {
    const job = joined[index]!
    if (outcome.kind === 'split') job.apply(outcome.values)
    else job.apply(null, outcome.reason)
  })
  issues.push(...split.issues)
}

/**
 * Pair the tables, columns, rows, list items and notes of each target locale with the source
 * locale's, which is the source of truth. A counterpart that is missing or does not fit stays `null`
 * and is explained in `translationGaps`; target content with no counterpart is reported there too.
 * Throws a `SourceError` for joined cells that could be split more than one way.
 */
export function alignLocales(
  source: LocaleDocument,
  targets: readonly LocaleDocument[],
): AlignedDocuments {
  const locales = [source.locale, ...targets.map((target) => target.locale)]
  const entries = skeleton(source, locales)
  const translationGaps: TranslationGap[] = []
  const issues: SourceIssue[] = []
  for (const target of targets) fillTarget(entries, source, target, translationGaps, issues)
  if (issues.length > 0) throw new SourceError(issues)
  const tables: AlignedTable[] = []
  const lists: AlignedList[] = []
  const notes: AlignedNote[] = []
  for (const entry of entries) {
    if (entry.kind === 'table') tables.push(entry.aligned)
    else if (entry.kind === 'list') lists.push(entry.aligned)
    else notes.push(entry.aligned)
  }
  return { locales, tables, lists, notes, translationGaps }
}
