#!/usr/bin/env node
import { replayIfCurrent } from '../run-stamp.js'

// The command's entry, kept small: a run whose output is provably current (run-stamp.ts) exits
// before the parser, Ajv and the rest of the command are even loaded.
const argv = process.argv.slice(2)
const replayed = replayIfCurrent(process.cwd(), argv)
if (replayed !== null) process.exitCode = replayed
else {
  // Imported only now: the fast path needs none of the loader (node:vm, the code cache).
  const { loadCommand } = await import('./load-command.js')
  const command = loadCommand()
  process.exitCode = await command.exports.runCommand(argv)
  // A usage run (help, or exit 2) compiles little of the command: a cache made from it would
  // serve every later run poorly, and a cache is made once per build.
  if (process.exitCode !== 2 && !argv.includes('--help')) {
    command.saveCodeCache()
    command.exports.saveValidatorCodeCaches()
  }
}
