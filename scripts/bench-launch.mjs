#!/usr/bin/env node
// `pnpm mfa-residency` when the build is current, against `pnpm exec node -e 0`, both through
// `npx -y pnpm@<packageManager>` as the README runs them, interleaved pair by pair so that both see
// the same machine state; and the script as it was (turbo checks the build every time) for scale.
// Then the launcher alone, without npx and pnpm, whose start-up time swamps it: `node -e 0`, the
// built CLI, and the CLI through scripts/run-built.mjs. Medians, min and max, ratio to each
// table's first row.
// Usage: node scripts/bench-launch.mjs [runs]   (default 15; from the repository root)
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const runs = Number(process.argv[2] ?? 15)
const { packageManager } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const npx = (...args) => ['npx', ['-y', packageManager, ...args]]
const node = (...args) => [process.execPath, args]
const cli = 'apps/cli/dist/mfa-residency.cjs'
const throughPnpm = [
  ['pnpm exec node -e 0', npx('exec', 'node', '-e', '0')],
  ['pnpm mfa-residency --version', npx('mfa-residency', '--version')],
  ['pnpm mfa-residency tables', npx('mfa-residency', 'tables')],
  [
    'before: turbo build check, then the CLI',
    npx(
      'exec',
      'sh',
      '-c',
      `node scripts/turbo.mjs run build --filter=mfa-residency... --output-logs=errors-only >/dev/null 2>&1 && node ${cli} --version`,
    ),
  ],
]
const launcherAlone = [
  ['node -e 0', node('-e', '0')],
  [`node ${cli} --version`, node(cli, '--version')],
  [
    `node scripts/run-built.mjs mfa-residency ${cli} --version`,
    node('scripts/run-built.mjs', 'mfa-residency', cli, '--version'),
  ],
]

/** One run in ms; the launcher's runs must print nothing on stderr once the build is current. */
function once(name, [command, args], quiet = /mfa-residency( --| tables)|run-built/.test(name)) {
  const start = process.hrtime.bigint()
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) throw new Error(`${name} exited ${result.status}\n${result.stderr}`)
  if (quiet && result.stderr !== '') throw new Error(`${name} printed on stderr:\n${result.stderr}`)
  return ms
}

function table(commands) {
  const times = commands.map(() => [])
  for (let round = -2; round < runs; round++) {
    commands.forEach(([name, command], index) => {
      const ms = once(name, command)
      if (round >= 0) times[index].push(ms)
    })
  }
  const sorted = (values) => [...values].sort((a, b) => a - b)
  const median = (values) => sorted(values)[Math.floor(values.length / 2)]
  const base = median(times[0])
  console.log('| command | median | min | max | ratio |\n| --- | ---: | ---: | ---: | ---: |')
  commands.forEach(([name], index) => {
    const values = sorted(times[index])
    const cells = [median(values), values[0], values.at(-1)].map((ms) => `${ms.toFixed(0)} ms`)
    console.log(`| \`${name}\` | ${cells.join(' | ')} | ${(median(values) / base).toFixed(2)}× |`)
  })
  console.log()
}

// The first launch may build (quietly, or loudly if it fails); from then on it must be silent.
once('first launch', throughPnpm[1][1], false)
console.log(
  `node ${process.version}, ${packageManager}, ${runs} interleaved rounds after 2 warm-up rounds\n`,
)
table(throughPnpm)
table(launcherAlone)
