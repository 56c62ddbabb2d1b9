import { type Dataset, dimensions, type Term } from '@mfa-residency/dataset'
import { jsonText } from '@mfa-residency/output-safety'
import type { Context, Lang } from '../context.js'
import { UsageError } from '../context.js'
import type { Messages } from '../messages.js'
import { renderTable } from '../render-table.js'
import { suggest } from '../text-match.js'

/** `--kind`: a kind the dataset's terms have, or a `where` dimension that stands for one (`event`). */
function readKind(option: unknown, dataset: Dataset, messages: Messages): string | undefined {
  if (option === undefined) return undefined
  const kinds: string[] = [...new Set(dataset.terms.map((term) => term.kind))].sort()
  const name = String(option)
  if (kinds.includes(name)) return name
  const dimension = Object.entries(dimensions).find(([key]) => key === name)
  if (dimension) return dimension[1]
  const guess = suggest(name, kinds)
  throw new UsageError(
    `${messages.badKind(kinds, name)}${guess ? messages.didYouMean(`"${guess}"`) : ''}`,
  )
}

/** The label in one language, or the English and then the Swedish on the next line. */
function labelLines(term: Term, lang: Lang, messages: Messages): string[] {
  const retired = term.retired ? messages.retired : ''
  if (lang !== 'both') return [`${term.label[lang]}${retired}`]
  const { en, sv } = term.label
  return en === sv ? [`${en}${retired}`] : [`${en}${retired}`, `↳ ${sv}`]
}

/** `terms [--kind <kind>]`: the vocabulary the dataset links to, one table per kind, by id. */
export function listTerms(kindOption: unknown, ctx: Context): number {
  const kind = readKind(kindOption, ctx.dataset, ctx.messages)
  const terms = ctx.dataset.terms.filter((term) => kind === undefined || term.kind === kind)
  if (ctx.json) {
    ctx.out(jsonText(terms, 2))
    return 0
  }
  const kinds = [...new Set(terms.map((term) => term.kind))]
  const blocks = kinds.map((each) => {
    const ofKind = terms.filter((term) => term.kind === each)
    // Most kinds have no codes: a code column only where there is a code to show.
    const coded = ofKind.some((term) => term.code !== undefined)
    const rows = ofKind.map((term) => [
      [term.id],
      ...(coded
        ? [term.code ? [`${term.code}${term.codeScheme ? ` (${term.codeScheme})` : ''}`] : []]
        : []),
      labelLines(term, ctx.lang, ctx.messages),
    ])
    const { headers: words } = ctx.messages
    const headers = [words.id, ...(coded ? [words.code] : []), words.label]
    return `${ctx.colors.bold(each)}\n${renderTable(headers, rows, ctx.width, ctx.colors)}`
  })
  ctx.out(blocks.join('\n\n'))
  return 0
}
