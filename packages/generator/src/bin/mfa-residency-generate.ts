#!/usr/bin/env node
import { codeIdentity, replayIfCurrent } from '../run-stamp.js'

// The command's entry, kept small: a run whose output is provably current (run-stamp.ts) exits
// before the parser, Ajv and the rest of the command are even loaded. Bundled as CommonJS
// (scripts/bundle.mjs): Node starts a CommonJS entry without its ES module loader.

async function main(argv: string[]): Promise<number> {
  // Before any of the command is read: a build landing during the run then leaves a stamp naming
  // older code than ran, which the next run takes for stale, never newer code it would trust.
  const identity = codeIdentity()
  const replayed = replayIfCurrent(process.cwd(), argv, identity)
  if (replayed !== null) return replayed
  // Imported only now: the fast path needs none of the loader (node:vm, the code cache).
  const { loadCommand } = await import('./load-command.js')
  const command = loadCommand()
  command.exports.adoptCodeIdentity(identity)
  const code = await command.exports.runCommand(argv)
  // A usage run (help, or exit 2) compiles little of the command: a cache made from it would
  // serve every later run poorly, and a cache is made once per build.
  if (code !== 2 && !argv.includes('--help')) {
    command.saveCodeCache()
    command.exports.saveValidatorCodeCaches()
  }
  return code
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
