import type * as Published from '@mfa-residency/dataset'
import { itemPath, valuePath } from '@mfa-residency/dataset/paths'
import { findQuantities, type SourceIssue } from '@mfa-residency/parser'
import type {
  ArticleBody,
  List,
  ListItem,
  Note,
  Paragraph,
  Row,
  Table,
} from '../alignment/article.js'
import type { Vocabulary } from './read-vocabulary.js'
import { readTableScope } from './table-scope.js'
import { TermMatcher } from './term-matcher.js'

type LinkedBody = Pick<
  Published.Dataset,
  'outline' | 'headings' | 'paragraphs' | 'tables' | 'lists' | 'notes'
>

/** A value or item that the vocabulary cannot name, or names differently in a translation. */
export interface TermIssue extends SourceIssue {
  kind: 'unmapped' | 'disagrees'
  locale: string
  path: string
  text: string
}

export interface Linked {
  body: LinkedBody
  terms: Published.Term[]
  issues: TermIssue[]
}

interface Context {
  locales: readonly string[]
  files: Readonly<Record<string, string>>
  matchers: Map<string, TermMatcher>
  issues: TermIssue[]
  used: Set<string>
}

/**
 * Link the body to the vocabulary: each cell value and each item of a list that enumerates things
 * to its term, each sentence to the terms it mentions, each table to its scope, and durations and
 * dates to typed values. Translations are linked too, and checked to name what the English names;
 * every value that maps to no term is an issue, never dropped.
 */
export function linkTerms(
  body: ArticleBody,
  vocabulary: Vocabulary,
  locales: readonly string[],
  files: Readonly<Record<string, string>>,
): Linked {
  const matchers = new Map(
    locales.map((locale) => [locale, new TermMatcher(vocabulary.terms, locale)]),
  )
  const context: Context = { locales, files, matchers, issues: [], used: new Set() }
  const linked: LinkedBody = {
    outline: body.outline,
    headings: body.headings,
    paragraphs: body.paragraphs.map((paragraph) => linkProse(paragraph, context)),
    tables: body.tables.map((table) => linkTable(table, context)),
    lists: body.lists.map((list) => linkList(list, context)),
    notes: body.notes.map((note) => linkProse(note, context)),
  }
  const terms = vocabulary.terms.filter((term) => context.used.has(term.id))
  return { body: linked, terms, issues: context.issues }
}

const source = (context: Context) => context.locales[0] as string

function mentionsOf(text: string, context: Context): string[] {
  const ids = (context.matchers.get(source(context)) as TermMatcher)
    .mentions(text)
    .map((term) => term.id)
  for (const id of ids) context.used.add(id)
  return ids
}

function quantitiesOf(text: Record<string, string | null>, context: Context) {
  return Object.fromEntries(
    context.locales.map((locale) => {
      const value = text[locale]
      return [locale, value === null || value === undefined ? null : findQuantities(value, locale)]
    }),
  ) as unknown as Published.LocalizedQuantities
}

/** A copy with `fields` placed right after `key`, so the key order follows the schema. */
function insertAfter<T extends object>(entity: T, key: keyof T, fields: object) {
  const entries = Object.entries(entity).filter(([name]) => !(name in fields))
  const at = entries.findIndex(([name]) => name === key) + 1
  return Object.fromEntries([
    ...entries.slice(0, at),
    ...Object.entries(fields),
    ...entries.slice(at),
  ])
}

function linkProse<T extends Paragraph | Note>(entity: T, context: Context) {
  const text = entity.text as unknown as Record<string, string | null>
  return insertAfter(entity, 'text', {
    mentions: mentionsOf(text[source(context)] ?? '', context),
    quantities: quantitiesOf(text, context),
  }) as T & { mentions: string[]; quantities: Published.LocalizedQuantities }
}

/**
 * Link one name in every locale: the source's link, or null and an issue when it has none; a
 * translation that names something else, or nothing, is an issue too.
 */
