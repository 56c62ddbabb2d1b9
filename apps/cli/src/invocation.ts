import { parseArgs } from 'node:util'
import { type CommandSpec, commands, globalOptions, type OptionSpec } from './command-table.js'
import { UsageError } from './context.js'
import type { Messages } from './messages.js'
import { normalize, suggest } from './text-match.js'

/*
 * node:util parseArgs splits the words (`--name=value`, `--name value`, `-hv`, `--`); this module
 * decides what they mean against the command table. It replaced cac, which camel-cased unknown
 * options in its messages, accepted `--no-<anything>`, showed `--no-color (default: true)` and
 * knew `-v` and `-h` only before the command.
 */

/** What was asked, with every option under its canonical name. */
export interface Invocation {
  command: CommandSpec | null
  positionals: string[]
  /** Options given once, by name: a value, or true for a flag. */
  options: Map<string, string | true>
  /** The dimension and `--scope` options in the order given, for `where` and `stores`. */
  query: [string, string][]
  help: boolean
  version: boolean
  /** The first option this command does not know, as typed; the caller words the error. */
  unknown: { typed: string; known: readonly OptionSpec[] } | null
}

const every = [...globalOptions, ...commands.flatMap((command) => command.options)]

/** Every spelling parseArgs must know, so that it gives a value option its value: `--handelse` too. */
const parserConfig = Object.fromEntries(
  every.flatMap((option) =>
    [option.name, ...(option.aliases ?? []).flatMap((alias) => [alias, normalize(alias)])].map(
      (name) => [
        name,
        {
          type: option.value ? ('string' as const) : ('boolean' as const),
          ...(option.short ? { short: option.short } : {}),
        },
      ],
    ),
  ),
)

/** The option of `known` that `name` spells, accents and case aside (`--handelse` is `--händelse`). */
function spelled(name: string, known: readonly OptionSpec[]): OptionSpec | undefined {
  const wanted = normalize(name)
  return known.find((option) =>
    [option.name, ...(option.aliases ?? [])].some((each) => normalize(each) === wanted),
  )
}

/** `--name`, the way an option is written in messages. */
const dashed = (option: OptionSpec) => `--${option.name}`

/** The command named by the first positional, or a usage error with the nearest command. */
function commandNamed(name: string, messages: Messages): CommandSpec {
  const command = commands.find((each) => each.name === name)
  if (command) return command
  const guess = suggest(
    name,
    commands.map((each) => each.name),
  )
  throw new UsageError(
    `${messages.unknownCommand(name)}${guess ? messages.didYouMean(`\`${guess}\``) : ''}`,
  )
}

const emptyInvocation = (): Invocation => ({
  command: null,
  positionals: [],
  options: new Map(),
  query: [],
  help: false,
  version: false,
  unknown: null,
})

/**
 * The invocation in `args` (without `node` and the script). Throws a UsageError for what no
 * command could mean: an unknown command, a value missing, a flag given a value, an option twice.
 */
export function readInvocation(args: readonly string[], messages: Messages): Invocation {
  const invocation = emptyInvocation()
  const { tokens } = parseArgs({
    args: [...args],
    options: parserConfig,
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  const positionals = tokens.filter((token) => token.kind === 'positional')
  // `help [command]` is `[command] --help`, as in git and npm.
  if (positionals[0]?.value === 'help') {
    const named = commands.find((each) => each.name === positionals[1]?.value)
    return { ...invocation, help: true, command: named ?? null }
  }
  const [first] = positionals
  // Help and version win wherever they are: `tables -h` is tables' help.
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    if (token.name === 'help' || token.name === 'h') invocation.help = true
    if (token.name === 'version' || token.name === 'v') invocation.version = true
  }
  if (first) {
    if (invocation.help && !commands.some((each) => each.name === first.value)) {
      return invocation
    }
    invocation.command = commandNamed(first.value, messages)
  }
  if (invocation.help || invocation.version) return invocation
  const known = [...globalOptions, ...(invocation.command?.options ?? [])]
  for (const token of tokens) {
    if (token.kind === 'positional' && token !== first) invocation.positionals.push(token.value)
    if (token.kind !== 'option') continue
    const option = spelled(token.name, known)
    if (!option) {
      invocation.unknown ??= { typed: token.rawName, known }
      continue
    }
    const written = token.rawName
    let value: string | true = true
    if (option.value) {
      // parseArgs takes the next word even when it is another option: `--cloud --json`.
      if (
        token.value === undefined ||
        token.value.trim() === '' ||
        (!token.inlineValue && token.value.startsWith('-'))
      ) {
        throw new UsageError(messages.needsValue(written))
      }
      value = token.value
    } else if (token.value !== undefined) {
      throw new UsageError(messages.noValue(written))
    }
    if (option.dimension || option.repeatable) {
      invocation.query.push([option.name, value as string])
      continue
    }
    if (invocation.options.has(option.name)) throw new UsageError(messages.givenTwice(written))
    invocation.options.set(option.name, value)
  }
  return invocation
}

/** "unknown option --foo-bar; did you mean --format?", in the spelling the user typed. */
export function unknownOptionError(
  unknown: NonNullable<Invocation['unknown']>,
  command: CommandSpec | null,
  messages: Messages,
): UsageError {
  const name = unknown.typed.replace(/^-+/, '')
  const byName = new Map(
    unknown.known.flatMap((option) =>
      [option.name, ...(option.aliases ?? [])].map((each) => [each, option] as const),
    ),
  )
  const guess = suggest(name, [...byName.keys()])
  const option = guess === null ? undefined : byName.get(guess)
  const hint = option
    ? messages.didYouMean(guess === option.name ? dashed(option) : `--${guess}`)
    : ''
  const base = command
    ? messages.unknownOptionFor(unknown.typed, command.name)
    : messages.unknownOption(unknown.typed)
  return new UsageError(`${base}${hint}`)
}

/** The positionals for the command's arguments, or a usage error for one missing or one too many. */
export function argumentsOf(
  command: CommandSpec,
  positionals: readonly string[],
  messages: Messages,
): (string | undefined)[] {
  const missing = command.args.slice(positionals.length).find((arg) => arg.required)
  if (missing) throw new UsageError(messages.missingArgument(command.name, `<${missing.name}>`))
  const extra = positionals[command.args.length]
  if (extra !== undefined) throw new UsageError(messages.unexpectedArgument(extra))
  return command.args.map((_, index) => positionals[index])
}
