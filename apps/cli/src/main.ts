import { dataset as bundled, type Dataset } from '@mfa-residency/dataset'
import { terminalText, terminalTextCopy } from '@mfa-residency/output-safety'
import { exitOnClosedPipe, useColor } from '@mfa-residency/repository'
import { cac } from 'cac'
import { diff } from './commands/diff.js'
import { EXPORT_FORMATS, exportData } from './commands/export.js'
import { info } from './commands/info.js'
import { showLists, showNotes } from './commands/lists.js'
import { search } from './commands/search.js'
import { showTable } from './commands/show.js'
import { stores } from './commands/stores.js'
import { listTables } from './commands/tables.js'
import { listTerms } from './commands/terms.js'
import { where } from './commands/where.js'
import { type Context, createColors, resolveLang, terminalWidth, UsageError } from './context.js'
import { readDatasetFile } from './dataset-file.js'
import { queryArgv, queryOptions } from './term-query.js'

declare const CLI_VERSION: string

type Options = {
  lang?: unknown
  json?: boolean
  color?: boolean
  format?: unknown
  dataset?: unknown
  [key: string]: unknown
}

exitOnClosedPipe()

/** `--dataset <file>`, or null for the bundled dataset. */
function datasetFile(option: unknown): string | null {
  if (option === undefined) return null
  // mri reads `--dataset 2024.json` as a string but `--dataset 2024` as a number.
  if ((typeof option !== 'string' && typeof option !== 'number') || String(option).trim() === '') {
    throw new UsageError('--dataset needs one file name')
  }
  return String(option)
}

