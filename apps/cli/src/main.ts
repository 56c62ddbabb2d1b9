import { dataset as bundled, type Dataset } from '@mfa-residency/dataset'
import { exitOnClosedPipe, useColor } from '@mfa-residency/repository'
import { cac } from 'cac'
import { diff } from './commands/diff.js'
import { EXPORT_FORMATS, exportData } from './commands/export.js'
import { info } from './commands/info.js'
import { showLists, showNotes } from './commands/lists.js'
import { search } from './commands/search.js'
import { showTable } from './commands/show.js'
import { listTables } from './commands/tables.js'
import { where } from './commands/where.js'
import { type Context, createColors, resolveLang, terminalWidth, UsageError } from './context.js'
import { readDatasetFile } from './dataset-file.js'
import { terminalSafe, terminalSafeCopy } from './terminal-text.js'

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
    dataset: json ? asRead : terminalSafeCopy(asRead),
    datasetFile: file,
    lang: resolveLang(options.lang, process.env),
    json,
    // cac sets `color` to true unless --no-color is given, so only false is the user's choice.
    colors: createColors(useColor({ flag: options.color === false ? false : undefined })),
    width: terminalWidth(process.stdout, process.env),
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${terminalSafe(text)}\n`),
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
  .command('tables', 'List the tables: ids, sections and row counts')
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

for (const name of ['where', 'stores']) {
  cli
    .command(
      name,
      `${name === 'stores' ? 'Same as where. ' : ''}Find rows by the tables’ own dimensions: --<column> <value>, --scope <text>`,
    )
    .allowUnknownOptions()
    .example(`mfa-residency ${name} --cloud 21vianet`)
    .example(`mfa-residency ${name} --component "cloud mfa" --json`)
    .example(`mfa-residency ${name} --event "voice call" --scope government`)
    .action(
      run((ctx) => {
        const start = process.argv.indexOf(name) + 1
        const global = new Set(['--json', '--no-color', '--color'])
        const withValue = ['--lang', '--dataset']
        const argv: string[] = []
        const rest = process.argv.slice(start)
        for (let index = 0; index < rest.length; index++) {
          const token = rest[index]!
          if (global.has(token)) continue
          if (withValue.includes(token)) index++
          else if (!withValue.some((option) => token.startsWith(`${option}=`))) argv.push(token)
        }
        return where(argv, ctx)
      }),
    )
}

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
      `mfa-residency: ${terminalSafe(message)}\n${usage ? 'Run `mfa-residency --help` for usage.\n' : ''}`,
    )
    process.exitCode = usage ? 2 : 1
  },
)
