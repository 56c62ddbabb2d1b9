import type { ArticleBody } from './alignment/article.js'
import { linkTerms } from './vocabulary/link-terms.js'

type Entity = Record<string, unknown>

/** Entities the schema gives `links`, lacking them: an empty list, since nothing was recorded. */
function withLinks(entities: unknown): unknown {
  if (!Array.isArray(entities)) return entities
  return entities.map((entity: Entity) =>
    typeof entity === 'object' && entity !== null && !('links' in entity)
      ? { ...entity, links: [] }
      : entity,
  )
}

/**
 * A v2 dataset from before the additive fields, given them empty, so that it can still serve as
 * memory and be compared: its ids and translations are what matter there. Before 2.1 it had no
 * vocabulary (terms, row terms, scopes, mentions, quantities); before 2.2 no links on paragraphs,
 * notes and list items. The optional fields (footnotes, row marks and links) need nothing.
 */
export function withTermFields(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  const dataset = value as ArticleBody & { locales?: unknown; translationGaps?: unknown }
  if (!Array.isArray(dataset.locales) || !Array.isArray(dataset.tables)) return value
  let upgraded: Entity = dataset as unknown as Entity
  if (!('terms' in value)) {
    const { body } = linkTerms(dataset, { file: '', terms: [] }, dataset.locales as string[], {})
    const { translationGaps, ...rest } = dataset
    upgraded = { ...rest, ...body, terms: [], translationGaps }
  }
  const lists = upgraded.lists
  return {
    ...upgraded,
    paragraphs: withLinks(upgraded.paragraphs),
    notes: withLinks(upgraded.notes),
    lists: Array.isArray(lists)
      ? lists.map((list: Entity) =>
          typeof list === 'object' && list !== null
            ? { ...list, items: withLinks(list.items) }
            : list,
        )
      : lists,
  }
}
