import { type Dataset, type Locale, tableTitle } from '@mfa-residency/dataset'
import type { SiteLocale } from './i18n.js'

/** A text and the language it is in: the page's, or English where the translation is missing. */
export interface Worded {
  text: string
  lang: Locale
}

const longest = 80
/** A name stays a name: a long text (a whole list item) is cut at 80 characters. */
export const shorten = (name: Worded): Worded =>
  name.text.length <= longest
    ? name
    : { ...name, text: `${name.text.slice(0, longest - 1).trimEnd()}…` }

/** A localized text in the page's language, or in English, marked so, where it has none. */
function inLocale(text: { en: string; sv: string | null }, locale: SiteLocale): Worded {
  const own = text[locale]
  return own === null || own === undefined
    ? { text: text.en, lang: 'en' }
    : { text: own, lang: locale }
}

/** What `pick` finds in the first dataset that has it, and that dataset's index. */
function first<T>(datasets: readonly Dataset[], pick: (dataset: Dataset) => T | undefined) {
  for (const [index, dataset] of datasets.entries()) {
    const found = pick(dataset)
    if (found !== undefined) return { found, dataset, index }
  }
  return undefined
}

const tableIn = (dataset: Dataset, id: string) => dataset.tables.find((one) => one.id === id)
const listIn = (dataset: Dataset, id: string) => dataset.lists.find((one) => one.id === id)

/** A table's title (`tableTitle`), and whether the first dataset, today's, still has it. */
export function tableName(datasets: readonly Dataset[], id: string, locale: SiteLocale) {
  const table = first(datasets, (dataset) => tableIn(dataset, id))
  if (!table) return null
  const lang = locale === 'en' || table.found.section[locale] !== null ? locale : 'en'
  return {
    name: { text: tableTitle(table.found, lang, table.dataset), lang },
    today: table.index === 0,
  }
}

/** A row by its first column's values, as the table shows it. */
export function rowName(
  datasets: readonly Dataset[],
  table: string,
  row: string,
  locale: SiteLocale,
): Worded | null {
  const found = first(datasets, (dataset) => {
    const inTable = tableIn(dataset, table)
    const cells = inTable?.rows.find((one) => one.id === row)?.cells
    const column = inTable?.columns[0]?.id
    return cells && column ? cells[column] : undefined
  })?.found
  if (!found) return null
  const own = found[locale]
  return own?.every((value) => value !== null)
    ? { text: own.join(', '), lang: locale }
    : { text: found.en.join(', '), lang: 'en' }
}

export function columnName(
  datasets: readonly Dataset[],
  table: string,
  column: string,
  locale: SiteLocale,
): Worded | null {
  const label = first(
    datasets,
    (dataset) => tableIn(dataset, table)?.columns.find((one) => one.id === column)?.label,
  )?.found
  return label ? inLocale(label, locale) : null
}

/** A list by its section heading; one before the first heading by the article's title. */
export function listName(
  datasets: readonly Dataset[],
  id: string,
  locale: SiteLocale,
): Worded | null {
  const list = first(datasets, (dataset) => listIn(dataset, id))
  if (!list) return null
  const { section } = list.found
  const heading = (section[locale] ?? section.en).at(-1)
  if (heading) return { text: heading, lang: section[locale] ? locale : 'en' }
  const { sources } = list.dataset
  return inLocale({ en: sources.en.title ?? id, sv: sources.sv.title }, locale)
}

export function itemName(
  datasets: readonly Dataset[],
  list: string,
  item: string,
  locale: SiteLocale,
): Worded | null {
  const text = first(
    datasets,
    (dataset) => listIn(dataset, list)?.items.find((one) => one.id === item)?.text,
  )?.found
  return text ? inLocale(text, locale) : null
}

/** A heading, paragraph or note by its own text. */
export function textName(
  datasets: readonly Dataset[],
  collection: 'headings' | 'paragraphs' | 'notes',
  id: string,
  locale: SiteLocale,
): Worded | null {
  const text = first(datasets, (dataset) => dataset[collection].find((one) => one.id === id)?.text)
  return text ? inLocale(text.found, locale) : null
}

/** A term's label; its id when no dataset has the term. */
export function termName(datasets: readonly Dataset[], id: string, locale: SiteLocale): string {
  return (
    first(datasets, (dataset) => dataset.terms.find((term) => term.id === id))?.found.label[
      locale
    ] ?? id
  )
}
