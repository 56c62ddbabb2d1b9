import { columnPath, entityPath, itemPath } from '@mfa-residency/dataset'
import { markdownText } from '@mfa-residency/diff/datasets'
import type { Context } from '../context.js'
import { pick, pickValues, sectionPath } from '../localize.js'
import { headingsOf } from '../table-title.js'
import { translationsOf } from '../translation.js'

/*
 * Markdown is for people: it shows `ctx.dataset`, whose text is safe for a terminal, and escapes
 * it for Markdown through the diff package's `markdownText`.
 */

const mdCell = (values: string[]) => values.map(markdownText).join('<br>')

/** `export --format md`: every table, list and note as Markdown, in the language asked. */
export function exportMarkdown(ctx: Context): number {
  const dataset = ctx.dataset
  const translations = translationsOf(dataset)
  const out: string[] = []
  for (const table of dataset.tables) {
    const path = entityPath('tables', table.id)
    const leadIn = translations.leadIn(path, table.leadIn)
    out.push(
      `## ${markdownText(sectionPath(headingsOf(table, dataset, translations), ctx.lang))}`,
      '',
    )
    if (leadIn) out.push(markdownText(pick(leadIn, ctx.lang)), '')
    const labels = table.columns.map((column) =>
      translations.text(columnPath(table.id, column.id), column.label),
    )
    out.push(`| ${labels.map((label) => mdCell([pick(label, ctx.lang)])).join(' | ')} |`)
    out.push(`|${table.columns.map(() => ' --- |').join('')}`)
    for (const row of table.rows) {
      const cells = table.columns.map((column) =>
        translations.cell(table.id, row.id, column.id, row.cells[column.id]!),
      )
      out.push(`| ${cells.map((values) => mdCell(pickValues(values, ctx.lang))).join(' | ')} |`)
    }
    out.push('')
  }
  for (const list of dataset.lists) {
    const path = entityPath('lists', list.id)
    out.push(
      `## ${markdownText(sectionPath(translations.section(path, list.section), ctx.lang) || list.id)}`,
      '',
      ...list.items.map(
        (item) =>
          `- ${markdownText(pick(translations.text(itemPath(list.id, item.id), item.text), ctx.lang))}`,
      ),
      '',
    )
  }
  for (const note of dataset.notes) {
    const text = translations.text(entityPath('notes', note.id), note.text)
    out.push(`> **${note.kind}**: ${markdownText(pick(text, ctx.lang))}`, '')
  }
  // The title of the article the words come from: the Swedish one when only Swedish is shown.
  const { title } = dataset.sources[ctx.lang === 'sv' ? 'sv' : 'en']
  out.push(`${ctx.messages.markdownSource} ${markdownText(title ?? '')}`)
  ctx.out(out.join('\n'))
  return 0
}
