import { type EntityPath, parsePath } from '@mfa-residency/dataset/paths'
import type { Change, SummaryEntity } from '../report.js'

/**
 * The entity a path belongs to and the field of it that changed: `lists/<id>/items` is the order of
 * a list's items, `paragraphs/<id>/quantities` what a paragraph states. `null` for paths outside
 * the entity grammar (terms, metadata, formatting).
 */
export function ownerOf(
  path: string,
): { owner: EntityPath; ownerPath: string; field: string } | null {
  const parts = path.split('/')
  for (let length = parts.length; length >= 2; length--) {
    const ownerPath = parts.slice(0, length).join('/')
    const owner = parsePath(ownerPath)
    if (owner) return { owner, ownerPath, field: parts.slice(length).join('/') }
  }
  return null
}

export type Group = Pick<SummaryEntity, 'path' | 'kind'>

const order: readonly SummaryEntity['kind'][] = [
  'table',
  'list',
  'note',
  'prose',
  'vocabulary',
  'metadata',
]

/** Where groups go in a report: tables, lists and notes first, then prose, terms, metadata. */
export const groupRank = (kind: SummaryEntity['kind']) => order.indexOf(kind)

/**
 * The summary entity a change belongs to: its table, list or note; headings and paragraphs as
 * prose; terms as the vocabulary; front matter and sources (and what no entity holds) as metadata.
 */
export function groupOf(change: Change): Group {
  if (change.kind === 'term' || change.path.startsWith('terms/'))
    return { path: 'terms', kind: 'vocabulary' }
  const place = ownerOf(change.path)
  if (!place || change.kind === 'metadata') return { path: 'metadata', kind: 'metadata' }
  const { collection, id } = place.owner
  if (collection === 'headings' || collection === 'paragraphs')
    return { path: 'prose', kind: 'prose' }
  const kind = collection === 'tables' ? 'table' : collection === 'lists' ? 'list' : 'note'
  return { path: `${collection}/${id}`, kind }
}
