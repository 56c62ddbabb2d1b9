import type { Dataset } from '@mfa-residency/dataset'
import { exportData } from './commands/export.js'
import { history } from './commands/history.js'
import { info } from './commands/info.js'
import { showLists, showNotes } from './commands/lists.js'
import { search } from './commands/search.js'
import { showTable } from './commands/show.js'
import { stores } from './commands/stores.js'
import { listTables } from './commands/tables.js'
import { listTerms } from './commands/terms.js'
import { where } from './commands/where.js'
import type { Context } from './context.js'
import type { Invocation } from './invocation.js'
import type { MarkdownCommands } from './markdown-commands.js'

export interface Run {
  ctx: Context
  /** The dataset as read: export and diff write it out unchanged. */
  asRead: Dataset
  /** The command's arguments, in the order the command table names them. */
  positionals: (string | undefined)[]
  invocation: Invocation
}

/*
 * The Markdown serializer (diff reports, `export --format md`) is a bundle of its own, loaded only
 * by the commands that write Markdown: every other command starts without parsing it.
 */
const markdownCommands = (): Promise<MarkdownCommands> => import('./markdown-commands.js')

const option = (run: Run, name: string) => run.invocation.options.get(name)

/** What each command of the command table does; resolves to the exit code. */
export const runners: Record<string, (run: Run) => number | Promise<number>> = {
  tables: ({ ctx }) => listTables(ctx),
  show: ({ ctx, positionals }) => showTable(positionals[0]!, ctx),
  lists: ({ ctx, positionals }) => showLists(positionals[0], ctx),
  notes: ({ ctx, positionals }) => showNotes(positionals[0], ctx),
  search: ({ ctx, positionals }) => search(positionals[0]!, ctx),
  where: ({ ctx, invocation }) => where(invocation.query, ctx),
  stores: ({ ctx, invocation }) => stores(invocation.query, ctx),
  terms: (run) => listTerms(option(run, 'kind'), run.ctx),
  export: async (run) => {
    // --json, as everywhere, means JSON: the dataset itself.
    const format = run.ctx.json ? 'json' : (option(run, 'format') ?? 'json')
    if (format === 'md') return (await markdownCommands()).exportMarkdown(run.ctx)
    return exportData(format, run.asRead, run.ctx)
  },
  diff: async (run) => {
    const [a, b] = run.positionals as [string, string]
    const format = run.ctx.json ? 'json' : (option(run, 'format') ?? 'text')
    return (await markdownCommands()).diff(a, b, format, run.asRead, run.ctx)
  },
  history: ({ ctx, positionals }) => history(positionals[0], ctx),
  info: ({ ctx }) => info(ctx),
}
