// Two builds of the generator on one article (the seeds), a real regeneration with the output
// current (no stamp), and `node -e 0`, interleaved round by round (the order rotates), each a fresh
// process with a code cache of its build's own. Prints each variant's median wall time with min–max,
// the median of its per-round ratios to `node -e 0`, and the new build ÷ the old one. Between two
// builds of one session, a far smaller difference shows than between two runs of
// regeneration-speed.mjs an hour apart. Set up as for corpus-builds-ab.mjs (the old build's dist/
// copied to packages/generator/dist-old/), then:
//   node packages/generator/bench/regeneration-builds-ab.mjs <old-dist> <new-dist> [rounds=21]
import { spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { interleavedRounds } from './interleaved-rounds.mjs'

const [oldDist, newDist, roundsArg = '21'] = process.argv.slice(2)
if (!newDist) {
  throw new Error('usage: node bench/regeneration-builds-ab.mjs <old-dist> <new-dist> [rounds]')
}
const repo = path.resolve(import.meta.dirname, '../../..')
const work = mkdtempSync(path.join(tmpdir(), 'regeneration-builds-ab-'))
cpSync(path.join(repo, 'docs-source'), path.join(work, 'docs-source'), { recursive: true })
const out = path.join(work, 'dataset.json')
copyFileSync(path.join(repo, 'packages/dataset/data/dataset.json'), out)
// The fast path's stamps (src/run-stamp.ts), which both builds keep in the package's cache.
const stamps = path.resolve(import.meta.dirname, '../node_modules/.cache/mfa-residency/generate')

/** Wall milliseconds of one Node process; throws when it fails. */
function run(args, env = process.env) {
  rmSync(stamps, { recursive: true, force: true })
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, { cwd: work, encoding: 'utf8', env })
  const wall = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`)
  return wall
}

const regenerate = (dist) => () =>
  run([path.resolve(dist, 'bin/mfa-residency-generate.js'), '--root', work, '--out', out], {
    ...process.env,
    MFA_RESIDENCY_CODE_CACHE_DIR: path.join(work, `code-cache-${path.basename(dist)}`),
  })
const variants = {
  'node -e 0': () => run(['-e', '0']),
  [oldDist]: regenerate(oldDist),
  [newDist]: regenerate(newDist),
}
const names = Object.keys(variants)
const rounds = interleavedRounds(variants, Number(roundsArg))
rmSync(work, { recursive: true, force: true })

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const range = (values, digits, unit) =>
  `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}${unit}`
const ratio = (of, to) => rounds.map((times) => times[of] / times[to])
console.log(`node ${process.version}, ${rounds.length} interleaved rounds\n`)
console.log(
  '| run | median wall (min–max) | ÷ `node -e 0`, median of rounds (min–max) |\n| --- | ---: | ---: |',
)
for (const name of names) {
  const wall = rounds.map((times) => times[name])
  const toNode = ratio(name, 'node -e 0')
  console.log(
    `| ${name} | ${median(wall).toFixed(1)} ms (${range(wall, 1, ' ms')}) | ${median(toNode).toFixed(2)}× (${range(toNode, 2, '×')}) |`,
  )
}
const change = ratio(newDist, oldDist)
console.log(
  `\n${newDist} ÷ ${oldDist}, median of rounds: ${median(change).toFixed(3)}× (${range(change, 3, '×')})`,
)
