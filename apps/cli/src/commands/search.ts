import { dataset, lists, notes, tables } from '@mfa-residency/dataset'
import type { Context } from '../context.js'
import { UsageError } from '../context.js'
import { matches } from '../text-match.js'

interface Hit {
  path: string
  locale: 'en' | 'sv'
  value: string
  source: string
}

/** Every value in both locales: cells, column labels, list items and notes. */
function* values(): Generator<Hit> {
  const at = (locale: 'en' | 'sv', position: { line: number } | null) =>
    position ? `${dataset.sources[locale].path}:${position.line}` : ''
  const both = ['en', 'sv'] as const
  for (const table of tables) {
    for (const column of table.columns) {
      for (const locale of both) {
        const label = column.label[locale]
        if (label)
          yield {
            path: `tables/${table.id}/columns/${column.id}`,
            locale,
            value: label,
            source: at(locale, table.source[locale]),
          }
      }
    }
    for (const row of table.rows) {
      for (const [columnId, cell] of Object.entries(row.cells)) {
        for (const locale of both) {
          for (const value of cell[locale] ?? []) {
            yield {
              path: `tables/${table.id}/rows/${row.id}/cells/${columnId}`,
              locale,
              value,
              source: at(locale, row.source[locale]),
            }
          }
        }
      }
    }
  }
  for (const list of lists) {
    for (const [index, item] of list.items.entries()) {
      for (const locale of both) {
        const value = item[locale]
        if (value)
          yield {
            path: `lists/${list.id}/items/${index}`,
            locale,
            value,
            source: at(locale, item.source[locale]),
          }
      }
    }
  }
  for (const note of notes) {
    for (const locale of both) {
      const value = note.text[locale]
      if (value)
        yield { path: `notes/${note.id}`, locale, value, source: at(locale, note.source[locale]) }
    }
  }
}

export function search(query: string, ctx: Context): number {
  if (query.trim() === '') throw new UsageError('search needs some text to look for')
  const found = [...values()].filter((hit) => matches(query, hit.value))
  if (found.length === 0) {
    ctx.err(`nothing matches "${query}" in either language`)
    return 1
  }
  if (ctx.json) {
    ctx.out(JSON.stringify(found, null, 2))
    return 0
  }
  ctx.out(
    found
      .map(
        (hit) => `${hit.value}\n  ${ctx.colors.dim(`${hit.locale} · ${hit.path} · ${hit.source}`)}`,
      )
      .join('\n'),
  )
  return 0
}
