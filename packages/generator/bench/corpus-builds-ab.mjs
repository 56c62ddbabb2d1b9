// Two builds of the generator on one cold corpus (`--no-cache`), each with 1 thread and with N
// workers, interleaved round by round (the order rotates), each a fresh process with a code cache of
// its build's own. Prints each variant's median wall time with min–max and the median of its
// per-round ratios to the first build's 1-thread run. For an A/B of a change: copy the old
// build's dist/ beside it (packages/generator/dist-old/: a build resolves its dependencies from
// the package's node_modules; keep the copy out of commits with .git/info/exclude), build the new
// one, and:
//   node packages/generator/bench/corpus-builds-ab.mjs <corpus-dir> <old-dist> <new-dist> [rounds=7] [workers=2]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { coldCorpusRun } from './cold-corpus-run.mjs'
import { interleavedRounds } from './interleaved-rounds.mjs'

const [docs, oldDist, newDist, roundsArg = '7', workersArg = '2'] = process.argv.slice(2)
if (!newDist) {
  throw new Error(
    'usage: node bench/corpus-builds-ab.mjs <corpus-dir> <old-dist> <new-dist> [rounds] [workers]',
  )
}
const work = mkdtempSync(path.join(tmpdir(), 'corpus-builds-ab-'))
const workers = Number(workersArg)

/** Wall milliseconds of one cold run of the build in `dist` with `jobs`. */
function coldRun(dist, jobs) {
  return coldCorpusRun({
    generator: path.resolve(dist, 'bin/mfa-residency-generate.js'),
    docs,
    out: path.join(work, 'out'),
    jobs,
    env: { ...process.env, MFA_RESIDENCY_CODE_CACHE_DIR: path.join(work, path.basename(dist)) },
  })
}

const variants = {
  [`${oldDist}, 1 thread`]: () => coldRun(oldDist, 1),
  [`${oldDist}, ${workers} workers`]: () => coldRun(oldDist, workers),
  [`${newDist}, 1 thread`]: () => coldRun(newDist, 1),
  [`${newDist}, ${workers} workers`]: () => coldRun(newDist, workers),
}
const names = Object.keys(variants)
const rounds = interleavedRounds(variants, Number(roundsArg))
rmSync(work, { recursive: true, force: true })

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const seconds = (ms) => (ms / 1000).toFixed(2)
console.log(`node ${process.version}, ${rounds.length} interleaved rounds\n`)
console.log(
  `| cold run | median wall (min–max) | ${names[0]} ÷ this, median of rounds (min–max) |\n| --- | ---: | ---: |`,
)
for (const name of names) {
  const wall = rounds.map((times) => times[name])
  const ratios = rounds.map((times) => times[names[0]] / times[name])
  console.log(
    `| ${name} | ${seconds(median(wall))} s (${seconds(Math.min(...wall))}–${seconds(Math.max(...wall))} s) | ${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×) |`,
  )
}