/** The context, and the dataset as read: export and diff write it out unchanged. */
function contextFrom(options: Options): { ctx: Context; asRead: Dataset } {
  const file = datasetFile(options.dataset)
  const asRead = file === null ? bundled : readDatasetFile(file)
  const json = options.json === true
  const ctx: Context = {
    dataset: json ? asRead : terminalTextCopy(asRead),
    datasetFile: file,
    lang: resolveLang(options.lang, process.env),
    json,
    terminal: process.stdout.isTTY === true,
    // cac sets `color` to true unless --no-color is given, so only false is the user's choice.
    colors: createColors(useColor({ flag: options.color === false ? false : undefined })),
    width: terminalWidth(process.stdout, process.env),
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${terminalText(text)}\n`),
  }
  return { ctx, asRead }
}

const cli = cac('mfa-residency')
cli
  .option('--lang <lang>', 'en, sv or both (default: en, or sv when LANG is Swedish)')
  .option('--json', 'Machine-readable output on stdout')
  .option('--no-color', 'Plain output (NO_COLOR and FORCE_COLOR are honoured too)')
  .option(
    '--dataset <file>',
    'Read this dataset JSON file (schema version 2) instead of the bundled one',
  )

let exitCode = 0
const run =
  (action: (ctx: Context, options: Options, asRead: Dataset) => number) => (options: Options) => {
    const { ctx, asRead } = contextFrom(options)
    exitCode = action(ctx, options, asRead)
  }

cli
  .command('tables', 'List the tables: ids, titles and row counts')
  .example('mfa-residency tables')
  .example('mfa-residency tables --lang sv --json')
  .action(run((ctx) => listTables(ctx)))

cli
  .command(
    'show <table-id>',
    'Render one table (by id or a former id), multi-value cells one value per line',
  )
  .example('mfa-residency show multifactor-authentication-activity-reports-for-sovereign-clouds')
  .example('mfa-residency show data-stored-by-mfa-server --lang both')
  .action((id: string, options: Options) => run((ctx) => showTable(id, ctx))(options))

cli
  .command('lists [list-id]', 'Show the lists (data stores, organizational data pages…), or one')
  .example('mfa-residency lists --lang sv')
  .example('mfa-residency lists personal-data-stored-by-microsoft-entra-multifactor-authentication')
  .action((id: string | undefined, options: Options) => run((ctx) => showLists(id, ctx))(options))

cli
  .command('notes [note-id]', 'Show the notes and callouts, or one')
  .example('mfa-residency notes --json')
  .example('mfa-residency notes data-stored-by-mfa-server --lang sv')
  .action((id: string | undefined, options: Options) => run((ctx) => showNotes(id, ctx))(options))

cli
  .command(
    'search <text>',
    'Search all text in both languages: headings, paragraphs, tables, lists, notes (ignores case and accents)',
  )
  .example('mfa-residency search "blocked users"')
  .example('mfa-residency search kina --lang sv')
  .action((text: string, options: Options) => run((ctx) => search(text, ctx))(options))

const whereCommand = cli
  .command(
    'where',
    'Find rows by what they name: --cloud, --component, --event, --method, --store, --location, each a term in either language',
  )
  .allowUnknownOptions()
for (const { flag, description } of queryOptions) whereCommand.option(flag, description)
whereCommand
  .example('mfa-residency where --cloud AzureChinaCloud')
  .example('mfa-residency where --cloud 21Vianet --lang sv --json')
  .example('mfa-residency where --event "voice call" --cloud AzureUSGovernment')
  .example('mfa-residency where --event Röstsamtal --lang sv')
  .example('mfa-residency where --location CN')
  .example('mfa-residency where --component "cloud mfa" --json')
  .example('mfa-residency where --event voice-call --scope government')
  .action(run((ctx) => where(queryArgv(process.argv, 'where'), ctx)))

const storesCommand = cli
  .command(
    'stores',
    'The data stores the matching rows name, each once, with their conditions (same options as where)',
  )
  .allowUnknownOptions()
for (const { flag, description } of queryOptions) storesCommand.option(flag, description)
storesCommand
  .example('mfa-residency stores --event voice-call --cloud AzureUSGovernment')
  .example('mfa-residency stores --component "MFA Server" --lang sv')
  .example('mfa-residency stores --event "voice call" --json')
  .action(run((ctx) => stores(queryArgv(process.argv, 'stores'), ctx)))

cli
  .command(
    'terms',
    'The vocabulary: every term the data links to, with its id, kind, code and label',
  )
  .option('--kind <kind>', 'only terms of this kind: cloud, location, data-store, event-type…')
  .example('mfa-residency terms')
  .example('mfa-residency terms --kind cloud --json')
  .example('mfa-residency terms --kind location --lang sv')
  .action(run((ctx, options) => listTerms(options.kind, ctx)))

cli
  .command(
    'export',
    'Export the data: json (the dataset), csv or ndjson (one record per value), md',
  )
  .option('--format <format>', `${EXPORT_FORMATS.join(', ')}`, { default: 'json' })
  .example('mfa-residency export --format csv --lang both > mfa-residency.csv')
  .example('mfa-residency export --format ndjson | jq .')
  // --json, as everywhere, means JSON: the dataset itself.
  .action(
    run((ctx, options, asRead) => exportData(ctx.json ? 'json' : options.format, asRead, ctx)),
  )

cli
  .command(
    'diff <a> <b>',
    'Compare two dataset files (`current` is the bundled dataset or --dataset) through @mfa-residency/diff',
  )
  .option('--format <format>', 'text, markdown or json', { default: 'text' })
  .example('mfa-residency diff old/dataset.json current')
  .example('mfa-residency diff a.json b.json --format markdown')
  .action((a: string, b: string, options: Options) =>
    run((ctx, _, asRead) => diff(a, b, options.format, asRead, ctx))(options),
  )

cli
  .command('info', 'Dataset version, source titles and dates, translation gaps')
  .example('mfa-residency info --json')
  .action(run((ctx) => info(ctx)))

cli.help()
cli.version(CLI_VERSION)

async function main(): Promise<void> {
  cli.parse(process.argv, { run: false })
  if (cli.options.help || cli.options.version) return // cac printed them
  if (!cli.matchedCommand) {
    if (cli.args.length > 0) throw new UsageError(`unknown command "${cli.args[0]}"`)
    cli.outputHelp()
    return
  }
  await cli.runMatchedCommand()
}

main().then(
  () => {
    process.exitCode = exitCode
  },
  (error: unknown) => {
    const message = (error as Error).message
    const usage = error instanceof UsageError || (error as Error).name === 'CACError'
    process.stderr.write(
      `mfa-residency: ${terminalText(message)}\n${usage ? 'Run `mfa-residency --help` for usage.\n' : ''}`,
    )
    process.exitCode = usage ? 2 : 1
  },
)
