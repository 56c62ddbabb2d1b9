import type { Dataset, LocalizedQuantities, Table, Term, TermLink } from '@mfa-residency/dataset'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, ui } from './i18n.js'
import { cloudFile } from './page-files.js'

const indexes = new WeakMap<Dataset, Map<string, Term>>()

/** The dataset's own terms by id: a site built from another dataset reads that one's vocabulary. */
export function termOf(dataset: Dataset, id: string): Term | undefined {
  let index = indexes.get(dataset)
  if (!index) {
    index = new Map(dataset.terms.map((term) => [term.id, term]))
    indexes.set(dataset, index)
  }
  return index.get(id)
}

/** The term a value names, when that term has a standard code to show beside it. */
export function codedTerm(dataset: Dataset, link: TermLink | null | undefined): Term | undefined {
  const term = link ? termOf(dataset, link.term) : undefined
  return term?.code === undefined ? undefined : term
}

/**
 * A code as a small badge after its text, "China CN": a code is the same in every language, so it
 * is never translated, and its title names the scheme it comes from.
 */
export function renderCode(term: Term, locale: SiteLocale): ElementContent[] {
  if (term.code === undefined) return []
  const scheme = term.codeScheme ? ui[locale].codeSchemes[term.codeScheme] : undefined
  return [
    { type: 'text', value: ' ' },
    h('code.term-code', { translate: 'no', title: scheme }, [term.code]),
  ]
}

/**
 * A term as people read it: its label in this language and its code; a cloud links to its page,
 * marked as the current one on that page itself.
 */
export function termName(term: Term, locale: SiteLocale, currentFile?: string): ElementContent[] {
  const href = term.kind === 'cloud' ? cloudFile(term) : undefined
  const label: ElementContent =
    href === undefined
      ? { type: 'text', value: term.label[locale] }
      : h('a', { href, ariaCurrent: href === currentFile ? 'page' : undefined }, [
          term.label[locale],
        ])
  return [label, ...renderCode(term, locale)]
}

/** "Applies to: …" and "Excludes: …" for a table, each only when the table names any. */
export function renderScope(
  table: Table,
  dataset: Dataset,
  locale: SiteLocale,
  currentFile?: string,
): ElementContent[] {
  const t = ui[locale]
  const line = (label: string, ids: readonly string[]): ElementContent[] => {
    const terms = ids.map((id) => termOf(dataset, id)).filter((term) => term !== undefined)
    if (terms.length === 0) return []
    const names = terms.flatMap((term, index) => [
      ...(index === 0 ? [] : [{ type: 'text' as const, value: ', ' }]),
      ...termName(term, locale, currentFile),
    ])
    return [h('p.scope', [h('strong', [`${label}:`]), ' ', ...names])]
  }
  return [...line(t.appliesTo, table.appliesTo), ...line(t.excludes, table.excludes)]
}

/**
 * The retention periods a text states, as typed durations beside it ("Retention: P90D"); the text
 * already says them in words. Read from the language shown, or the English where that has none.
 */
export function renderRetention(
  quantities: LocalizedQuantities,
  locale: SiteLocale,
): ElementContent[] {
  const t = ui[locale]
  return (quantities[locale] ?? quantities.en)
    .filter((quantity) => quantity.role === 'retention')
    .flatMap((quantity) => [
      { type: 'text' as const, value: ' ' },
      h('span.quantity', { title: t.isoDuration }, [
        `${t.retention}: `,
        h('code.term-code', { translate: 'no' }, [quantity.value]),
      ]),
    ])
}
