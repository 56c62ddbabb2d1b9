// One article (the seeds), each run a fresh process, against `node -e 0` in the same session:
// interleaved A/B pairs (the order flips every round), median, min and max of each, and the
// median of the per-pair ratios. Runs on a copy of docs-source/ in a temporary folder, so the
// repository's dataset is never touched. After `pnpm build`:
//   node packages/generator/bench/regeneration-speed.mjs [rounds=21]
import { spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const rounds = Number(process.argv[2] ?? 21)
const repo = path.resolve(import.meta.dirname, '../../..')
const generator = path.resolve(import.meta.dirname, '../dist/bin/mfa-residency-generate.js')
const work = mkdtempSync(path.join(tmpdir(), 'regeneration-speed-'))
cpSync(path.join(repo, 'docs-source'), path.join(work, 'docs-source'), { recursive: true })
const out = path.join(work, 'dataset.json')
const committed = path.join(repo, 'packages/dataset/data/dataset.json')
// The fast path's stamps (src/run-stamp.ts): removing them forces a full run.
const stamps = path.resolve(import.meta.dirname, '../node_modules/.cache/mfa-residency/generate')

// Through GNU time, for the CPU time (user + system) as well: on a loaded machine wall time
// mostly measures the other processes. Both sides of every pair pay the same wrapper.
const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'bench-cpu %U %S'] : []

/** Wall and CPU milliseconds of one Node process; throws when it fails. */
function run(args, prepare = () => {}, env = process.env) {
  prepare()
  const [command, ...rest] = [...time, process.execPath, ...args]
  const start = process.hrtime.bigint()
  const result = spawnSync(command, rest, { cwd: work, encoding: 'utf8', env })
  const wall = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`)
  const [, user, system] = /bench-cpu ([\d.]+) ([\d.]+)/.exec(result.stderr) ?? []
  return { wall, cpu: (Number(user) + Number(system)) * 1000 }
}

const generate = [generator, '--root', work, '--out', out]
copyFileSync(committed, out)
run(generate)
const variants = {
  // Loading the whole command and printing its help: what the load path costs on its own.
  'load only (`--help`)': () => run([generator, '--help']),
  // Everything read, parsed, aligned and validated; the output is current, so nothing is written.
  'real regeneration, output current': () =>
    run(generate, () => rmSync(stamps, { recursive: true, force: true })),
  // The same without the V8 code cache (src/code-cache.ts): a cache folder that cannot be
  // made, so every run compiles the command afresh (and fails to save a cache), as a read-only
  // install would. Against the row above, what the code cache saves.
  'real regeneration, output current, no code cache': () =>
    run(generate, () => rmSync(stamps, { recursive: true, force: true }), {
      ...process.env,
      MFA_RESIDENCY_CODE_CACHE_DIR: '/dev/null/mfa-residency-code-cache',
    }),
  // The same with no output (so no memory either): serialized and written atomically (fsync) too.
  'real regeneration, output written': () =>
    run(generate, () => {
      rmSync(stamps, { recursive: true, force: true })
      rmSync(out, { force: true })
    }),
  // Nothing changed since the last run: the stamp proves the output current.
  'nothing changed (stamp current)': () => run(generate),
}
const baseline = () => run(['-e', '0'])

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const range = (values, digits, unit) =>
  `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}${unit}`
console.log(`node ${process.version}, ${rounds} interleaved pairs per row, ${work}\n`)
console.log(
  '| run | wall median (min–max) | `node -e 0` wall | wall ratio, median of pairs (min–max) | CPU ratio, median of pairs |\n| --- | ---: | ---: | ---: | ---: |',
)
for (const [name, measure] of Object.entries(variants)) {
  if (name.startsWith('nothing')) run(generate) // a run that found everything current left the stamp
  const pairs = []
  for (let round = 0; round < rounds; round++) {
    // The order flips every round, so neither side always runs first.
    if (round % 2 === 0) {
      const base = baseline()
      pairs.push({ base, run: measure() })
    } else {
      const run = measure()
      pairs.push({ run, base: baseline() })
    }
  }
  const walls = pairs.map((pair) => pair.run.wall)
  const ratios = pairs.map((pair) => pair.run.wall / pair.base.wall)
  const cpuRatios = pairs.map((pair) => pair.run.cpu / pair.base.cpu)
  console.log(
    `| ${name} | ${median(walls).toFixed(1)} ms (${range(walls, 1, ' ms')}) | ${median(pairs.map((pair) => pair.base.wall)).toFixed(1)} ms | **${median(ratios).toFixed(2)}×** (${range(ratios, 2, '×')}) | ${time.length ? `${median(cpuRatios).toFixed(2)}×` : 'n/a'} |`,
  )
}
rmSync(work, { recursive: true, force: true })
