import type { Term } from '@mfa-residency/dataset'
import { termPath } from '@mfa-residency/dataset/paths'
import type { Change } from '../report.js'
import type { DiffContext } from './context.js'

type Value = string | string[] | null

const single = (value: string | boolean | undefined): Value =>
  value === undefined ? null : String(value)

const show = (value: Value) =>
  value === null ? '(none)' : Array.isArray(value) ? value.join(', ') : value

/** The fields of a term that are one value, and those that are one value per locale. */
const fields = ['kind', 'code', 'codeScheme', 'retired', 'includes'] as const
const localized = ['label', 'aliases', 'valueAliases'] as const

/**
 * The vocabulary entries the data links to, by id: a term that appears or goes, and each field of
 * one that changed, with before and after. Ids are never reused, so there is no rename: a term
 * under a new id is one removed and one added. Term changes belong to the vocabulary, not to a
 * locale's document, so they carry no locale of their own (a label's locale is in its path).
 */
export function diffTerms(context: DiffContext): void {
  const before = new Map(context.base.terms.map((term) => [term.id, term]))
  const after = new Map(context.head.terms.map((term) => [term.id, term]))
  for (const [id, term] of before) if (!after.has(id)) wholeTerm(context, 'removed', term)
  for (const [id, term] of after) {
    const previous = before.get(id)
    if (!previous) wholeTerm(context, 'added', term)
    else diffTerm(context, previous, term)
  }
}

function wholeTerm(context: DiffContext, action: 'added' | 'removed', term: Term): void {
  const code = term.code ? ` (${term.code})` : ''
  context.data('term', action, {
    locale: null,
    path: termPath(term.id),
    entity: term.id,
    summary: `Term ${term.id}${code} ${action}: "${term.label[context.source]}"`,
    [action === 'removed' ? 'before' : 'after']: term.label[context.source],
  })
}

function diffTerm(context: DiffContext, from: Term, to: Term): void {
  const changed = (
    field: keyof Term,
    parts: string[],
    what: string,
    before: Value,
    after: Value,
  ) => {
    if (JSON.stringify(before) === JSON.stringify(after)) return
    const fields: Pick<Change, 'locale' | 'path' | 'entity' | 'summary'> = {
      locale: null,
      path: termPath(to.id, ...parts),
      entity: to.id,
      summary: `Term ${to.id}: ${what} ${show(before)} → ${show(after)}`,
    }
    context.data('term', 'changed', { ...fields, before, after }, { field })
  }
  for (const field of fields) {
    const value = (term: Term) =>
      field === 'includes' ? (term.includes ?? null) : single(term[field])
    changed(field, [field], field, value(from), value(to))
  }
  for (const field of localized) {
    const locales = new Set([...Object.keys(from[field] ?? {}), ...Object.keys(to[field] ?? {})])
    for (const locale of [...locales].sort()) {
      const value = (term: Term): Value => {
        const names = term[field] as Partial<Record<string, string | string[]>> | undefined
        return names?.[locale] ?? null
      }
      changed(field, [field, locale], `${field} (${locale})`, value(from), value(to))
    }
  }
}
