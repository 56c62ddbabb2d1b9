import type { Change } from '../report.js'
import { localeLevel } from '../semver-policy.js'
import type { DiffContext } from './context.js'

/** A locale's document or translation that appeared or went: a change of the whole locale. */
export function localeChange(
  locale: string,
  action: 'added' | 'removed',
  what: 'document' | 'translation',
): Change {
  return {
    kind: 'metadata',
    action,
    classification: 'data',
    level: localeLevel(action),
    locale,
    path: `sources/${locale}`,
    entity: null,
    summary: `The ${locale} ${what} is ${action === 'added' ? 'new' : 'gone'}`,
  }
}

/**
 * When no docs are at hand: a locale that appeared or went, and the source metadata that describes
 * the page. The title is a heading, compared with the prose.
 */
export function diffSources(context: DiffContext): void {
  const { base, head } = context
  for (const locale of context.locales) {
    const from = base.sources[locale]
    const to = head.sources[locale]
    if (!from || !to) {
      context.push({
        ...localeChange(locale, from ? 'removed' : 'added', 'translation'),
        before: from?.path ?? null,
        after: to?.path ?? null,
      })
      continue
    }
    for (const field of ['description', 'msDate', 'path', 'format'] as const) {
      if ((from[field] ?? null) === (to[field] ?? null)) continue
      context.data('metadata', 'changed', {
        locale,
        path: `metadata/${locale}/${field}`,
        entity: null,
        summary: `${field} of the ${locale} source changed`,
        before: from[field] ?? null,
        after: to[field] ?? null,
      })
    }
  }
}

/** A source file that changed while nothing extracted from it did. */
export function diffUnchangedSources(
  context: DiffContext,
  changes: readonly { locale: string | null }[],
): void {
  for (const locale of context.locales) {
    const from = context.base.sources[locale]
    const to = context.head.sources[locale]
    if (!from || !to || from.sha256 === to.sha256) continue
    if (changes.some((change) => change.locale === locale)) continue
    context.push({
      kind: 'formatting',
      action: 'changed',
      classification: 'cosmetic',
      level: 'none',
      locale,
      path: `sources/${locale}`,
      entity: null,
      summary: `${to.path} changed, but no extracted value did`,
    })
  }
}
