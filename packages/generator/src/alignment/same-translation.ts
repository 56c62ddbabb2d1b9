import { parsePath } from '@mfa-residency/dataset/paths'
import type { ParsedDocument } from '@mfa-residency/parser'
import type { Dataset } from './article.js'
import { get } from './article.js'

/**
 * Whether a translated document says what the memory's translation said, block for block: the
 * same headings, paragraphs, notes and list items, as a multiset of texts. A Learn page fetched
 * again, rendered as text or HTML, differs in bytes (whitespace, another format) while its
 * translation is the same one, and still lags behind the English as much as before. Cells are left
 * out: rendered text joins them, so their texts do not compare.
 */
export function sameTranslation(
  memory: Dataset,
  locale: string,
  document: ParsedDocument,
): boolean {
  const remembered: string[] = [
    ...memory.headings.flatMap((heading) => get<string>(heading.text, locale) ?? []),
    ...memory.paragraphs.flatMap((paragraph) => get<string>(paragraph.text, locale) ?? []),
    ...memory.notes.flatMap((note) => get<string>(note.text, locale) ?? []),
    ...memory.lists.flatMap((list) =>
      list.items.flatMap((item) => get<string>(item.text, locale) ?? []),
    ),
    ...memory.translationGaps.flatMap((gap) => extraTexts(gap, locale)),
  ]
  const read: string[] = [
    ...(document.title === null ? [] : [document.title]),
    ...document.blocks.flatMap((block) => {
      if (
        block.kind === 'heading' ||
        block.kind === 'paragraph' ||
        block.kind === 'code' ||
        block.kind === 'note'
      )
        return [block.text]
      if (block.kind === 'list') return block.items.map((item) => item.text)
      return []
    }),
  ]
  return remembered.length > 0 && remembered.sort().join('\n') === read.sort().join('\n')
}

/** The texts an extra gap keeps that a document's blocks show: not cell values, not tables. */
function extraTexts(gap: Dataset['translationGaps'][number], locale: string): string[] {
  if (gap.locale !== locale || gap.kind !== 'extra' || gap.text === undefined) return []
  const place = parsePath(gap.path)
  if (!place || place.collection === 'tables') return []
  return [gap.text].flat()
}
