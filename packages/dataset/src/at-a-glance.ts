import { itemPath, valuePath } from './paths.js'
import { foldCase, normalizeName } from './terms.js'
import type {
  Column,
  Dataset,
  Locale,
  LocalizedPosition,
  LocalizedQuantities,
  LocalizedText,
  Row,
  Term,
  TermId,
} from './types.generated.js'
import { where } from './vocabulary.js'

/** The article's own words for a fact: the entity at `path`, or the sentences of it that state it. */
export interface Quote {
  path: string
  text: LocalizedText
}

/** Where one store is kept, as one value of a table states it. */
export interface LocationFact {
  value: Quote
  location: Term
  /** What the value adds to the place: a component ("MFA backend in …"), a store it is kept in. */
  qualifiers: Term[]
  /** The row's key when it is not the cloud itself, such as the component the row is about. */
  given: Quote | null
  source: LocalizedPosition
}

/** A store whose location the article gives for some cloud; no `facts` means not for this one. */
export interface StoreLocation {
  store: Term
  facts: LocationFact[]
}

/** A data store, and the row keys (event types) whose data a table in the cloud's scope puts there. */
export interface StoreFact {
  store: Term
  /** The conditions the table attaches, such as condition/fraud-reported. */
  when: Term[]
  holds: Quote[]
  /** The table it comes from, whose `excludes` the reader must know. */
  table: string
  source: LocalizedPosition
}

/** A sentence that says how long data is kept, with the duration as ISO 8601 (`P90D`). */
export interface RetentionFact {
  duration: string
  /** The words the duration was read from, in each locale ("90 days", "90 dagar"). */
  amount: LocalizedText
  quote: Quote
  source: LocalizedPosition
}

/** A statement of the article's opening that names where the service runs or processes. */
export interface PlaceFact {
  places: Term[]
  quote: Quote
  source: LocalizedPosition
}

export interface CloudAtAGlance {
  cloud: Term
  locations: StoreLocation[]
  retention: RetentionFact[]
  stores: StoreFact[]
  datacenters: PlaceFact[]
}

/** A text of the article that can state a fact: a paragraph, a list item or a note. */
interface Statement {
  path: string
  text: LocalizedText
  mentions: TermId[]
  quantities: LocalizedQuantities
  opening: boolean
  source: LocalizedPosition
}

/**
 * What the article states for each cloud, chosen by the data's vocabulary and scopes, never by its
 * words: where each data store is kept (the tables `where` finds for the cloud, their columns read
 * as stores by the vocabulary), how long data is retained (quantities with role `retention`), which
 * stores hold which events, and where the service runs (opening statements that name places). A
 * statement that names no cloud holds for every cloud. Clouds come in the order the article first
 * names them. Pure: the same dataset gives the same answer.
 */
export function atAGlance(dataset: Dataset): CloudAtAGlance[] {
  const termsById = new Map(dataset.terms.map((term) => [term.id, term]))
  const termOf = (id: TermId) => termsById.get(id)
  const said = statements(dataset)
  const clouds = cloudsInOrder(dataset, said)
  const located = clouds.map((cloud) => locationsFor(dataset, cloud, termOf))
  const stores = [...new Set(located.flatMap((byStore) => [...byStore.keys()]))]
  return clouds.map((cloud, index) => {
    const forCloud = (statement: Statement) => {
      const named = statement.mentions.filter((id) => termOf(id)?.kind === 'cloud')
      return named.length === 0 || named.includes(cloud.id)
    }
    const scoped = said.filter(forCloud)
    return {
      cloud,
      locations: stores.map((store) => ({ store, facts: located[index]!.get(store) ?? [] })),
      retention: scoped.flatMap((statement) => retentionOf(statement)),
      stores: storesFor(dataset, cloud, termOf),
      datacenters: scoped.flatMap((statement) => placesOf(statement, termOf)),
    }
  })
}

/** Every paragraph, list item and note, in document order. */
function statements(dataset: Dataset): Statement[] {
  const found: Statement[] = []
  const byId = <T extends { id: string }>(all: readonly T[], id: string | undefined) =>
    all.find((entry) => entry.id === id)
  for (const path of dataset.outline) {
    const [collection, id] = path.split('/')
    const block =
      collection === 'paragraphs'
        ? byId(dataset.paragraphs, id)
        : collection === 'notes'
          ? byId(dataset.notes, id)
          : undefined
    if (block) found.push({ ...block, path, opening: block.section.en.length === 0 })
    const list = collection === 'lists' ? byId(dataset.lists, id) : undefined
    for (const item of list?.items ?? [])
      found.push({
        ...item,
        path: itemPath(list!.id, item.id),
        opening: list!.section.en.length === 0,
      })
  }
  return found
}

/** The clouds of the vocabulary, those the article names first in the order it names them. */
function cloudsInOrder(dataset: Dataset, said: readonly Statement[]): Term[] {
  const named: TermId[] = said.flatMap((statement) => statement.mentions)
  for (const table of dataset.tables) {
    named.push(...table.appliesTo)
    for (const row of table.rows)
      for (const links of Object.values(row.terms))
        for (const link of links) if (link) named.push(link.term)
  }
  const rank = (term: Term) => {
    const at = named.indexOf(term.id)
    return at < 0 ? named.length : at
  }
  return dataset.terms.filter((term) => term.kind === 'cloud').sort((a, b) => rank(a) - rank(b))
}

/**
 * The store a column is about, read from its label by the vocabulary: the store with the longest
 * name the source locale's label contains, in the singular or the plural ("Service log location"
 * is about the service logs). `undefined` when no store's name is in it.
 */
