import type { Snapshot } from './history.generated.js'
import {
  type ChainMemo,
  type Fields,
  fieldsOf,
  isReference,
  itemsOf,
  type Pool,
  parseSpan,
  poolEntry,
  shapeOf,
  spanParts,
  splicedText,
} from './history-snapshot.js'
import type { Dataset } from './types.generated.js'

/** A part of a dataset, by its field: `tables`, `terms`, `lists`, … */
export type DatasetPart = keyof Dataset

/** One snapshot's span lists: each locale's parts (`25`, `26-28`, `-`, `~`), in document order. */
interface SpanLists {
  locales: string[]
  parts: string[][]
  where: string
}

const isSpanSlot = (key: string, child: unknown) => key === 'source' && child === 0

/**
 * Unpacks parts of the history's datasets, each pooled node once for every version it is the same
 * in. What a node unpacks to depends on the node and on the source spans it takes (its `"source":
 * 0` slots, filled in document order, see history-snapshot.ts), so a node is remembered by itself
 * and those spans: a vocabulary, which has none, is one object for every version that has it; a
 * table is one object for as long as neither it nor the lines above it changed.
 */
export class PartsUnpacker {
  private readonly slots = new Map<object, number>()
  /** Nodes without slots, the same in every version; and nodes with slots, by their spans. */
  private readonly shared = new Map<object, unknown>()
  private readonly placed = new Map<object, Map<string, unknown>>()
  private readonly chains: ChainMemo = new Map()

  constructor(private readonly pool: Pool) {}

  /** The parts of one snapshot's dataset, in its field order: equal to those of the whole. */
  partsOf<Part extends DatasetPart>(
    snapshot: Snapshot,
    parts: readonly Part[],
  ): Pick<Dataset, Part> {
    const spans = this.spanLists(snapshot)
    const root = poolEntry(this.pool, snapshot.root)
    if (typeof root !== 'object' || root === null)
      throw new Error(`history: snapshot ${snapshot.root} is not a dataset`)
    const fields = fieldsOf(this.pool, root as Fields, this.chains)
    const wanted = parts as readonly string[]
    const rest = fields.slice(
      Math.max(
        0,
        fields.findIndex(([key]) => wanted.includes(key)),
      ),
    )
    const counts = spans.parts.map((list) => list.length)
    const total = counts[0] ?? 0
    if (counts.some((count) => count !== total))
      throw new Error(`history: snapshot ${snapshot.root} has span lists of ${counts} spans`)
    // Counted back from the end, which the span lists give: the fields before the first part
    // asked for (mostly the article's text) are not walked at all.
    const slotsOf = ([key, child]: [string, unknown]) =>
      isSpanSlot(key, child) ? 1 : this.slotsIn(child)
    let at = rest.reduce((start, field) => start - slotsOf(field), total)
    if (at < 0)
      throw new Error(`history: snapshot ${snapshot.root} has more sources than its ${total} spans`)
    const found: Partial<Record<string, unknown>> = {}
    for (const field of rest) {
      if (wanted.includes(field[0])) found[field[0]] = this.unpack(field[1], spans, at)
      at += slotsOf(field)
    }
    const missing = parts.find((part) => !Object.hasOwn(found, part))
    if (missing !== undefined) throw new RangeError(`partsAt: a dataset has no part "${missing}"`)
    return Object.fromEntries(parts.map((part) => [part, found[part]])) as Pick<Dataset, Part>
  }

  private spanLists(snapshot: Snapshot): SpanLists {
    const locales = Object.keys(snapshot.spans)
    const hashes = locales.map((locale) => snapshot.spans[locale] as string)
    return {
      locales,
      parts: hashes.map((hash) => spanParts(this.pool, hash)),
      where: `history: spans ${hashes.join(' ')}`,
    }
  }

  /** How many `"source": 0` slots a node holds: the same in every version that has the node. */
  private slotsIn(node: unknown): number {
    if (isReference(node)) {
      const entry = poolEntry(this.pool, node.slice(1))
      return typeof entry === 'string' ? 0 : this.slotsIn(entry)
    }
    if (typeof node !== 'object' || node === null) return 0
    let count = this.slots.get(node)
    if (count !== undefined) return count
    count = 0
    const shape = shapeOf(node)
    // The data's own objects are most of the walk, and read in place: `Object.entries` would make
    // garbage that costs more than the walk.
    if (shape === '' && !Array.isArray(node))
      for (const key in node) {
        const child = (node as Fields)[key]
        count += isSpanSlot(key, child) ? 1 : this.slotsIn(child)
      }
    else if (shape !== '$from,$splice') {
      const items = itemsOf(this.pool, node, this.chains)
      if (items) for (const item of items) count += this.slotsIn(item)
      else
        for (const [key, child] of fieldsOf(this.pool, node as Fields, this.chains))
          count += isSpanSlot(key, child) ? 1 : this.slotsIn(child)
    }
    this.slots.set(node, count)
    return count
  }

  /** The spans of slots `start` onwards, as a key: which spans a node with `count` slots takes. */
  private spansKey(spans: SpanLists, start: number, count: number): string {
    return spans.parts.map((list) => list.slice(start, start + count).join(' ')).join('|')
  }

  private span(spans: SpanLists, index: number): Record<string, unknown> {
    const span: Record<string, unknown> = {}
    spans.locales.forEach((locale, at) => {
      const part = spans.parts[at]?.[index]
      const found = part === undefined ? undefined : parseSpan(part, spans.where)
      if (found !== undefined) span[locale] = found
    })
    return span
  }

  /** A node unpacked with its slots filled from slot `start` on, remembered with those spans. */
  private unpack(node: unknown, spans: SpanLists, start: number): unknown {
    if (isReference(node)) {
      const entry = poolEntry(this.pool, node.slice(1))
      return typeof entry === 'string' ? entry : this.unpack(entry, spans, start)
    }
    if (typeof node !== 'object' || node === null) return node
    const count = this.slotsIn(node)
    if (count === 0) {
      if (this.shared.has(node)) return this.shared.get(node)
      const value = this.build(node, spans, start)
      this.shared.set(node, value)
      return value
    }
    const key = this.spansKey(spans, start, count)
    const byKey = this.placed.get(node) ?? new Map<string, unknown>()
    this.placed.set(node, byKey)
    if (byKey.has(key)) return byKey.get(key)
    const value = this.build(node, spans, start)
    byKey.set(key, value)
    return value
  }

  private build(node: object, spans: SpanLists, start: number): unknown {
    if (shapeOf(node) === '$from,$splice')
      return splicedText(node as Fields, (from) => this.unpack(from, spans, start))
    let at = start
    const next = (child: unknown) => {
      const value = this.unpack(child, spans, at)
      at += this.slotsIn(child)
      return value
    }
    const items = itemsOf(this.pool, node, this.chains)
    if (items) return items.map(next)
    return Object.fromEntries(
      fieldsOf(this.pool, node as Fields, this.chains).map(([key, child]) => [
        key,
        isSpanSlot(key, child) ? this.span(spans, at++) : next(child),
      ]),
    )
  }
}
