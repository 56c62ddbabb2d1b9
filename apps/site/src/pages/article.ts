import type { Dataset } from '@mfa-residency/dataset'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, ui } from '../i18n.js'
import type { Page } from '../layout.js'
import { type Block, leadInParagraph, outlineBlocks } from '../outline.js'
import { renderList, renderNote } from '../render-blocks.js'
import { renderTable, sectionTitle } from '../render-data.js'
import { renderRetention } from '../render-terms.js'
import { renderSources } from '../source-links.js'
import { translated, translatedLeadIn } from '../translated.js'

/** The whole article: every block of the outline in document order, in the page's language. */
export function articlePage(dataset: Dataset, locale: SiteLocale): Page {
  const t = ui[locale]
  const blocks = outlineBlocks(dataset)
  const body: ElementContent[] = [
    h('p.breadcrumb', t.articleIntro),
    h('p.page-sources', [`${t.source}: `, ...renderSources(dataset, locale)]),
  ]
  // The page has one h1, the article's title (its level-1 heading); the rest keep their levels.
  let titleToCome = blocks.some((block) => block.kind === 'heading' && block.heading.level === 1)
  if (!titleToCome)
    body.push(h('h1', dataset.sources[locale].title ?? dataset.sources.en.title ?? t.article))
  for (const block of blocks) {
    if (block.kind !== 'heading') {
      body.push(...renderBlock(block, dataset, locale))
      continue
    }
    const tag =
      block.heading.level === 1 && titleToCome ? 'h1' : `h${Math.max(2, block.heading.level)}`
    if (tag === 'h1') titleToCome = false
    body.push(
      h(
        tag,
        { id: `heading-${block.heading.id}` },
        translated(dataset, locale, block.path, block.heading.text),
      ),
    )
  }
  return {
    file: 'article.html',
    nav: 'article',
    title: t.article,
    description: t.articleIntro,
    body,
  }
}

const paragraphId = (id: string) => `paragraph-${id}`

function renderBlock(
  block: Exclude<Block, { kind: 'heading' }>,
  dataset: Dataset,
  locale: SiteLocale,
): ElementContent[] {
  switch (block.kind) {
    case 'paragraph':
      return [
        h('p', { id: paragraphId(block.paragraph.id) }, [
          ...translated(dataset, locale, block.path, block.paragraph.text),
          ...renderRetention(block.paragraph.quantities, locale),
        ]),
      ]
    case 'table': {
      const { id, shown } = leadIn(block, dataset, locale)
      // Tables of one section share a caption; their lead-ins tell their regions apart.
      const options = id === undefined ? {} : { alsoLabelledBy: id }
      return [...shown, renderTable(block.table, dataset, locale, options)]
    }
    case 'list':
      return [
        ...leadIn(block, dataset, locale).shown,
        renderList(block.list, dataset, locale, { leadIn: false }),
      ]
    case 'note':
      return [renderNote(block.note, dataset, locale, sectionTitle(block.note.section, locale))]
  }
}

/**
 * A table's or list's lead-in. It is normally the paragraph right before it in the outline, which
 * the page has already shown; only a lead-in the outline lacks is shown here.
 */
function leadIn(
  block: Extract<Block, { kind: 'table' | 'list' }>,
  dataset: Dataset,
  locale: SiteLocale,
): { id?: string; shown: ElementContent[] } {
  const paragraph = leadInParagraph(dataset, block.path)
  if (paragraph) return { id: paragraphId(paragraph.id), shown: [] }
  const own = block.kind === 'table' ? block.table.leadIn : block.list.leadIn
  const content = translatedLeadIn(dataset, locale, block.path, own)
  if (content === null) return { shown: [] }
  const id = `lead-in-${block.path.replace('/', '-')}`
  return { id, shown: [h('p', { id }, content)] }
}
