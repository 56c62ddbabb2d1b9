import type { Dataset } from '@mfa-residency/dataset'
import type { History } from '@mfa-residency/dataset/history-queries'

/*
 * What `where` and `stores` read of an older version (its tables and terms), unpacked from the
 * history's pool without source spans, so that a part shared by several versions is unpacked once
 * for all of them: asking every version costs about as much as one full `unpackSnapshot`. The
 * packing is the dataset package's (see its history-snapshot.ts); to move there as a partial,
 * memoized unpacking when it offers one.
 */

/** The parts of a dataset a term query reads. */
export type QueryParts = Pick<Dataset, 'tables' | 'terms'>

type Fields = Record<string, unknown>

const isReference = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith('#')

const keysOf = (node: object) => Object.keys(node).join()

export class SnapshotParts {
  private readonly memo = new Map<string, unknown>()

  constructor(private readonly history: History) {}

  private entry(hash: string): unknown {
    if (!this.memo.has(hash)) {
      if (!Object.hasOwn(this.history.pool, hash))
        throw new Error(`history: pool entry ${hash} is missing`)
      const entry = this.history.pool[hash]
      this.memo.set(hash, typeof entry === 'string' ? entry : this.expand(entry))
    }
    return this.memo.get(hash)
  }

  private base(from: unknown): unknown {
    if (!isReference(from)) throw new Error(`history: $from ${String(from)} is not a reference`)
    return this.history.pool[from.slice(1)]
  }

  private fields(node: Fields): [string, unknown][] {
    if (keysOf(node) !== '$from,$set') return Object.entries(node)
    const fields = new Map(this.fields(this.base(node.$from) as Fields))
    for (const [key, value] of Object.entries(node.$set as Fields)) fields.set(key, value)
    return [...fields]
  }

  private items(node: unknown): unknown[] | null {
    if (Array.isArray(node)) return node
    if (typeof node !== 'object' || node === null || keysOf(node) !== '$from,$items') return null
    const { $from, $items } = node as { $from: unknown; $items: unknown[] }
    const items = this.items(this.base($from)) ?? []
    return $items.map((item) => (typeof item === 'number' ? items[item] : item))
  }

  private expand(node: unknown): unknown {
    if (isReference(node)) return this.entry(node.slice(1))
    if (typeof node !== 'object' || node === null) return node
    const items = this.items(node)
    if (items) return items.map((item) => this.expand(item))
    return Object.fromEntries(
      this.fields(node as Fields).map(([key, child]) => [key, this.expand(child)]),
    )
  }

  private readonly byTerms = new Map<unknown, QueryParts>()

  /**
   * Point `index`'s tables and terms (each row's `source` left packed: a query does not read it),
   * valid until the next call. Versions with the same vocabulary get the same object, its tables
   * replaced: the dataset package indexes a vocabulary by the dataset object, and that index is
   * most of what a query costs.
   */
  at(index: number): QueryParts {
    const root = this.history.pool[this.history.timeline[index]!.snapshot.root] as Fields
    const fields = new Map(this.fields(root))
    const terms = this.expand(fields.get('terms')) as Dataset['terms']
    const parts = this.byTerms.get(terms) ?? { tables: [], terms }
    this.byTerms.set(terms, parts)
    parts.tables = this.expand(fields.get('tables')) as Dataset['tables']
    return parts
  }
}
