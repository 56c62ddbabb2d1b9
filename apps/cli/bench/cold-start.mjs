// Cold start of the built CLI against `node -e 0`, interleaved run by run so that all see the
// same machine state. Prints medians, min/max and ratios. With a second argument, an earlier build
// of the CLI (a copy of its dist/mfa-residency.cjs) runs the same commands in the same rounds.
// Usage: node bench/cold-start.mjs [runs] [baseline.cjs]   (after `pnpm build`)
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const runs = Number(process.argv[2] ?? 60)
const baseline = process.argv[3]
const bin = fileURLToPath(new URL('../dist/mfa-residency.cjs', import.meta.url))
// The bundled dataset alone, with no history beside it: `where` and `stores` without the notes on
// what their answer lost, the cost of those notes measured in the same rounds.
const alone = path.join(mkdtempSync(path.join(tmpdir(), 'mfa-bench-')), 'dataset.json')
copyFileSync(fileURLToPath(import.meta.resolve('@mfa-residency/dataset/dataset.json')), alone)
const cases = [
  ['show', 'multifactor-authentication-activity-reports-for-sovereign-clouds'],
  ['where', '--cloud', '21vianet'],
  ['where', '--cloud', '21vianet', '--dataset', alone],
  ['where', '--cloud', '21vianet', '--json'],
  ['stores', '--event', 'voice-call'],
  ['stores', '--event', 'voice-call', '--dataset', alone],
  ['where', '--cloud', '21vianet', '--as-of', '2024-01-01'],
  ['history'],
  ['diff', 'current', 'current'],
]
const shown = (args) =>
  args
    .map((arg) => (arg === alone ? '<no history>' : arg.includes(' ') ? `"${arg}"` : arg))
    .join(' ')
const commands = [
  ['node -e 0', ['-e', '0']],
  ...cases.flatMap((args) => [
    [`mfa-residency ${shown(args)}`, [bin, ...args]],
    ...(baseline ? [[`baseline ${shown(args)}`, [baseline, ...args]]] : []),
  ]),
]
const times = commands.map(() => [])
const once = (args) => {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`)
  return Number(process.hrtime.bigint() - start) / 1e6
}
for (let round = -3; round < runs; round++) {
  commands.forEach(([, args], index) => {
    const ms = once(args)
    if (round >= 0) times[index].push(ms)
  })
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const base = median(times[0])
console.log(`node ${process.version}, ${runs} interleaved runs each after 3 warm-up rounds\n`)
console.log('| command | median | min – max | ratio to `node -e 0` |\n| --- | ---: | ---: | ---: |')
commands.forEach(([name], index) => {
  const value = median(times[index])
  const [min, max] = [Math.min(...times[index]), Math.max(...times[index])]
  console.log(
    `| \`${name}\` | ${value.toFixed(1)} ms | ${min.toFixed(1)} – ${max.toFixed(1)} ms | ${(value / base).toFixed(2)}× |`,
  )
})
