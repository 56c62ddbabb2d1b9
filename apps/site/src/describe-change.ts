import { type Dataset, type EntityPath, type Locale, parsePath } from '@mfa-residency/dataset'
import type { ChangeValue, TimelineChange } from '@mfa-residency/dataset/history-queries'
import {
  columnName,
  itemName,
  listName,
  rowName,
  shorten,
  tableName,
  termName,
  textName,
  type Worded,
} from './entity-names.js'
import { type SiteLocale, ui } from './i18n.js'
import { tableFile } from './page-files.js'
import type { VersionStory } from './version-stories.js'

export type { Worded } from './entity-names.js'

/** One step of where a change is: a kind of entity ("row") and, when it has one, its name. */
export interface Place {
  word: string
  name: Worded | null
  /** The page of a table the site still has, inside the locale folder. */
  file?: string
}

/** One change as a reader is told it: what happened, where, and the text before and after. */
export interface ChangeInWords {
  /** As the ledger has it, except a translation's text where there was none: `translated`. */
  kind: TimelineChange['kind'] | 'translated'
  places: Place[]
  before: Worded | null
  after: Worded | null
}

/** A text that names its entity (a whole list item) is cut short; titles and labels are not. */
const shortName = (name: Worded | null) => name && shorten(name)

type EntityWord = keyof (typeof ui)['en']['historyWords']['entities']

/**
 * Where a change is, outermost first, each entity named from the first of `datasets` that has it
 * (today's, then those of the time); by its id when none has. An item, paragraph, note or heading
 * is not named by its own text when that text is what the change shows before and after.
 */
function placesOf(
  entity: EntityPath,
  ownTextShown: boolean,
  datasets: readonly Dataset[],
  locale: SiteLocale,
): Place[] {
  const words = ui[locale].historyWords.entities
  const byId = (id: string): Worded => ({ text: id, lang: 'en' })
  const place = (word: EntityWord, name: Worded | null): Place => ({ word: words[word], name })
  const { collection, id } = entity
  if (collection === 'tables') {
    const table = tableName(datasets, id, locale)
    const places = [place('table', table?.name ?? byId(id))]
    if (table?.today) places[0]!.file = tableFile(id)
    if (entity.row !== undefined)
      places.push(place('row', rowName(datasets, id, entity.row, locale) ?? byId(entity.row)))
    const column = entity.column ?? entity.cell
    if (column !== undefined)
      places.push(place('column', columnName(datasets, id, column, locale) ?? byId(column)))
    if (entity.value !== undefined)
      places.push(place('value', { text: String(entity.value + 1), lang: locale }))
    return places
  }
  if (collection === 'lists') {
    const places = [place('list', listName(datasets, id, locale) ?? byId(id))]
    if (entity.item !== undefined)
      places.push(place('item', ownTextShown ? null : itemName(datasets, id, entity.item, locale)))
    return places
  }
  const word = ({ headings: 'heading', paragraphs: 'paragraph', notes: 'note' } as const)[
    collection
  ]
  return [place(word, ownTextShown ? null : shortName(textName(datasets, collection, id, locale)))]
}

/** Fields whose values are term ids: shown as the terms' labels, in the page's language. */
const termFields = new Set(['appliesTo', 'excludes', 'mentions'])

function valueText(
  value: ChangeValue,
  field: string | undefined,
  datasets: readonly Dataset[],
  story: VersionStory,
  locale: SiteLocale,
): Worded | null {
  if (value === null) return null
  const lang = story.locale as Locale
  if (typeof value === 'string') return { text: value, lang }
  if (field !== undefined && termFields.has(field))
    return { text: value.map((term) => termName(datasets, term, locale)).join(', '), lang: locale }
  return { text: value.join(field === 'section' ? ' › ' : '; '), lang }
}

/** The entity a path names and the field inside it, if any: `notes/<id>/text` → the note, `text`. */
function entityAndField(path: string) {
  const parts = path.split('/')
  if (parts[0] === 'terms')
    // A vocabulary term: `terms/<kind>/<name>`, its id holding a slash.
    return { term: `${parts[1]}/${parts[2]}`, field: parts[3] }
  const whole = parsePath(path)
  if (whole) return { entity: whole, field: undefined }
  return { entity: parsePath(parts.slice(0, -1).join('/')), field: parts.at(-1) }
}

/** One change of a version in the words of `locale`, entities named by their titles and labels. */
export function describeChange(
  change: TimelineChange,
  story: VersionStory,
  locale: SiteLocale,
): ChangeInWords {
  // Today's names first, for what still exists; then the names of the time, from the dataset
  // that had the entity: the one before a removal, the one after anything else.
  const around = [story.after, story.before].filter((dataset) => dataset !== null)
  if (change.kind === 'removed') around.reverse()
  const datasets = [story.current, ...around]
  const words = ui[locale].historyWords
  const { entity, term, field } = entityAndField(change.path)
  const shown = change.before !== null || change.after !== null
  // A note's `text` field is the note's own text too.
  const ownTextShown = shown && (field === undefined || field === 'text')
  const places: Place[] =
    term !== undefined
      ? [
          {
            word: words.entities.term,
            name: { text: termName(datasets, term, locale), lang: locale },
          },
        ]
      : entity
        ? placesOf(entity, ownTextShown, datasets, locale)
        : [{ word: change.path, name: null }]
  if (field !== undefined && term === undefined)
    places.push({ word: (words.fields as Record<string, string>)[field] ?? field, name: null })
  // The source locale, as the dataset's `Localized` type fixes it: every other one translates.
  const translated = story.locale !== 'en' && change.kind === 'changed' && change.before === null
  return {
    kind: translated ? 'translated' : change.kind,
    places,
    before: valueText(change.before, field, datasets, story, locale),
    after: valueText(change.after, field, datasets, story, locale),
  }
}
