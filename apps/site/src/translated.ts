import {
  type Cell,
  type Dataset,
  entityPath,
  type LocalizedOptionalText,
  type LocalizedText,
  type Term,
  type TermLink,
  type TranslationStatus,
  translationStatus,
  valuePath,
} from '@mfa-residency/dataset'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, ui } from './i18n.js'
import { leadInParagraph } from './outline.js'
import { codedTerm, renderCode } from './render-terms.js'

/** One value as a page in one language shows it. */
export interface Shown {
  text: string
  /** The language of `text`: the page's own, or English where the translation is missing. */
  lang: SiteLocale
  /** `missing` when `text` is the English shown in its place. */
  status: TranslationStatus
  /** Stale translations: the English the translation was made from, when the gap records it. */
  translates?: string
  /** The term the value names, when it has a code to show beside the text. */
  coded?: Term
}

/**
 * What a page in `locale` shows for the value at `path`: its translation, with the English that
 * translation was made from when the dataset records it as stale; the English when there is none.
 * The status comes from the dataset's own `translationStatus`, so the site and the API agree.
 */
export function shownValue(
  dataset: Dataset,
  locale: SiteLocale,
  path: string,
  value: LocalizedText,
): Shown {
  const own = value[locale]
  if (own === null) return { text: value.en, lang: 'en', status: 'missing' }
  const status = translationStatus(path, locale, dataset)
  if (status !== 'stale') return { text: own, lang: locale, status }
  const gap = dataset.translationGaps.find(
    (candidate) =>
      candidate.kind === 'stale' && candidate.locale === locale && candidate.path === path,
  )
  const translates = Array.isArray(gap?.translates) ? gap.translates.join(' · ') : gap?.translates
  return translates === undefined
    ? { text: own, lang: locale, status }
    : { text: own, lang: locale, status, translates }
}

/**
 * A shown value as phrasing content. English on a Swedish page says so, for screen readers
 * (WCAG 3.1.2); a stale translation says so in words, not only in colour, and quotes the English it
 * translates so a reader can judge how far it is off.
 */
export function renderShown(shown: Shown, locale: SiteLocale): ElementContent[] {
  // The code follows the text it stands for, before any marker about the translation.
  const code = shown.coded ? renderCode(shown.coded, locale) : []
  if (shown.lang !== locale) return [h('span', { lang: shown.lang }, [shown.text]), ...code]
  if (shown.status !== 'stale') return [{ type: 'text', value: shown.text }, ...code]
  const t = ui[locale]
  return [
    { type: 'text', value: shown.text },
    ...code,
    { type: 'text', value: ' ' },
    h('span.stale', [
      h('span.stale-badge', t.stale),
      ...(shown.translates === undefined
        ? []
        : [
            ' ',
            h('span.translates', [
              `${t.translatedFrom}: `,
              h('q', { lang: 'en' }, shown.translates),
            ]),
          ]),
    ]),
  ]
}

/** The value at `path` in this page's language, with its translation status shown. */
export function translated(
  dataset: Dataset,
  locale: SiteLocale,
  path: string,
  value: LocalizedText,
): ElementContent[] {
  return renderShown(shownValue(dataset, locale, path, value), locale)
}

/**
 * Each value of a cell on its own: a cell can mix current, stale and missing translations. `links`
 * (the row's `terms` for this column) adds each value's code.
 */
export function shownCell(
  dataset: Dataset,
  locale: SiteLocale,
  where: { table: string; row: string; column: string },
  cell: Cell,
  links: readonly (TermLink | null)[] = [],
): Shown[] {
  return cell.en.map((english, index) => {
    const shown = shownValue(
      dataset,
      locale,
      valuePath(where.table, where.row, where.column, index),
      { en: english, sv: cell.sv?.[index] ?? null },
    )
    const coded = codedTerm(dataset, links[index])
    return coded ? { ...shown, coded } : shown
  })
}

/**
 * A table's or list's lead-in, tracked through the paragraph it is in the outline; `null` when it
 * has none.
 */
export function translatedLeadIn(
  dataset: Dataset,
  locale: SiteLocale,
  blockPath: string,
  leadIn: LocalizedOptionalText,
): ElementContent[] | null {
  if (leadIn.en === null) return null
  const paragraph = leadInParagraph(dataset, blockPath)
  return paragraph
    ? translated(dataset, locale, entityPath('paragraphs', paragraph.id), paragraph.text)
    : translated(dataset, locale, blockPath, { en: leadIn.en, sv: leadIn.sv })
}
