import type { Level, Report, Summary, TranslationStatus } from '@mfa-residency/compare'

// The summary's words, for every output: the terminal prints these lines, the Markdown renders the
// same items with the names in bold. `pnpm docs:diff` and `mfa-residency diff` share them.

const kinds = {
  table: ['Table', 'Tables'],
  list: ['List', 'Lists'],
  note: ['Note', 'Notes'],
  prose: ['Prose', 'Prose'],
  vocabulary: ['Vocabulary', 'Vocabulary'],
  metadata: ['Metadata', 'Metadata'],
} as const

/** One line of "What changed": a lead, the entities it names (with a note each), its facts. */
export interface SummaryItem {
  lead: string
  names: { name: string; note: string }[]
  facts: string
}

/**
 * The entities as lines: the tables, lists and notes that came or went together by kind
 * (`Tables removed: A (4 rows × 2 columns), B (…)`), then each changed entity with its facts, then
 * prose, the vocabulary and the metadata.
 */
export function summaryItems(summary: Summary): SummaryItem[] {
  const items: SummaryItem[] = []
  const together = new Map<string, SummaryItem>()
  for (const entity of summary.entities) {
    const [one, many] = kinds[entity.kind]
    const group =
      entity.kind === 'prose' || entity.kind === 'vocabulary' || entity.kind === 'metadata'
    const facts = entity.facts.join('; ')
    if (group) items.push({ lead: one, names: [], facts })
    else {
      // Entities that came or went, or that changed alike (twin tables), are said together.
      const key = entity.action ? `${entity.kind} ${entity.action}` : `${entity.kind}\n${facts}`
      const lead = entity.action ? ` ${entity.action}` : ''
      const item = together.get(key) ?? {
        lead: `${one}${lead}`,
        names: [],
        facts: entity.action ? '' : facts,
      }
      if (!together.has(key)) items.push(item)
      together.set(key, item)
      item.names.push({ name: entity.name, note: entity.action ? facts : '' })
      if (item.names.length === 2) item.lead = `${many}${lead}`
    }
  }
  return items
}

/** `Tables removed: “A” (4 rows × 2 columns), “B” (…)`, `Table “A”: facts`, `Prose: facts`. */
export function itemLine(item: SummaryItem): string {
  const names = item.names
    .map(
      ({ name, note }) => `${name.startsWith('“') ? name : `“${name}”`}${note ? ` (${note})` : ''}`,
    )
    .join(', ')
  if (item.names.length > 0 && item.facts === '') return `${item.lead}: ${names}`
  return `${item.lead}${names ? ` ${names}` : ''}: ${item.facts}`
}

/** `sv: 5 stale, 20 extra`, or `sv: no new gaps`. */
export function translationLine(status: TranslationStatus): string {
  const counts = (['missing', 'stale', 'extra', 'resolved'] as const)
    .filter((kind) => status[kind] > 0)
    .map((kind) => `${status[kind]} ${kind}`)
  return `${status.locale}: ${counts.length > 0 ? counts.join(', ') : 'no new gaps'}`
}

/** `major release of @mfa-residency/dataset, because: …`, or why no release is needed. */
export function bumpLine(bump: Level, because: readonly string[]): string {
  if (bump === 'none') return 'No release needed: no published value changed.'
  return `${bump} release of @mfa-residency/dataset, because: ${because.join('; ')}.`
}

/** The summary as plain lines: what a terminal prints. */
export function summaryLines(report: Report): string[] {
  const { summary } = report
  const lines = [bumpLine(report.bump, summary.because)]
  const items = summaryItems(summary)
  if (items.length > 0) lines.push('What changed:', ...items.map((item) => `  ${itemLine(item)}`))
  if (summary.translations.length > 0)
    lines.push(`Translations: ${summary.translations.map(translationLine).join('; ')}`)
  return lines
}

/** An entity as a section names it: `Table` and its name, or a group's name alone. */
export function entityParts(entity: Summary['entities'][number]): {
  kind: string
  name: string | null
} {
  const group =
    entity.kind === 'prose' || entity.kind === 'vocabulary' || entity.kind === 'metadata'
  return { kind: kinds[entity.kind][0], name: group ? null : entity.name }
}
