import { type ParseArgsConfig, parseArgs } from 'node:util'

/**
 * The shared front of this repository's commands: parse strictly, print usage and exit 2 on a bad
 * option, print usage and exit 0 on --help. Returns the values, or the exit code to stop with.
 */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  usage: string,
):
  | { values: ReturnType<typeof parseArgs<{ args: string[]; options: T }>>['values'] }
  | { exit: number } {
  let values: ReturnType<typeof parseArgs<{ args: string[]; options: T }>>['values']
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } } as T,
    }))
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`)
    return { exit: 2 }
  }
  if ((values as { help?: boolean }).help) {
    console.log(usage)
    return { exit: 0 }
  }
  return { values }
}
