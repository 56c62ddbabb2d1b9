import { type Dimension, dimensions, findTerms, type WhereMatch } from '@mfa-residency/dataset'
import { type Context, shownPoint, UsageError } from './context.js'
import { onText } from './since-when.js'
import { runQuery, type TermQuery } from './term-query.js'

/**
 * The rows that answer the query, as `runQuery` finds them; when it names a term the version's
 * vocabulary lacks, its usage error also says when an earlier version last had that term.
 */
export async function runQuerySince(query: TermQuery, ctx: Context): Promise<WhereMatch[]> {
  try {
    return runQuery(ctx.dataset, query, ctx.messages)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    const view = await ctx.history()
    if (!view) throw error
    for (const [dimension, name] of Object.entries(query.terms) as [Dimension, string][]) {
      const kind = dimensions[dimension]
      if (findTerms(ctx.dataset, name, kind).length > 0) continue
      for (let index = shownPoint(ctx, view) - 1; index >= 0; index--) {
        if (findTerms(view.queryPartsAt(index), name, kind).length === 0) continue
        const gone = onText('removed', view.points[index + 1]!, ctx)
        throw new UsageError(`${error.message}; "${name}": ${gone}`)
      }
    }
    throw error
  }
}
