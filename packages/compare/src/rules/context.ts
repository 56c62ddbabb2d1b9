import type { Dataset, Locale, SourcePosition } from '@mfa-residency/dataset'
import type { Action, Change, ChangeKind, SourceLines } from '../report.js'
import { dataLevel, type LevelContext, meaningOf } from '../semver-policy.js'
import { wordEdits } from '../text-diff.js'
import { namesSummary } from './term-links.js'

export type Side = 'base' | 'head'

/** The file a locale's positions refer to, on either side. */
export type FileOf = (side: Side, locale: string) => string

type Optional<T> = { [K in keyof T]?: T[K] | undefined }
export type ChangeFields = Pick<Change, 'locale' | 'path' | 'entity' | 'summary'> &
  Optional<
    Omit<
      Change,
      'kind' | 'action' | 'classification' | 'level' | 'locale' | 'path' | 'entity' | 'summary'
    >
  >

type TextValue = string | readonly string[] | null
/** One value per locale, as the dataset keeps them. */
export type PerLocale<T> = Partial<Record<Locale, T | null>>

/** What a change in the source locale does to the terms an entity names. */
export type Names = { termsRemoved: string[]; termsAdded: string[] }

/** What every rule shares: both datasets, the locales, and one way to record a change. */
export interface DiffContext {
  base: Dataset
  head: Dataset
  /** The source locale, from the data. */
  source: Locale
  /** Every locale either side has: one that disappears is a change too. */
  locales: Locale[]
  at(
    side: Side,
    locale: string,
    position: SourcePosition | null | undefined,
  ): SourceLines | undefined
  data(kind: ChangeKind, action: Action, fields: ChangeFields, level?: LevelContext): void
  /**
   * A text that may differ per locale; a translation that went missing is left to its gap. With
   * `names`, the source locale's change also says which terms the entity named and names now.
   */
  text(
    kind: ChangeKind,
    path: string,
    entity: string,
    what: string,
    before: PerLocale<TextValue>,
    after: PerLocale<TextValue>,
    sources: { base: PerLocale<SourcePosition>; head: PerLocale<SourcePosition> },
    names?: Names,
  ): void
  push(change: Change): void
  /**
   * An entity only one side has: removed from the base, or added in the head, in the source
   * locale, with its text as before or after and its lines on its side.
   */
  oneSided(
    kind: ChangeKind,
    side: Side,
    fields: {
      path: string
      entity: string
      summary: string
      text?: Change['before']
      position: SourcePosition | null | undefined
    },
  ): void
}

const plain = (value: TextValue | undefined) =>
  value === undefined || value === null
    ? null
    : typeof value === 'string'
      ? value
      : value.join(' › ')

export function createContext(
  base: Dataset,
  head: Dataset,
  fileOf: FileOf,
): { context: DiffContext; changes: Change[] } {
  const changes: Change[] = []
  const locales = [...new Set([...head.locales, ...base.locales])] as Locale[]
  const source = head.locales[0]
  // A translation whose file did not change moves only where the English did; its gaps say how.
  const unchanged = new Set(
    head.locales.filter(
      (locale) =>
        locale !== source &&
        base.sources[locale] !== undefined &&
        base.sources[locale]?.sha256 === head.sources[locale]?.sha256,
    ),
  )
  const context: DiffContext = {
    base,
    head,
    source,
    locales,
    at: (side, locale, position) =>
      position
        ? { file: fileOf(side, locale), line: position.line, endLine: position.endLine }
        : undefined,
    push: (change) => changes.push(change),
    oneSided(kind, side, { text, position, ...fields }) {
      context.data(kind, side === 'base' ? 'removed' : 'added', {
        locale: source,
        ...fields,
        ...(text === undefined ? {} : { [side === 'base' ? 'before' : 'after']: text }),
        [side]: context.at(side, source, position),
      })
    },
    data(kind, action, fields, level = {}) {
      if (fields.locale !== null && unchanged.has(fields.locale as Locale)) return
      const change = {
        kind,
        action,
        classification: 'data',
        level: dataLevel(kind, action, level),
        ...fields,
      } as Change
      for (const key of Object.keys(change) as (keyof Change)[])
        if (change[key] === undefined) delete change[key]
      changes.push(change)
    },
    text(kind, path, entity, what, before, after, sources, names) {
      for (const locale of locales) {
        const from = plain(before[locale])
        const to = plain(after[locale])
        if (from === to || (to === null && locale !== source)) continue
        const action = to === null ? 'removed' : from === null ? 'added' : 'changed'
        const named = locale === source ? names : undefined
        context.data(
          kind,
          'changed',
          {
            locale,
            path,
            entity,
            summary: `${what} ${action} (${locale})${named ? namesSummary(named, '; ') : ''}`,
            before: (before[locale] as Change['before']) ?? null,
            after: (after[locale] as Change['after']) ?? null,
            words: wordEdits(from ?? '', to ?? ''),
            ...nonEmpty(named),
            base: context.at('base', locale, sources.base[locale]),
            head: context.at('head', locale, sources.head[locale]),
          },
          named ? meaningOf(named.termsRemoved, named.termsAdded) : {},
        )
      }
    },
  }
  return { context, changes }
}

/** The term fields of a change, without empty lists. */
export function nonEmpty(names: Names | undefined): Partial<Names> {
  if (!names) return {}
  return {
    ...(names.termsAdded.length > 0 ? { termsAdded: names.termsAdded } : {}),
    ...(names.termsRemoved.length > 0 ? { termsRemoved: names.termsRemoved } : {}),
  }
}

export const quote = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ')

/** Ids that still resolve to an entity. */
export function answersTo(
  entity: { id: string; aliases?: readonly string[] },
  id: string,
): boolean {
  return entity.id === id || (entity.aliases ?? []).includes(id)
}
