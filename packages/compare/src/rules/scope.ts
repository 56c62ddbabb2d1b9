import type { Table } from '@mfa-residency/dataset'
import { entityPath } from '@mfa-residency/dataset/paths'
import { meaningOf } from '../semver-policy.js'
import { type DiffContext, nonEmpty } from './context.js'
import { idsChanged } from './term-links.js'

/**
 * A table's scope: the clouds and components it applies to and those it excludes. A table that
 * applies to less (a term leaves `appliesTo`, or joins `excludes`) says less; one that applies to
 * more says more.
 */
export function diffScope(context: DiffContext, from: Table, to: Table): void {
  const { source } = context
  for (const field of ['appliesTo', 'excludes'] as const) {
    const names = idsChanged(from[field], to[field])
    if (names.termsAdded.length === 0 && names.termsRemoved.length === 0) continue
    // Excluding more is covering less.
    const level =
      field === 'appliesTo'
        ? meaningOf(names.termsRemoved, names.termsAdded)
        : meaningOf(names.termsAdded, names.termsRemoved)
    const verb = field === 'appliesTo' ? 'applies to' : 'excludes'
    const parts = [
      names.termsAdded.length > 0 ? `now ${verb} ${names.termsAdded.join(', ')}` : '',
      names.termsRemoved.length > 0 ? `no longer ${verb} ${names.termsRemoved.join(', ')}` : '',
    ].filter(Boolean)
    context.data(
      'table',
      'changed',
      {
        locale: source,
        path: `${entityPath('tables', to.id)}/${field}`,
        entity: to.id,
        summary: `Table ${to.id} ${parts.join('; ')}`,
        before: from[field],
        after: to[field],
        ...nonEmpty(names),
        base: context.at('base', source, from.source[source]),
        head: context.at('head', source, to.source[source]),
      },
      level,
    )
  }
}
