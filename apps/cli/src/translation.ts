import {
  type Cell,
  type Dataset,
  enclosingPaths,
  entityPath,
  type Heading,
  type LocalizedOptionalText,
  type LocalizedText,
  type Paragraph,
  parsePath,
  type Section,
  type TranslationGap,
  type TranslationStatus,
  valuePath,
} from '@mfa-residency/dataset'

/** One shown text in both locales, and how far its Swedish can be trusted. */
export interface Translated {
  /** The entity path whose translation this is, for `--json`. */
  path: string
  en: string
  sv: string | null
  status: Exclude<TranslationStatus, 'source'>
  /** For a stale translation: the English it translates. */
  translates?: string
  /** Why the translation is stale or missing, from the dataset's translation gaps. */
  reason?: string
}

/** Where each entity sits in the document: its heading chain and the paragraphs above it. */
interface Place {
  headings: Heading[]
  paragraphs: Paragraph[]
}

export interface Translations {
  /** A heading, paragraph, note, list item or column label. */
  text(path: string, text: LocalizedText): Translated
  /** Every value of a cell, in order. */
  cell(table: string, row: string, column: string, cell: Cell): Translated[]
  /** A table's or list's lead-in, judged by the paragraph it is; null when it has none. */
  leadIn(path: string, leadIn: LocalizedOptionalText): Translated | null
  /** Each heading of an entity's section, judged by that heading. */
  section(path: string, section: Section): Translated[]
}

/**
 * The translation status of everything the CLI shows. A path inherits the gaps recorded for the
 * paths that contain it (a value inherits its cell's and its row's), because a gap is recorded
 * where the translation stopped matching, not on every value under it. Extra translations show
 * nowhere: their English is gone (`info` lists them).
 */
export function translationsOf(dataset: Dataset): Translations {
  const translation = dataset.locales[1]
  const gapsByPath = new Map<string, TranslationGap[]>()
  for (const gap of dataset.translationGaps) {
    if (gap.locale !== translation || gap.kind === 'extra') continue
    gapsByPath.set(gap.path, [...(gapsByPath.get(gap.path) ?? []), gap])
  }
  const places = placesOf(dataset)

  /** `judged` is the path whose gaps count, or null when no entity answers for the text. */
  const text = (
    path: string,
    en: string,
    sv: string | null,
    judged: string | null = path,
  ): Translated => {
    const gaps: TranslationGap[] = (judged === null ? [] : enclosingPaths(judged)).flatMap(
      (place) => gapsByPath.get(place) ?? [],
    )
    const missing = gaps.find((gap) => gap.kind === 'missing')
    if (sv === null || missing) {
      return { path, en, sv, status: 'missing', ...(missing ? { reason: missing.reason } : {}) }
    }
    const stale = gaps.find((gap) => gap.kind === 'stale')
    if (!stale) return { path, en, sv, status: 'current' }
    const translates = Array.isArray(stale.translates)
      ? stale.translates.join(', ')
      : stale.translates
    return {
      path,
      en,
      sv,
      status: 'stale',
      ...(translates === undefined ? {} : { translates }),
      reason: stale.reason,
    }
  }

  return {
    text: (path, localized) => text(path, localized.en, localized.sv),
    cell: (table, row, column, cell) =>
      cell.en.map((en, index) =>
        text(valuePath(table, row, column, index), en, cell.sv?.[index] ?? null),
      ),
    leadIn(path, leadIn) {
      if (leadIn.en === null) return null
      // Lead-ins are paragraphs too; the paragraph's gaps are the lead-in's.
      const paragraph = places
        .get(path)
        ?.paragraphs.findLast((candidate) => candidate.text.en === leadIn.en)
      return text(paragraph ? entityPath('paragraphs', paragraph.id) : path, leadIn.en, leadIn.sv)
    },
    section(path, section) {
      const headings = places.get(path)?.headings ?? []
      return section.en.map((en, index) => {
        const heading = headings[index]
        const sv = section.sv?.[index] ?? null
        if (heading?.text.en !== en) return text(path, en, sv, null)
        return text(entityPath('headings', heading.id), en, sv)
      })
    },
  }
}

/** One walk down the outline: for each entity, the headings above it and its paragraphs so far. */
function placesOf(dataset: Dataset): Map<string, Place> {
  const headings = new Map(dataset.headings.map((heading) => [heading.id, heading]))
  const paragraphs = new Map(dataset.paragraphs.map((paragraph) => [paragraph.id, paragraph]))
  const places = new Map<string, Place>()
  let chain: Heading[] = []
  let above: Paragraph[] = []
  for (const path of dataset.outline) {
    const parsed = parsePath(path)
    if (parsed?.collection === 'headings') {
      const heading = headings.get(parsed.id)
      if (!heading) continue
      chain = [...chain.filter((outer) => outer.level < heading.level), heading]
      above = []
      continue
    }
    // A section runs from H2 down; the title (H1) is not part of it.
    places.set(path, { headings: chain.filter((heading) => heading.level >= 2), paragraphs: above })
    const paragraph = parsed?.collection === 'paragraphs' ? paragraphs.get(parsed.id) : undefined
    if (paragraph) above = [...above, paragraph]
  }
  return places
}
