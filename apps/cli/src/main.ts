import { existsSync } from 'node:fs'
import { dataset as bundled, type Dataset } from '@mfa-residency/dataset'
import { terminalText, terminalTextCopy } from '@mfa-residency/output-safety'
import { exitOnClosedPipe, useColor } from '@mfa-residency/repository'
import { withAsOf } from './as-of.js'
import { asOfOption, commands, dimensionOptions, scopeOption } from './command-table.js'
import { type Context, createColors, resolveLang, terminalWidth, UsageError } from './context.js'
import { readDatasetFile } from './dataset-file.js'
import { commandHelp, mainHelp, versionText } from './help.js'
import { historyFor } from './history-file.js'
import { HistoryView } from './history-view.js'
import { argumentsOf, type Invocation, readInvocation, unknownOptionError } from './invocation.js'
import { environmentLocale, type MessageLocale, type Messages, messagesIn } from './messages.js'
import { localSourcesFrom } from './provenance.js'
import { runners } from './runners.js'
import { unknownDimension } from './term-query.js'

exitOnClosedPipe()

/** `--dataset <file>` or `--history <file>`, or null for the bundled one. */
function fileOption(option: string | true | undefined, needsFile: string): string | null {
  if (option === undefined) return null
  if (option === true || option.trim() === '') throw new UsageError(needsFile)
  return option
}

/*
 * The history is read only when a command asks for it (`history`, `--as-of`, the notes on what an
 * answer lost): the bundled one is a bundle of its own, `dist/history.cjs`.
 */
function historyLoader(
  historyFile: string | null,
  datasetFile: string | null,
  asRead: Dataset,
  messages: Messages,
): () => Promise<HistoryView | null> {
  let loaded: Promise<HistoryView | null> | null = null
  const load = async () => {
    const found = historyFor(historyFile, datasetFile, asRead, messages)
    if (found === null) return null
    const history = found === 'bundled' ? (await import('./bundled-history.js')).history : found
    return new HistoryView(history, asRead)
  }
  return () => {
    loaded ??= load()
    return loaded
  }
}

/** The context, and the dataset as read: export and diff write it out unchanged. */
function contextFrom(
  invocation: Invocation,
  messages: Messages,
): { ctx: Context; asRead: Dataset } {
  const { options } = invocation
  const lang = resolveLang(options.get('lang'), process.env, messages)
  const file = fileOption(options.get('dataset'), messages.datasetNeedsFile)
  const historyFile = fileOption(options.get('history'), messages.needsValue('--history'))
  // Read only by the commands that need it, but a name that is wrong is wrong for every command.
  if (historyFile !== null && !existsSync(historyFile))
    throw new UsageError(messages.cannotRead(historyFile, 'no such file'))
  const asRead = file === null ? bundled : readDatasetFile(file, messages)
  const json = options.has('json')
  const ctx: Context = {
    dataset: json ? asRead : terminalTextCopy(asRead),
    datasetFile: file,
    lang,
    json,
    terminal: process.stdout.isTTY === true,
    colors: createColors(useColor({ flag: options.has('no-color') ? false : undefined })),
    width: terminalWidth(process.stdout, process.env),
    messages,
    localSources: localSourcesFrom(asRead, process.cwd()),
    history: historyLoader(historyFile, file, asRead, messages),
    asOf: null,
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${terminalText(text)}\n`),
  }
  return { ctx, asRead }
}

/**
 * The language of the CLI's own words: `--lang sv` or `--lang en` when given (read from the raw
 * words, so that even an error in parsing them is in that language), else the environment's.
 */
function messageLocale(args: readonly string[]): MessageLocale {
  const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='))
  const value = index === -1 ? undefined : (args[index]!.split('=')[1] ?? args[index + 1])
  return value === 'sv' || value === 'en' ? value : environmentLocale(process.env)
}

/** Flags that ask for two different outputs: a usage error rather than a silent choice. */
function refuseContradictions(options: Invocation['options'], messages: Messages): void {
  const format = options.get('format')
  if (options.has('json') && typeof format === 'string' && format !== 'json') {
    throw new UsageError(messages.conflicting('--json', `--format ${format}`))
  }
}

/** Runs the command line; resolves to the exit code. */
async function main(args: readonly string[], locale: MessageLocale): Promise<number> {
  const messages = messagesIn(locale)
  const invocation = readInvocation(args, messages)
  const { command } = invocation
  if (invocation.help) {
    const help = command ? commandHelp(command, locale, messages) : mainHelp(locale, messages)
    process.stdout.write(`${help}\n`)
    return 0
  }
  if (invocation.version) {
    process.stdout.write(`${versionText()}\n`)
    return 0
  }
  if (invocation.unknown) {
    const isQuery = command?.options.includes(scopeOption) === true
    if (isQuery && invocation.unknown.typed.startsWith('--')) {
      const names = [...dimensionOptions, scopeOption, asOfOption].map((option) => option.name)
      throw unknownDimension(bundled, invocation.unknown.typed, names, messages)
    }
    throw unknownOptionError(invocation.unknown, command, messages)
  }
  refuseContradictions(invocation.options, messages)
  const { ctx: today, asRead } = contextFrom(invocation, messages)
  const asOf = invocation.options.get('as-of')
  const ctx = typeof asOf === 'string' ? await withAsOf(today, asOf) : today
  // Bare `mfa-residency` (its options checked above): the help, on stdout.
  if (command === null) {
    ctx.out(mainHelp(locale, messages))
    return 0
  }
  const positionals = argumentsOf(command, invocation.positionals, messages)
  return await runners[command.name]!({ ctx, asRead, positionals, invocation })
}

const args = process.argv.slice(2)
const locale = messageLocale(args)
main(args, locale).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const { message, name } = error as Error
    // By name: the Markdown commands are a bundle of their own, with their own UsageError class.
    const usage = error instanceof UsageError || name === 'UsageError'
    const messages = messagesIn(locale)
    // A usage error points at the help of the command named, if one is.
    const command = args.find((arg) => commands.some((each) => each.name === arg))
    const hint = command ? messages.commandHelpHint(command) : messages.usageHint
    process.stderr.write(`mfa-residency: ${terminalText(message)}\n${usage ? `${hint}\n` : ''}`)
    process.exitCode = usage ? 2 : 1
  },
)
