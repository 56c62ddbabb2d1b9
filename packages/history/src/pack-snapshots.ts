import type { Snapshot } from '@mfa-residency/dataset/history-queries'
import { unpackSnapshot } from '@mfa-residency/dataset/history-queries'
import { sha256 } from '@mfa-residency/repository'
import { collectSpans, spanParts } from './source-spans.js'

type Encoded = unknown
type Node = Record<string, unknown>

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The keys that mark the packed format's own nodes; data using them alone cannot be packed. */
function checkKeys(node: Node): void {
  const keys = Object.keys(node).join()
  if (keys === '$from,$set' || keys === '$from,$items' || keys === '$from,$splice')
    throw new Error(`history: an object with the keys ${keys} cannot be packed`)
}

/**
 * Packing datasets for the history, the other half of the dataset package's `unpackSnapshot`
 * (which describes the format). Parts of at least `minimum` characters are kept once in the pool
 * by hash; source spans are kept apart, so that a version which only moved lines shares its
 * entities with its neighbour; and an object that differs from its counterpart in the next newer
 * dataset (same key, same id) is kept as that counterpart and the fields that differ.
 */
export class SnapshotPacker {
  readonly pool: Record<string, unknown> = {}
  readonly #texts = new Map<string, string>()
  /** The encoding of every part of the last dataset packed: the base of the next. */
  #encodings = new WeakMap<object, Encoded>()

  /** Objects and arrays of `minimum` characters or more are pooled, strings of `minimumText`. */
  constructor(
    readonly minimum = 40,
    readonly minimumText = 20,
  ) {}

  /** The shortest prefix of the hash that no other text holds: 6 digits, longer on a clash. */
  #put(value: unknown, text: string): string {
    const full = sha256(text)
    for (let length = 6; length <= full.length; length += 2) {
      const hash = full.slice(0, length)
      const known = this.#texts.get(hash)
      if (known === undefined || known === text) {
        this.#texts.set(hash, text)
        this.pool[hash] = value
        return hash
      }
    }
    throw new Error('history: two texts with one sha256')
  }

  /** Whether this text is in the pool already. */
  #holds(text: string): boolean {
    const full = sha256(text)
    for (let length = 6; length <= full.length; length += 2) {
      const known = this.#texts.get(full.slice(0, length))
      if (known === undefined) return false
      if (known === text) return true
    }
    return false
  }

  /** The full encoding when the pool holds it already (it costs nothing), else the shorter. */
  #shorter(full: Encoded, delta: Encoded | null): Encoded {
    if (delta === null) return full
    const text = JSON.stringify(full)
    if (this.#holds(text)) return full
    return JSON.stringify(delta).length < text.length ? delta : full
  }

  #pooled(encoded: Encoded, always = false): Encoded {
    const text = JSON.stringify(encoded)
    return always || text.length >= this.minimum ? `#${this.#put(encoded, text)}` : encoded
  }

  /** How each string met so far was encoded: a change's texts reuse the datasets' encodings. */
  readonly #strings = new Map<string, Encoded>()

  /**
   * A long string is pooled, and so is one that starts with `#`, which would read as a reference;
   * one that is an edit of its counterpart is told as that counterpart and the part that differs.
   */
  #text(node: string, counterpart: unknown = null): Encoded {
    const known = this.#strings.get(node)
    if (known !== undefined) return known
    let encoded: Encoded = node
    if (node.length >= this.minimumText || node.startsWith('#')) {
      const base = typeof counterpart === 'string' ? this.#strings.get(counterpart) : undefined
      const splice = isRef(base) ? spliceOf(counterpart as string, node) : null
      const delta = splice && { $from: base, $splice: splice }
      encoded =
        delta && JSON.stringify(delta).length + 12 < JSON.stringify(node).length
          ? this.#pooled(delta, true)
          : `#${this.#put(node, JSON.stringify(node))}`
    }
    this.#strings.set(node, encoded)
    return encoded
  }

  /** A value (a change's path or text) with its long strings and parts pooled: `#<hash>`. */
  packValue(value: unknown): Encoded {
    if (typeof value === 'string') return this.#text(value)
    if (!Array.isArray(value)) return value
    return this.#pooled(value.map((item) => this.packValue(item)))
  }

  /**
   * Pack one dataset, `base` being the dataset packed just before (the next newer one), if any.
   * Unpacking the result gives the dataset back, or this throws.
   */
  pack(dataset: { locales: readonly string[] }, base: unknown = null): Snapshot {
    const locales = dataset.locales
    const spans = locales.map(() => [] as string[])
    const encodings = new WeakMap<object, Encoded>()
    const previous = this.#encodings
    const encode = (node: unknown, counterpart: unknown, isRoot = false): Encoded => {
      if (typeof node === 'string') return this.#text(node, counterpart)
      if (typeof node !== 'object' || node === null) return node
      const known =
        typeof counterpart === 'object' && counterpart !== null
          ? previous.get(counterpart)
          : undefined
      if (known !== undefined && JSON.stringify(node) === JSON.stringify(counterpart)) {
        collectSpans(node, locales, spans)
        inherit(node, counterpart as object, previous, encodings)
        return known
      }
      let encoded: Encoded
      if (Array.isArray(node)) {
        const byId = idIndex(counterpart)
        encoded = node.map((item) => encode(item, byId.get(itemKey(item) ?? '')))
        const delta =
          known !== undefined && node.every(isNode)
            ? this.#itemsDelta(encoded as Encoded[], known)
            : null
        encoded = this.#shorter(encoded, delta)
      } else {
        checkKeys(node as Node)
        const other = isNode(counterpart) ? counterpart : null
        const entries = Object.entries(node).map(([key, value]): [string, Encoded] => {
          const span = key === 'source' ? spanParts(value, locales) : null
          if (!span) return [key, encode(value, other?.[key])]
          for (const [at, part] of span.entries()) spans[at]?.push(part)
          return [key, 0]
        })
        encoded = Object.fromEntries(entries)
        const delta = other && known !== undefined ? this.#delta(entries, other, known) : null
        encoded = this.#shorter(encoded, delta)
      }
      const result = this.#pooled(encoded, isRoot)
      encodings.set(node, result)
      return result
    }
    const root = (encode(dataset, base, true) as string).slice(1)
    this.#encodings = encodings
    const snapshot: Snapshot = {
      root,
      spans: Object.fromEntries(
        locales.map((locale, at) => {
          const text = (spans[at] ?? []).join(' ')
          return [locale, this.#put(text, JSON.stringify(text))]
        }),
      ),
    }
    if (JSON.stringify(unpackSnapshot(this.pool, snapshot)) !== JSON.stringify(dataset))
      throw new Error('history: a packed dataset does not unpack to itself')
    return snapshot
  }

  /** `{"$from": the counterpart, "$set": the fields that differ}`, when the keys are the same. */
  #delta(entries: [string, Encoded][], counterpart: Node, known: Encoded): Encoded | null {
    if (!isRef(known)) return null
    if (entries.map(([key]) => key).join('\0') !== Object.keys(counterpart).join('\0')) return null
    const baseEntries = this.#entriesOf(known)
    const set = entries.filter(
      ([key, value]) => JSON.stringify(baseEntries.get(key)) !== JSON.stringify(value),
    )
    return { $from: known, $set: Object.fromEntries(set) }
  }

  /** `{"$from": the counterpart, "$items": […]}`, an item it has standing as its index. */
  #itemsDelta(items: Encoded[], known: Encoded): Encoded | null {
    if (!isRef(known)) return null
    const base = this.#itemsOf(known)
    if (!base) return null
    const index = new Map(base.map((item, at) => [JSON.stringify(item), at]))
    return { $from: known, $items: items.map((item) => index.get(JSON.stringify(item)) ?? item) }
  }

  /** The encoded items of a pooled array, through its `$from` chain. */
  #itemsOf(encoded: Encoded): Encoded[] | null {
    const entry = isRef(encoded) ? this.pool[encoded.slice(1)] : encoded
    if (Array.isArray(entry)) return entry
    if (!isNode(entry) || Object.keys(entry).join() !== '$from,$items') return null
    const base = this.#itemsOf(entry.$from)
    return (
      base &&
      (entry.$items as Encoded[]).map((item) => (typeof item === 'number' ? base[item] : item))
    )
  }

  /** The encoded fields of a pooled object, through its `$from` chain. */
  #entriesOf(encoded: Encoded): Map<string, Encoded> {
    const entry = isRef(encoded) ? this.pool[encoded.slice(1)] : encoded
    if (!isNode(entry)) return new Map()
    if (Object.keys(entry).join() === '$from,$set') {
      const base = this.#entriesOf(entry.$from)
      for (const [key, value] of Object.entries(entry.$set as Node)) base.set(key, value)
      return base
    }
    return new Map(Object.entries(entry))
  }
}

