import type { Dataset } from '@mfa-residency/dataset'
import {
  type Collection,
  cellPath,
  collections,
  columnPath,
  entityPath,
  itemPath,
  rowPath,
  termPath,
  valuePath,
} from '@mfa-residency/dataset/paths'
import { terminalText } from '@mfa-residency/output-safety'

/*
 * The dataset keeps the documents' text as it is, control characters included: it is data, and a
 * changed character is a changed value. Every output channel makes them safe (output-safety), and
 * `generate` says where they are, so that a maintainer sees an ESC or a bidirectional override in
 * the docs before a reader of some other tool does. Which characters count is output-safety's
 * decision (`terminalText` rewrites exactly those), not a second list kept here.
 */

/** One control character in one text of the dataset: where it is, and which it is. */
export interface ControlCharacter {
  /** The document the text came from, or `null` (a vocabulary term without its file). */
  file: string | null
  line: number | null
  /** The entity path, with the field in parentheses when the text is not the entity's value. */
  path: string
  codePoint: number
  count: number
}

// biome-ignore format: a table
const names: Record<number, string> = {
  0: 'NUL', 1: 'SOH', 2: 'STX', 3: 'ETX', 4: 'EOT', 5: 'ENQ', 6: 'ACK',
  7: 'BEL', 8: 'BS', 9: 'HT', 10: 'LF', 11: 'VT', 12: 'FF', 13: 'CR', 14: 'SO',
  15: 'SI', 16: 'DLE', 17: 'DC1', 18: 'DC2', 19: 'DC3', 20: 'DC4', 21: 'NAK',
  22: 'SYN', 23: 'ETB', 24: 'CAN', 25: 'EM', 26: 'SUB', 27: 'ESC', 28: 'FS',
  29: 'GS', 30: 'RS', 31: 'US', 127: 'DEL', 133: 'NEL', 155: 'CSI', 156: 'ST',
  157: 'OSC', 144: 'DCS', 158: 'PM', 159: 'APC', 1564: 'ALM', 8206: 'LRM', 8207: 'RLM',
  8234: 'LRE', 8235: 'RLE', 8236: 'PDF', 8237: 'LRO', 8238: 'RLO', 8294: 'LRI',
  8295: 'RLI', 8296: 'FSI', 8297: 'PDI',
}

/** `U+001B (ESC)`; a C1 control without a common abbreviation is `U+0080 (C1 control)`. */
export function characterName(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0')
  return `U+${hex} (${names[codePoint] ?? 'C1 control'})`
}

type Lines = Partial<Record<string, { line: number }>> | undefined
interface Place {
  path: string
  field: string[]
  locale: string | null
  lines: Lines
}

/** Every control character in the dataset's texts, in document order, one finding per text. */
export function findControlCharacters(
  dataset: Dataset,
  vocabularyFile: string | null = null,
): ControlCharacter[] {
  if (!mayHoldControls(dataset)) return []
  const found: ControlCharacter[] = []
  const locales = new Set<string>(dataset.locales)
  const file = (locale: string | null) =>
    locale === null ? null : (dataset.sources[locale as keyof Dataset['sources']]?.path ?? null)
  const check = (text: string, place: Place, fileName = file(place.locale)) => {
    // Nearly every text has none: one pass over the whole text, not one call per character.
    if (terminalText(text) === text) return
    const counts = new Map<number, number>()
    for (const char of text)
      if (terminalText(char) !== char)
        counts.set(char.codePointAt(0)!, (counts.get(char.codePointAt(0)!) ?? 0) + 1)
    const path = place.field.length > 0 ? `${place.path} (${place.field.join('/')})` : place.path
    const line = place.locale === null ? null : (place.lines?.[place.locale]?.line ?? null)
    for (const [codePoint, count] of counts)
      found.push({ file: fileName, line, path, codePoint, count })
  }
  const walk = (value: unknown, place: Place, fileName?: string | null) => {
    if (typeof value === 'string') return check(value, place, fileName)
    if (value === null || typeof value !== 'object') return
    for (const [key, inner] of Object.entries(value)) {
      const locale = place.locale ?? (locales.has(key) ? key : null)
      const field = locales.has(key) && place.locale === null ? place.field : [...place.field, key]
      walk(inner, { ...place, field, locale }, fileName)
    }
  }
  for (const collection of collections)
    for (const entity of dataset[collection] as unknown as readonly Entity[])
      walkEntity(collection, entity, entityPath(collection, entity.id), walk)
  for (const [locale, source] of Object.entries(dataset.sources)) {
    const { path: _path, sha256: _sha, ...texts } = source as unknown as Record<string, unknown>
    walk(texts, { path: `sources/${locale}`, field: [], locale, lines: undefined })
  }
  for (const term of dataset.terms) {
    const { id, kind: _kind, ...texts } = term as unknown as Entity
    walk(texts, { path: termPath(id), field: [], locale: null, lines: undefined }, vocabularyFile)
  }
  return found
}

