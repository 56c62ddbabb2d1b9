import { textSimilarity } from '@mfa-residency/compare'
import type { Entry, Locale } from './article.js'
import type { TargetBlock } from './target-blocks.js'

/** How well a translated block can stand for an English entry; `null` when it cannot. */
export function blockMatch(entry: Entry, block: TargetBlock, from: Locale) {
  switch (entry.kind) {
    case 'heading': {
      if (block.kind === 'title') return { cost: entry.entity.level === 1 ? 0 : 0.5, span: 1 }
      if (block.kind !== 'heading') return null
      return { cost: block.depth === entry.entity.level ? 0 : 0.5, span: 1 }
    }
    case 'paragraph':
      if (block.kind !== 'paragraph' && block.kind !== 'code') return null
      // Translations share numbers and names: a weak hint among paragraphs of one section.
      return {
        cost: 0.5 * (1 - textSimilarity(entry.entity.text[from] ?? '', block.text)),
        span: 1,
      }
    case 'table': {
      if (block.kind !== 'table') return null
      const source = entry.block
      const columns = source.columns.length === block.columns.length ? 0 : 0.5
      return { cost: columns + (source.rows.length === block.rows.length ? 0 : 0.25), span: 1 }
    }
    case 'list': {
      if (block.kind !== 'list') return null
      const ordered = entry.entity.ordered === block.ordered ? 0 : 0.25
      const count = entry.entity.items.length === block.items.length ? 0 : 0.25
      return { cost: ordered + count, span: 1 }
    }
    case 'note':
      if (block.kind !== 'note') return null
      return { cost: entry.entity.kind === block.noteKind ? 0 : 0.25, span: 1 }
  }
}