function storeOfColumn(dataset: Dataset, column: Column): Term | undefined {
  const label = ` ${fold(column.label.en)} `
  let best: { term: Term; length: number } | undefined
  for (const term of dataset.terms) {
    if (term.kind !== 'data-store') continue
    for (const name of [term.label.en, ...(term.aliases?.en ?? [])].map(fold))
      for (const form of [name, name.replace(/s$/, '')])
        if (label.includes(` ${form} `) && form.length > (best?.length ?? 0))
          best = { term, length: form.length }
  }
  return best?.term
}

const fold = (text: string) =>
  foldCase(normalizeName(text))
    .replaceAll(/[^\p{L}\p{N}'-]+/gu, ' ')
    .trim()

type TermOf = (id: TermId) => Term | undefined
const termsOf = (ids: readonly TermId[] | undefined, termOf: TermOf) =>
  (ids ?? []).map(termOf).filter((term): term is Term => term !== undefined)

/** Where the tables in the cloud's scope keep each store: a value naming a place, per column. */
function locationsFor(dataset: Dataset, cloud: Term, termOf: TermOf): Map<Term, LocationFact[]> {
  const byStore = new Map<Term, LocationFact[]>()
  const add = (store: Term, fact: LocationFact) =>
    byStore.set(store, [...(byStore.get(store) ?? []), fact])
  for (const { table, row } of where(dataset, { cloud: cloud.id })) {
    const [key, ...rest] = table.columns
    const keyLinks = key ? (row.terms[key.id] ?? []) : []
    const keyNamesCloud = keyLinks.some((link) => link && termOf(link.term)?.kind === 'cloud')
    const given = key && !keyNamesCloud ? quoteOfValue(table.id, row, key.id, 0) : null
    for (const column of rest) {
      const store = storeOfColumn(dataset, column)
      for (const [index, link] of (row.terms[column.id] ?? []).entries()) {
        const location = link ? termOf(link.term) : undefined
        if (!link || location?.kind !== 'location') continue
        const qualifiers = termsOf(link.qualifiers, termOf)
        const fact = {
          value: quoteOfValue(table.id, row, column.id, index)!,
          location,
          qualifiers,
          given,
          source: row.source,
        }
        if (store) add(store, fact)
        // "Microsoft Entra sign-in logs in region": the value also says where that store is.
        for (const kept of qualifiers)
          if (kept.kind === 'data-store' && kept !== store) add(kept, fact)
      }
    }
  }
  return byStore
}

function quoteOfValue(table: string, row: Row, column: string, index: number): Quote | null {
  const cell = row.cells[column]
  const en = cell?.en[index]
  if (en === undefined) return null
  return {
    path: valuePath(table, row.id, column, index),
    text: { en, sv: cell?.sv?.[index] ?? null },
  }
}

/** Which stores the cloud's tables put each row's events in, by table, store and condition. */
function storesFor(dataset: Dataset, cloud: Term, termOf: TermOf): StoreFact[] {
  const facts = new Map<string, StoreFact>()
  for (const { table, row } of where(dataset, { cloud: cloud.id })) {
    const [key, ...rest] = table.columns
    if (!key) continue
    const holds = row.cells[key.id]!.en.map(
      (_, index) => quoteOfValue(table.id, row, key.id, index)!,
    )
    for (const column of rest)
      for (const link of row.terms[column.id] ?? []) {
        const store = link ? termOf(link.term) : undefined
        if (!link || store?.kind !== 'data-store') continue
        const when = termsOf(link.qualifiers, termOf)
        const id = [table.id, store.id, ...when.map((term) => term.id)].join(' ')
        const fact = facts.get(id)
        if (fact) {
          fact.holds.push(...holds)
          fact.source = spanOf(fact.source, row.source)
        } else
          facts.set(id, { store, when, holds: [...holds], table: table.id, source: row.source })
      }
  }
  return [...facts.values()]
}

/** The lines two spans cover together; a locale one of them lacks has none. */
function spanOf(a: LocalizedPosition, b: LocalizedPosition): LocalizedPosition {
  const join = (x: LocalizedPosition['en'] | null, y: LocalizedPosition['en'] | null) =>
    x && y ? { line: Math.min(x.line, y.line), endLine: Math.max(x.endLine, y.endLine) } : null
  return { en: join(a.en, b.en)!, sv: join(a.sv, b.sv) }
}

function retentionOf(statement: Statement): RetentionFact[] {
  return statement.quantities.en
    .filter((quantity) => quantity.role === 'retention')
    .map((quantity) => {
      const twin = statement.quantities.sv?.find(
        (other) => other.type === quantity.type && other.value === quantity.value,
      )
      const amount = { en: quantity.text, sv: twin?.text ?? null }
      return {
        duration: quantity.value,
        amount,
        quote: sentenceWith(statement, amount),
        source: statement.source,
      }
    })
}

/** The statement whole: a caveat ("providers may route the call elsewhere") is part of the fact. */
function placesOf(statement: Statement, termOf: TermOf): PlaceFact[] {
  if (!statement.opening) return []
  const places = termsOf(statement.mentions, termOf).filter((term) => term.kind === 'location')
  if (places.length === 0) return []
  const quote = { path: statement.path, text: statement.text }
  return [{ places, quote, source: statement.source }]
}

/** The sentence of a statement that contains `amount`, in each locale; the whole text without one. */
function sentenceWith(statement: Statement, amount: LocalizedText): Quote {
  const pick = (locale: Locale): string | null => {
    const text = statement.text[locale]
    const words = amount[locale]
    if (text === null) return null
    const sentence = words === null ? undefined : sentences(text).find((s) => s.includes(words))
    return sentence ?? text
  }
  return { path: statement.path, text: { en: pick('en')!, sv: pick('sv') } }
}

// A sentence ends at . ! or ? before the capital (or digit) that starts the next.
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}])/u)