/**
 * Whether any string of the dataset may hold a control character. Every string the walk reads is
 * in the dataset's JSON text: a C0 control as an escape (`\n`, `\u001b`), any other as itself, and
 * without indentation the text holds no C0 control of its own. One native scan of it clears
 * nearly every dataset; the walk, a `terminalText` call a string, cost a cold run a millisecond. A
 * false alarm (a backslash before an `n` in the text itself) only means walking.
 */
function mayHoldControls(dataset: Dataset): boolean {
  const json = JSON.stringify(dataset)
  return /\\[bfnrtu]/.test(json) || terminalText(json) !== json
}

interface Entity {
  id: string
  source?: Lines
  [field: string]: unknown
}
type Walk = (value: unknown, place: Place) => void

/** An entity's texts under the path grammar: columns, rows, cells' values and list items. */
function walkEntity(collection: Collection, entity: Entity, path: string, walk: Walk) {
  const { id, source: lines, ...fields } = entity
  for (const [key, value] of Object.entries(fields)) {
    const children = Array.isArray(value) ? (value as Entity[]) : []
    if (collection === 'tables' && key === 'columns')
      for (const column of children)
        walkEntity(
          'tables',
          { ...column, source: column.source ?? lines },
          columnPath(id, column.id),
          walk,
        )
    else if (collection === 'tables' && key === 'rows')
      for (const row of children) walkRow(id, { ...row, source: row.source ?? lines }, walk)
    else if (collection === 'lists' && key === 'items')
      for (const item of children)
        walkEntity('lists', { ...item, source: item.source ?? lines }, itemPath(id, item.id), walk)
    else walk(value, { path, field: [key], locale: null, lines })
  }
}

function walkRow(table: string, row: Entity, walk: Walk) {
  const { id, source: lines, cells, ...fields } = row
  const localizedCells = (cells ?? {}) as Record<string, Record<string, unknown>>
  for (const [column, localized] of Object.entries(localizedCells))
    for (const [locale, values] of Object.entries(localized ?? {})) {
      if (!Array.isArray(values)) {
        walk(values, { path: cellPath(table, id, column), field: [], locale, lines })
        continue
      }
      values.forEach((value, index) => {
        walk(value, { path: valuePath(table, id, column, index), field: [], locale, lines })
      })
    }
  for (const [key, value] of Object.entries(fields))
    walk(value, { path: rowPath(table, id), field: [key], locale: null, lines })
}

/** `warning: <file>:<line>: <path>: control character U+001B (ESC)`, made safe to print. */
export function controlCharacterWarning(found: ControlCharacter): string {
  const at =
    found.file === null ? '' : `${found.file}${found.line === null ? '' : `:${found.line}`}: `
  const times = found.count > 1 ? `, ${found.count} times` : ''
  return terminalText(
    `warning: ${at}${found.path}: control character ${characterName(found.codePoint)}${times}`,
  )
}
