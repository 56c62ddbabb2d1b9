// Cold start of the built CLI against `node -e 0`, interleaved run by run so that both see the
// same machine state. Prints medians and ratios.
// Usage: node bench/cold-start.mjs [runs]   (after `pnpm build`)
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const runs = Number(process.argv[2] ?? 60)
const bin = fileURLToPath(new URL('../dist/mfa-residency.cjs', import.meta.url))
const commands = [
  ['node -e 0', ['-e', '0']],
  [
    'mfa-residency show multifactor-authentication-activity-reports-for-sovereign-clouds',
    [bin, 'show', 'multifactor-authentication-activity-reports-for-sovereign-clouds'],
  ],
  ['mfa-residency where --cloud 21vianet', [bin, 'where', '--cloud', '21vianet']],
  ['mfa-residency where --cloud 21vianet --json', [bin, 'where', '--cloud', '21vianet', '--json']],
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
console.log('| command | median | ratio to `node -e 0` |\n| --- | ---: | ---: |')
commands.forEach(([name], index) => {
  const value = median(times[index])
  console.log(`| \`${name}\` | ${value.toFixed(1)} ms | ${(value / base).toFixed(2)}× |`)
})
