import { terminalLines } from '@mfa-residency/output-safety'
import { SourceError } from '@mfa-residency/parser'
import { parseCommandLine } from '@mfa-residency/repository'
import { flags, usage } from './command-flags.js'
import { CorpusError } from './corpus-error.js'
import { datasetMain } from './dataset-command.js'
import { CorpusLayoutError } from './discover-articles.js'
import { printErrorLine } from './print.js'

/** Parse the command line and run the mode it asks for; returns the exit code. */
async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv, flags, usage)
  if ('exit' in parsed) return parsed.exit
  const { values } = parsed
  if (values.docs !== undefined || values['out-dir'] !== undefined) {
    const { corpusMain } = await import('./corpus-command.js')
    return corpusMain(values)
  }
  const corpusOnly = (['jobs', 'source-locale', 'cache-dir', 'no-cache'] as const).filter(
    (name) => values[name] !== undefined,
  )
  if (corpusOnly.length > 0) {
    printErrorLine(
      `error: --${corpusOnly[0]} is for corpus mode: pass --docs and --out-dir\n\n${usage}`,
    )
    return 2
  }
  return datasetMain(values, argv)
}

/** Run the command with `argv`; returns the exit code, with any error printed. */
export async function runCommand(argv: string[]): Promise<number> {
  try {
    return await main(argv)
  } catch (error) {
    if (
      error instanceof CorpusError ||
      error instanceof CorpusLayoutError ||
      error instanceof SourceError
    ) {
      printErrorLine(`error: bad input, nothing was written\n${terminalLines(error.message)}`)
    } else {
      // It may quote what it refuses: a file name, a document's text (V8's JSON errors do).
      printErrorLine(`error: ${terminalLines(String((error as Error).message))}`)
    }
    return 1
  }
}
