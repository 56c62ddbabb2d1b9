import type { Block } from '@mfa-residency/parser'
import type { List } from './article.js'
import { put } from './article.js'
import type { FillContext } from './fill-context.js'
import { pairByText } from './pair-by-text.js'

/** Write a translated list into the base's, item by item paired by text. */
export function fillList(
  context: FillContext,
  list: List,
  block: Extract<Block, { kind: 'list' }>,
): void {
  const { from, to } = context
  for (const pair of pairByText(
    list.items.map((item) => item.text[from] ?? ''),
    block.items.map((item) => item.text),
  )) {
    if (pair.a === null) {
      const item = block.items[pair.b!]!
      context.unpaired.push({
        path: `lists/${list.id}/items`,
        what: 'item',
        text: item.text,
        line: item.line,
        endLine: item.endLine,
      })
    } else if (pair.b !== null) {
      const item = list.items[pair.a]!
      const targetItem = block.items[pair.b]!
      put(item.text, to, targetItem.text)
      put(item.source, to, { line: targetItem.line, endLine: targetItem.endLine })
    }
  }
}
