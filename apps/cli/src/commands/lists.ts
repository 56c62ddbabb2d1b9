import { entityPath, itemPath, type List, type Note } from '@mfa-residency/dataset'
import { jsonText } from '@mfa-residency/output-safety'
import type { Context } from '../context.js'
import { findEntity, unknownEntity } from '../find-entity.js'
import { gapsJson, pick, pickJson, sectionPath, statusJson } from '../localize.js'
import { sourceJson } from '../provenance.js'
import { hang } from '../render-table.js'
import { translationsOf } from '../translation.js'

/** All of them, or the one with this id or an id it had before; null for an unknown id. */
function chosen<T extends { id: string; aliases?: readonly string[] }>(
  entities: readonly T[],
  id: string | undefined,
): readonly T[] | null {
  if (id === undefined) return entities
  const entity = findEntity(entities, id)
  return entity ? [entity] : null
}

export function showLists(id: string | undefined, ctx: Context): number {
  const lists = chosen(ctx.dataset.lists, id)
  if (!lists) return unknownEntity('list', id!, 'lists', ctx)
  const translations = translationsOf(ctx.dataset)
  const textsOf = (list: List) => {
    const path = entityPath('lists', list.id)
    return {
      section: translations.section(path, list.section),
      leadIn: translations.leadIn(path, list.leadIn),
      items: list.items.map((item) => translations.text(itemPath(list.id, item.id), item.text)),
    }
  }
  if (ctx.json) {
    const json = lists.map((list) => {
      const texts = textsOf(list)
      return {
        id: list.id,
        section: pickJson(list.section, ctx.lang),
        leadIn: pickJson(list.leadIn, ctx.lang),
        items: list.items.map((item, index) => ({
          id: item.id,
          text: pickJson(item.text, ctx.lang),
          ...statusJson(texts.items[index]!, ctx.lang),
          source: sourceJson(item.source, ctx),
        })),
        ...gapsJson(
          [...texts.section, ...(texts.leadIn ? [texts.leadIn] : []), ...texts.items],
          ctx.lang,
        ),
        source: sourceJson(list.source, ctx),
      }
    })
    ctx.out(jsonText(json, 2))
    return 0
  }
  const blocks = lists.map((list) => {
    const texts = textsOf(list)
    return [
      `${ctx.colors.bold(sectionPath(texts.section, ctx.lang) || ctx.messages.introduction)} ${ctx.colors.dim(list.id)}`,
      ...(texts.leadIn ? [hang(pick(texts.leadIn, ctx.lang), ctx.width)] : []),
      ...texts.items.map((item) => hang(pick(item, ctx.lang), ctx.width, '  • ')),
    ].join('\n')
  })
  ctx.out(blocks.join('\n\n'))
  return 0
}

export function showNotes(id: string | undefined, ctx: Context): number {
  const notes = chosen(ctx.dataset.notes, id)
  if (!notes) return unknownEntity('note', id!, 'notes', ctx)
  const translations = translationsOf(ctx.dataset)
  const textsOf = (note: Note) => {
    const path = entityPath('notes', note.id)
    return {
      section: translations.section(path, note.section),
      text: translations.text(path, note.text),
    }
  }
  if (ctx.json) {
    const json = notes.map((note) => {
      const texts = textsOf(note)
      return {
        id: note.id,
        kind: note.kind,
        section: pickJson(note.section, ctx.lang),
        text: pickJson(note.text, ctx.lang),
        ...gapsJson([...texts.section, texts.text], ctx.lang),
        source: sourceJson(note.source, ctx),
      }
    })
    ctx.out(jsonText(json, 2))
    return 0
  }
  const blocks = notes.map((note) => {
    const texts = textsOf(note)
    return [
      `${ctx.colors.yellow(`[${note.kind}]`)} ${ctx.colors.bold(sectionPath(texts.section, ctx.lang))} ${ctx.colors.dim(note.id)}`,
      hang(pick(texts.text, ctx.lang), ctx.width),
    ].join('\n')
  })
  ctx.out(blocks.join('\n\n'))
  return 0
}
