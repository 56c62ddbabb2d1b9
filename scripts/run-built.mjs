#!/usr/bin/env node
// Runs a workspace package's built command, building it first only when it is not current.
// Usage: node scripts/run-built.mjs <package> <built entry> [args…]
//   e.g. node scripts/run-built.mjs mfa-residency apps/cli/dist/mfa-residency.cjs tables
// Current means: the stamp written after this launcher's last successful build matches the
// package's and its workspace dependencies' build inputs (turbo.json `build.inputs`, by content)
// and outputs (by stat). Then nothing but the command runs, in this process. Otherwise turbo builds
// them (`build --filter=<package>...`) with its output held back, and shown only if it fails.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildClosure } from './build-inputs.mjs'
import { inputsState, outputsHash, readStamp, writeStamp } from './build-stamp.mjs'

const root = path.resolve(import.meta.dirname, '..')
const [name, entry, ...args] = process.argv.slice(2)
if (!name || !entry) {
  console.error('usage: node scripts/run-built.mjs <package> <built entry> [args…]')
  process.exit(2)
}
const entryFile = path.resolve(root, entry)

/** turbo's build of the package and its dependencies; its output is shown only when it fails. */
function build() {
  if (process.stderr.isTTY) process.stderr.write(`building ${name}…\r`)
  const turbo = createRequire(import.meta.url).resolve('turbo/bin/turbo')
  const result = spawnSync(
    process.execPath,
    [turbo, 'run', 'build', `--filter=${name}...`, '--output-logs=errors-only'],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
    },
  )
  if (process.stderr.isTTY) process.stderr.write('\x1b[2K')
  if (result.status === 0) return
  process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`)
  const why = result.error?.message ?? (result.signal ? `signal ${result.signal}` : null)
  console.error(`scripts/run-built.mjs: building ${name} failed${why ? ` (${why})` : ''}`)
  process.exit(result.status || 1)
}

const packages = buildClosure(root, name)
const stamp = readStamp(root, name)
const current = inputsState(root, packages, stamp?.files)
const upToDate =
  stamp?.inputs === current.inputs &&
  stamp.outputs === outputsHash(root, packages) &&
  existsSync(entryFile)
if (!upToDate) {
  build()
  // The inputs as they were before the build: an edit made while it ran makes the next run build.
  writeStamp(root, name, { ...current, outputs: outputsHash(root, packages) })
  if (!existsSync(entryFile)) {
    console.error(`scripts/run-built.mjs: ${name} built, but ${entry} is not there`)
    process.exit(1)
  }
} else if (current.reread > 0) {
  // Touched but unchanged files: record their new times, so that the next run reads none.
  writeStamp(root, name, { ...stamp, files: current.files })
}

// In this process, as if Node had started the entry itself: one Node start instead of two.
process.argv = [process.argv[0], entryFile, ...args]
if (entryFile.endsWith('.cjs')) createRequire(import.meta.url)(entryFile)
else await import(pathToFileURL(entryFile).href)
