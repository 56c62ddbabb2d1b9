import { lists, notes } from '@mfa-residency/dataset'
import type { Context } from '../context.js'
import { pick, pickJson, sectionPath } from '../localize.js'
import { hang } from '../render-table.js'
import { sourceOf } from './source.js'

export function showLists(ctx: Context): number {
  if (ctx.json) {
    const json = lists.map((list) => ({
      id: list.id,
      section: pickJson(list.section, ctx.lang),
      leadIn: pickJson(list.leadIn, ctx.lang),
      items: list.items.map((item) => ({
        text: pickJson(item, ctx.lang),
        source: sourceOf(item.source),
      })),
      source: sourceOf(list.source),
    }))
    ctx.out(JSON.stringify(json, null, 2))
    return 0
  }
  const blocks = lists.map((list) => {
    const leadIn =
      list.leadIn.en === null ? null : pick({ en: list.leadIn.en, sv: list.leadIn.sv }, ctx.lang)
    return [
      `${ctx.colors.bold(sectionPath(list.section, ctx.lang) || '(introduction)')} ${ctx.colors.dim(list.id)}`,
      ...(leadIn ? [hang(leadIn, ctx.width)] : []),
      ...list.items.map((item) => hang(pick(item, ctx.lang), ctx.width, '  • ')),
    ].join('\n')
  })
  ctx.out(blocks.join('\n\n'))
  return 0
}

export function showNotes(ctx: Context): number {
  if (ctx.json) {
    const json = notes.map((note) => ({
      id: note.id,
      kind: note.kind,
      section: pickJson(note.section, ctx.lang),
      text: pickJson(note.text, ctx.lang),
      source: sourceOf(note.source),
    }))
    ctx.out(JSON.stringify(json, null, 2))
    return 0
  }
  const blocks = notes.map((note) =>
    [
      `${ctx.colors.yellow(`[${note.kind}]`)} ${ctx.colors.bold(sectionPath(note.section, ctx.lang))}`,
      hang(pick(note.text, ctx.lang), ctx.width),
    ].join('\n'),
  )
  ctx.out(blocks.join('\n\n'))
  return 0
}
