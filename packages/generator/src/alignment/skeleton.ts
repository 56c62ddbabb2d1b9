import type { ParsedDocument } from '@mfa-residency/parser'
import { type ArticleBody, collectionOf, type Entry, emptyBody } from './article.js'
import { mintEntry, mintTitle, startMinting } from './mint-entities.js'

export interface Skeleton {
  body: ArticleBody
  /** Top-level entities in document order, each with its block. */
  entries: Entry[]
}

/**
 * Every block of the source locale's document as dataset entities with freshly minted ids, in
 * document order; every other locale still empty. Tables, lists and notes take their id from the
 * nearest heading, rows from their first value, paragraphs and list items from their first words.
 */
export function skeleton(
  document: ParsedDocument,
  source: string,
  locales: readonly string[],
): Skeleton {
  const minting = startMinting(locales, source)
  const body = emptyBody()
  const entries: Entry[] = []
  const push = (entry: Entry) => {
    entries.push(entry)
    body.outline.push(`${collectionOf[entry.kind]}/${entry.entity.id}`)
    if (entry.kind === 'heading') body.headings.push(entry.entity)
    else if (entry.kind === 'paragraph') body.paragraphs.push(entry.entity)
    else if (entry.kind === 'table') body.tables.push(entry.entity)
    else if (entry.kind === 'list') body.lists.push(entry.entity)
    else body.notes.push(entry.entity)
  }

  // The H1 is the first heading, but never part of a section path (see extractBlocks).
  let titleSeen = false
  for (const block of document.blocks) {
    if (!titleSeen && document.title !== null && document.titleLine !== null) {
      if (block.line > document.titleLine) {
        titleSeen = true
        push({ kind: 'heading', entity: mintTitle(minting, document), block: null })
      }
    }
    const idBase = ('section' in block ? block.section.at(-1) : undefined) ?? document.title ?? ''
    push(mintEntry(minting, block, idBase))
  }
  if (!titleSeen && document.title !== null && document.titleLine !== null)
    push({ kind: 'heading', entity: mintTitle(minting, document), block: null })
  // Entries arrive in document order except the title, which is placed by its line above.
  return { body, entries }
}
