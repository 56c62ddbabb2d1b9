import type { Dataset, Term, TermLabel, TermLink } from '@mfa-residency/dataset'
import type { Lang } from './context.js'

/*
 * Terms are looked up in the dataset being shown, not through the package's `getTerm`, which only
 * knows the bundled dataset: `--dataset <file>` may carry another vocabulary.
 */

// By the terms array: the versions of a history that share a vocabulary share it (`partsAt`).
const indexes = new WeakMap<readonly Term[], Map<string, Term>>()

/** The dataset's terms by id. */
export function termsOf(dataset: Pick<Dataset, 'terms'>): Map<string, Term> {
  let index = indexes.get(dataset.terms)
  if (!index) {
    index = new Map(dataset.terms.map((term) => [term.id, term]))
    indexes.set(dataset.terms, index)
  }
  return index
}

/** A term for `--json`: its id, its code or null, and its labels in both languages (null when the vocabulary lacks it). */
export function termJson(id: string, dataset: Dataset) {
  const term = termsOf(dataset).get(id)
  return {
    term: id,
    code: term?.code ?? null,
    label: term ? { en: term.label.en, sv: term.label.sv } : null,
  }
}

/** A linked value for `--json`: what it names and what qualifies it; all null for a value with no term. */
export function linkJson(link: TermLink | null | undefined, dataset: Dataset) {
  if (!link) return { term: null, code: null, label: null, qualifiers: [] }
  return {
    ...termJson(link.term, dataset),
    qualifiers: (link.qualifiers ?? []).map((id) => termJson(id, dataset)),
  }
}

/** " (CN)" after a value whose term has a code; nothing otherwise. */
export function codeSuffix(link: TermLink | null | undefined, dataset: Dataset): string {
  const code = link ? termsOf(dataset).get(link.term)?.code : undefined
  return code ? ` (${code})` : ''
}

/** A term's label in one language, or "English / svenska" for both when they differ. */
export function pickLabel(label: TermLabel, lang: Lang): string {
  if (lang !== 'both') return label[lang]
  return label.en === label.sv ? label.en : `${label.en} / ${label.sv}`
}