/** `[start, removed, inserted]`: the edit that makes `after` of `before`, between their common ends. */
function spliceOf(before: string, after: string): [number, number, string] {
  let start = 0
  const shortest = Math.min(before.length, after.length)
  while (start < shortest && before[start] === after[start]) start++
  let end = 0
  while (
    end < shortest - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++
  return [start, before.length - start - end, after.slice(start, after.length - end)]
}

const isRef = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith('#')

/**
 * What an item of an array is told against: the counterpart's item with the same id, or for
 * items without one (translation gaps) the same kind and path. Any counterpart unpacks correctly;
 * a close one makes a short delta.
 */
function itemKey(item: unknown): string | null {
  if (!isNode(item)) return null
  if (typeof item.id === 'string') return `id ${item.id}`
  return typeof item.path === 'string' ? `path ${String(item.kind)} ${item.path}` : null
}

function idIndex(counterpart: unknown): Map<string, unknown> {
  const byKey = new Map<string, unknown>()
  if (Array.isArray(counterpart))
    for (const item of counterpart) {
      const key = itemKey(item)
      if (key !== null && !byKey.has(key)) byKey.set(key, item)
    }
  return byKey
}

/**
 * An unchanged part takes the encodings of its counterpart, down to its smallest parts, so that
 * the next older dataset can be told against any of them.
 */
function inherit(
  node: object,
  counterpart: object,
  previous: WeakMap<object, Encoded>,
  encodings: WeakMap<object, Encoded>,
): void {
  const known = previous.get(counterpart)
  if (known !== undefined) encodings.set(node, known)
  const children = Object.values(node)
  const others = Object.values(counterpart)
  children.forEach((child, at) => {
    const other = others[at]
    if (typeof child === 'object' && child !== null && typeof other === 'object' && other !== null)
      inherit(child, other, previous, encodings)
  })
}
