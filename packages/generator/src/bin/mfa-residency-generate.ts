#!/usr/bin/env node
import { replayIfCurrent } from '../run-stamp.js'

// The command's entry, kept small: a run whose output is provably current (run-stamp.ts) exits
// before the parser, Ajv and the rest of the command are even loaded.
const argv = process.argv.slice(2)
const replayed = replayIfCurrent(process.cwd(), argv)
if (replayed !== null) process.exitCode = replayed
else {
  const { runCommand } = await import('../cli.js')
  process.exitCode = await runCommand(argv)
}