function linkName(
  texts: Record<string, string | null | undefined>,
  where: { path: string; lines: Record<string, number | undefined> },
  context: Context,
): Published.TermLink | null {
  let sourceLink: Published.TermLink | null = null
  for (const locale of context.locales) {
    const text = texts[locale]
    if (text === null || text === undefined) continue
    const link = (context.matchers.get(locale) as TermMatcher).link(text)
    const issue = (kind: TermIssue['kind'], message: string) =>
      context.issues.push({
        kind,
        locale,
        path: where.path,
        text,
        file: context.files[locale] ?? locale,
        line: where.lines[locale] ?? 0,
        message,
      })
    if (locale === source(context)) sourceLink = link
    if (!link) issue('unmapped', `${where.path}: "${text}" maps to no term of the vocabulary`)
    else if (locale !== source(context) && sourceLink && link.term !== sourceLink.term)
      issue(
        'disagrees',
        `${where.path}: "${text}" names ${link.term}, the English ${sourceLink.term}`,
      )
    if (link) for (const id of [link.term, ...(link.qualifiers ?? [])]) context.used.add(id)
  }
  return sourceLink
}

function linkTable(table: Table, context: Context): Published.Table {
  const locale = source(context)
  const section = table.section as unknown as Record<string, string[] | null>
  const leadIn = table.leadIn as unknown as Record<string, string | null>
  const scope = readTableScope(
    leadIn[locale] ?? null,
    section[locale] ?? [],
    context.matchers.get(locale) as TermMatcher,
    locale,
  )
  for (const id of [...scope.appliesTo, ...scope.excludes]) context.used.add(id)
  const rows = table.rows.map((row) => linkRow(table, row, context))
  return { ...(insertAfter(table, 'leadIn', scope) as Table), rows } as Published.Table
}

function linkRow(table: Table, row: Row, context: Context): Published.Row {
  const lines = linesOf(row.source)
  const terms = Object.fromEntries(
    Object.entries(row.cells).map(([column, cell]) => {
      const values = cell as unknown as Record<string, (string | null)[] | null>
      const links = (values[source(context)] ?? []).map((_, index) =>
        linkName(
          Object.fromEntries(context.locales.map((locale) => [locale, values[locale]?.[index]])),
          { path: valuePath(table.id, row.id, column, index), lines },
          context,
        ),
      )
      return [column, links]
    }),
  )
  return insertAfter(row, 'cells', { terms }) as Published.Row
}

const linesOf = (position: object) =>
  Object.fromEntries(
    Object.entries(position).map(([locale, at]) => [locale, (at as { line: number } | null)?.line]),
  )

/** The part of an item that names its thing: before a dash or a colon that explains it. */
const headOf = (text: string) => text.split(/\s*[\u2013\u2014]\s*|:\s/u)[0]?.trim() ?? text

/** A list enumerates things when each item (its head) is a short name, not a sentence. */
function enumerates(list: List, locale: string): boolean {
  return list.items.every((item) => {
    const head = headOf((item.text as unknown as Record<string, string>)[locale] ?? '')
    return head.split(/\s+/).length <= 8 && !/[.!?]$/.test(head)
  })
}

function linkList(list: List, context: Context): Published.List {
  const named = enumerates(list, source(context))
  const items = list.items.map((item) => linkItem(list, item, named, context))
  return { ...list, items } as Published.List
}

function linkItem(list: List, item: ListItem, named: boolean, context: Context) {
  const text = item.text as unknown as Record<string, string | null>
  const heads = Object.fromEntries(
    context.locales.map((locale) => [
      locale,
      text[locale] === null ? null : headOf(text[locale] ?? ''),
    ]),
  )
  const term = named
    ? {
        term: linkName(
          heads,
          { path: itemPath(list.id, item.id), lines: linesOf(item.source) },
          context,
        ),
      }
    : {}
  // A term kept from the memory must not outlive the list's reason to have one.
  const { term: _previous, ...unlinked } = item as ListItem & { term?: unknown }
  return insertAfter(unlinked, 'text', {
    ...term,
    mentions: mentionsOf(text[source(context)] ?? '', context),
    quantities: quantitiesOf(text, context),
  }) as Published.ListItem
}
