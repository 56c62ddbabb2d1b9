import { findTerms } from '@mfa-residency/dataset'
import type { EntityHistory } from '@mfa-residency/dataset/history-queries'
import type { HistoryView } from './history-view.js'

const collections = ['headings/', 'paragraphs/', 'tables/', 'lists/', 'notes/', 'terms/']

/**
 * What `history <name>` asks about: an entity path as it is (`tables/<id>/rows/<id>`); a term by
 * id, code, label or alias in either language, in today's vocabulary or, for a term the article
 * no longer names, in the newest version that had it; else an entity id (`data-stored-by-mfa-server`).
 */
export function entitiesNamed(view: HistoryView, name: string): EntityHistory[] {
  const queries = view.historyQueries()
  if (collections.some((prefix) => name.startsWith(prefix))) return queries.historyOf(name)
  for (let index = view.last; index >= 0; index--) {
    const terms = findTerms(view.datasetAt(index), name)
    if (terms.length > 0) return terms.flatMap((term) => queries.historyOf(term.id))
  }
  for (const prefix of collections) {
    const found = queries.historyOf(`${prefix}${name}`)
    if (found.length > 0) return found
  }
  return []
}
