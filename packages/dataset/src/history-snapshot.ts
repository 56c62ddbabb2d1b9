import type { Snapshot } from './history.generated.js'

/**
 * Unpacking the history's datasets. The packer (`@mfa-residency/history`) keeps each part of the
 * datasets once in a pool, and every source span apart, because spans shift with each edit above
 * them and would otherwise make every entity differ from one version to the next:
 * - a string `#<hash>` stands for the pool entry `<hash>`: a string as it is, or an object or
 *   array to unpack in turn (a string of the data that starts with `#` is always pooled, so the
 *   two never mix); in datasets and in a change's path, before and after;
 * - `{"$from": "#<hash>", "$set": {…}}` stands for the object `<hash>` with the fields in `$set`
 *   replaced: an entity as it was, told as it is in the next newer version and what differed;
 * - `{"$from": "#<hash>", "$items": […]}` stands for an array of objects (entities) in which a
 *   number `k` is item `k` of the array `<hash>`, and anything else an item of its own;
 * - `{"$from": "#<hash>", "$splice": [start, removed, inserted]}` stands for the string `<hash>`
 *   with `removed` characters at `start` replaced by `inserted`: a text as it was before an edit;
 * - `"source": 0` stands for the next source span, in document order (depth first, key order);
 * - a locale's spans are one pool string, `25 26-28 - ~`: a line, a first and last line, `null`,
 *   or no such locale in that span (a translation gap's source names only one side).
 * The packer unpacks every dataset it writes and compares it with the original, so the two halves
 * cannot drift apart unnoticed.
 */

export type Pool = Readonly<Record<string, unknown>>
export type Fields = Record<string, unknown>
type Span = { line: number; endLine: number } | null | undefined

/** One span of a span list: `25`, `26-28`, `-` (null) or `~` (no such locale). */
export function parseSpan(part: string, where: string): Span {
  if (part === '~') return undefined
  if (part === '-') return null
  const match = /^(\d+)(?:-(\d+))?$/.exec(part)
  if (!match) throw new Error(`${where}: "${part}" is not a source span`)
  const line = Number(match[1])
  return { line, endLine: match[2] === undefined ? line : Number(match[2]) }
}

/** A snapshot's span list for one locale, as its pool string's parts. */
export function spanParts(pool: Pool, hash: string): string[] {
  const text = poolEntry(pool, hash)
  if (typeof text !== 'string') throw new Error(`history: pool entry ${hash} is not a span list`)
  return text === '' ? [] : text.split(' ')
}

export function poolEntry(pool: Pool, hash: string): unknown {
  if (!Object.hasOwn(pool, hash)) throw new Error(`history: pool entry ${hash} is missing`)
  return pool[hash]
}

export const isReference = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith('#')

/** The pool entry a `$from` names. */
function base(pool: Pool, from: unknown): unknown {
  if (!isReference(from)) throw new Error(`history: $from ${String(from)} is not a pool reference`)
  return poolEntry(pool, from.slice(1))
}

/** A packed node's keys, `$from,$set` and the like; `''` for the data's own objects, cheaply. */
export const shapeOf = (node: object) =>
  Object.hasOwn(node, '$from') ? Object.keys(node).join() : ''

/** What `fieldsOf` and `itemsOf` found, by node: a chain's links are read once, not per use. */
export type ChainMemo = Map<object, readonly unknown[]>

const noMemo: ChainMemo = new Map()

/** An object's fields in their order, through its `$from` chain. */
export function fieldsOf(pool: Pool, node: Fields, memo = noMemo): [string, unknown][] {
  if (shapeOf(node) !== '$from,$set') return Object.entries(node)
  const known = memo.get(node) as [string, unknown][] | undefined
  if (known) return known
  const from = base(pool, node.$from)
  if (typeof from !== 'object' || from === null || Array.isArray(from))
    throw new Error(`history: ${String(node.$from)} is not an object`)
  const fields = new Map(fieldsOf(pool, from as Fields, memo))
  for (const [key, value] of Object.entries(node.$set as Fields)) fields.set(key, value)
  const found = [...fields]
  if (memo !== noMemo) memo.set(node, found)
  return found
}

/** An array's items, through its `$from` chain; `null` for anything but an array. */
export function itemsOf(pool: Pool, node: unknown, memo = noMemo): readonly unknown[] | null {
  if (Array.isArray(node)) return node
  if (typeof node !== 'object' || node === null || shapeOf(node) !== '$from,$items') return null
  const known = memo.get(node)
  if (known) return known
  const { $from, $items } = node as { $from: unknown; $items: unknown }
  const items = itemsOf(pool, base(pool, $from), memo)
  if (!items || !Array.isArray($items)) throw new Error(`history: ${String($from)} is not an array`)
  const found = $items.map((item) => (typeof item === 'number' ? items[item] : item))
  if (memo !== noMemo) memo.set(node, found)
  return found
}

/** The string a `$splice` makes of its `$from`. */
export function splicedText(node: Fields, expand: (node: unknown) => unknown): string {
  const text = expand(node.$from)
  const splice = node.$splice
  if (typeof text !== 'string' || !Array.isArray(splice) || splice.length !== 3)
    throw new Error(`history: ${String(node.$from)} cannot be spliced`)
  const [start, removed, inserted] = splice as [number, number, string]
  return `${text.slice(0, start)}${inserted}${text.slice(start + removed)}`
}

/** A value with every pool reference replaced by what it stands for; `span` fills `"source": 0`. */
export function expandValue(pool: Pool, value: unknown, span: () => unknown = () => 0): unknown {
  const expand = (node: unknown): unknown => {
    if (isReference(node)) {
      const entry = poolEntry(pool, node.slice(1))
      return typeof entry === 'string' ? entry : expand(entry)
    }
    if (typeof node !== 'object' || node === null) return node
    if (shapeOf(node) === '$from,$splice') return splicedText(node as Fields, expand)
    const items = itemsOf(pool, node)
    if (items) return items.map(expand)
    return Object.fromEntries(
      fieldsOf(pool, node as Fields).map(([key, child]) => [
        key,
        key === 'source' && child === 0 ? span() : expand(child),
      ]),
    )
  }
  return expand(value)
}

/** The dataset a snapshot packs, exactly as it was generated. */
export function unpackSnapshot(pool: Pool, snapshot: Snapshot): unknown {
  const locales = Object.keys(snapshot.spans)
  const spans = locales.map((locale) => {
    const hash = snapshot.spans[locale] as string
    return spanParts(pool, hash).map((part) => parseSpan(part, `history: spans ${hash}`))
  })
  let next = 0
  const span = () => {
    const index = next++
    return Object.fromEntries(
      locales.flatMap((locale, at) => {
        const found = spans[at]?.[index]
        return found === undefined ? [] : [[locale, found]]
      }),
    )
  }
  const dataset = expandValue(pool, `#${snapshot.root}`, span)
  const counts = spans.map((list) => list.length)
  if (counts.some((count) => count !== next))
    throw new Error(`history: snapshot ${snapshot.root} has ${next} spans, its lists ${counts}`)
  return dataset
}
