import {
  type Dataset,
  type Locale,
  type LocalizedPosition,
  sourceLinks,
} from '@mfa-residency/dataset'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, ui } from './i18n.js'

/**
 * Where a reader checks what a page shows, from the dataset's `sourceLinks`: the Learn page in the
 * page's language, and on English pages the upstream file, at its lines when the commit is known.
 * A line number alone would point into this repository's copy, which the published site lacks.
 */
export function renderSources(
  dataset: Dataset,
  locale: SiteLocale,
  position?: LocalizedPosition,
  /** The source to link, when not the page's own language's (the about page lists both). */
  from: Locale = locale,
): ElementContent[] {
  const t = ui[locale]
  const span = position?.[from] ?? undefined
  const links = sourceLinks(dataset, from, span)
  const shown: ElementContent[] = []
  if (links.page !== null)
    shown.push(h('a', { href: links.page, hrefLang: from, title: t.learnTitle }, [t.learn]))
  if (links.upstream !== null) {
    const lines =
      links.pinned && span
        ? span.endLine > span.line
          ? `, ${t.lines} ${span.line}–${span.endLine}`
          : `, ${t.line} ${span.line}`
        : ''
    const title = links.pinned ? t.upstreamPinned : t.upstreamHead
    shown.push(h('a', { href: links.upstream, hrefLang: 'en', title }, [`GitHub${lines}`]))
  }
  return [
    h(
      'span.sources',
      shown.flatMap((link, index) =>
        index === 0 ? [link] : [{ type: 'text', value: ' · ' }, link],
      ),
    ),
  ]
}
