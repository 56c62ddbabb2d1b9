import { type CommandSpec, commands, globalOptions, type OptionSpec } from './command-table.js'
import type { MessageLocale, Messages } from './messages.js'

declare const CLI_VERSION: string

/** `-h, --help`, `--cloud <term>`: how an option is written. */
function optionName(option: OptionSpec): string {
  const short = option.short ? `-${option.short}, ` : ''
  return `${short}--${option.name}${option.value ? ` ${option.value}` : ''}`
}

/** Two columns: the names padded to the longest, then the description. */
function columns(rows: readonly [string, string][]): string[] {
  const width = Math.max(...rows.map(([name]) => name.length))
  return rows.map(([name, text]) => `  ${name.padEnd(width)}  ${text}`)
}

function optionRows(
  options: readonly OptionSpec[],
  locale: MessageLocale,
  messages: Messages,
): [string, string][] {
  return options.map((option) => {
    const aliases = (option.aliases ?? []).map((alias) => `--${alias}`).join(', ')
    return [
      optionName(option),
      `${option.description[locale]}${aliases ? messages.help.alias(aliases) : ''}`,
    ]
  })
}

const usageLine = (command: CommandSpec) =>
  [
    'mfa-residency',
    command.name,
    ...command.args.map((arg) => (arg.required ? `<${arg.name}>` : `[${arg.name}]`)),
    '[options]',
  ].join(' ')

/** The help for the whole CLI: its commands and the options every command takes. */
export function mainHelp(locale: MessageLocale, messages: Messages): string {
  const { help } = messages
  return [
    `mfa-residency ${CLI_VERSION}`,
    '',
    `${help.usage}:`,
    '  $ mfa-residency <command> [options]',
    '',
    `${help.commands}:`,
    ...columns(
      commands.map((command) => [
        usageLine(command).replace(/^mfa-residency | \[options\]$/g, ''),
        command.summary[locale],
      ]),
    ),
    '',
    `${help.globalOptions}:`,
    ...columns(optionRows(globalOptions, locale, messages)),
    '',
    help.more,
  ].join('\n')
}

/** One command's help: usage, what it does, its options (dimensions apart), examples. */
export function commandHelp(
  command: CommandSpec,
  locale: MessageLocale,
  messages: Messages,
): string {
  const { help } = messages
  const dimensions = command.options.filter((option) => option.dimension)
  const others = command.options.filter((option) => !option.dimension)
  const section = (title: string, options: readonly OptionSpec[]) =>
    options.length === 0 ? [] : [`${title}:`, ...columns(optionRows(options, locale, messages)), '']
  return [
    `${help.usage}:`,
    `  $ ${usageLine(command)}`,
    '',
    command.summary[locale],
    '',
    ...section(help.dimensions, dimensions),
    ...section(help.options, others),
    ...section(help.globalOptions, globalOptions),
    `${help.examples}:`,
    ...command.examples.map((example) => `  $ mfa-residency ${example}`),
  ].join('\n')
}

export const versionText = () => `mfa-residency ${CLI_VERSION}`
