import type { Report } from '@mfa-residency/compare'
import type { PhrasingContent, RootContent } from 'mdast'
import { bumpLine, type SummaryItem, summaryItems, translationLine } from '../summary-text.js'
import { heading, list, paragraph, strong, text } from './build.js'
import { docText } from './doc-text.js'

/** A line of "What changed", the entities' names in bold. */
function item({ lead, names, facts }: SummaryItem): PhrasingContent[] {
  const named = names.flatMap(({ name, note }, index) => [
    text(index === 0 ? (facts === '' ? ': ' : ' ') : ', '),
    strong(...docText(name)),
    ...(note ? [text(' ('), ...docText(note), text(')')] : []),
  ])
  return [text(lead), ...named, ...(facts === '' ? [] : [text(': '), ...docText(facts)])]
}

/** The first layer: the bump and why, what changed entity by entity, and the translations. */
export function summaryBlocks(report: Report): RootContent[] {
  const { summary } = report
  const line = bumpLine(report.bump, summary.because)
  const blocks: RootContent[] = [
    heading(3, text('Summary')),
    report.bump === 'none'
      ? paragraph(text(line))
      : paragraph(strong(text(report.bump)), ...docText(line.slice(report.bump.length))),
  ]
  const items = summaryItems(summary)
  if (items.length > 0) blocks.push(paragraph(text('What changed:')), list(items.map(item)))
  if (summary.translations.length > 0)
    blocks.push(
      paragraph(text(`Translations: ${summary.translations.map(translationLine).join('; ')}`)),
    )
  return blocks
}
