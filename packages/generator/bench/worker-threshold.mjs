// Where worker processes start to pay: cold corpus runs (`--no-cache`) of growing size, `--jobs 1`
// against `--jobs <workers>`, interleaved round by round (the order flips every round), each a
// fresh process. Prints the median wall time of each and the median of the per-round ratios; the
// default `--jobs` starts workers from `minArticlesPerWorker` (src/worker-pool.ts) per worker.
// Builds its corpora with ../parser/bench/build-corpus.mjs in a temporary folder. After `pnpm build`:
//   node packages/generator/bench/worker-threshold.mjs [rounds=9] [workers=2] [megabytes=0.4,0.8,1.2,2]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { coldCorpusRun } from './cold-corpus-run.mjs'

const [roundsArg = '9', workersArg = '2', sizesArg = '0.4,0.8,1.2,2'] = process.argv.slice(2)
const generator = path.resolve(import.meta.dirname, '../dist/bin/mfa-residency-generate.js')
const buildCorpus = path.resolve(import.meta.dirname, '../../parser/bench/build-corpus.mjs')
const work = mkdtempSync(path.join(tmpdir(), 'worker-threshold-'))
const env = { ...process.env, MFA_RESIDENCY_CODE_CACHE_DIR: path.join(work, 'code-cache') }

/** Run `node args`; its standard output, or a throw with its standard error. */
function node(args) {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env })
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`)
  return result.stdout
}

/** Wall milliseconds of one cold run over `docs` with `jobs`. */
const coldRun = (docs, jobs) =>
  coldCorpusRun({ generator, docs, out: path.join(work, 'out'), jobs, env })

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const rounds = Number(roundsArg)
const workers = Number(workersArg)
console.log(`node ${process.version}, ${rounds} interleaved rounds, ${workers} workers\n`)
console.log(
  `| corpus | 1 thread | ${workers} workers | 1 thread ÷ ${workers} workers, median of rounds (min–max) |\n| --- | ---: | ---: | ---: |`,
)
for (const megabytes of sizesArg.split(',')) {
  const docs = path.join(work, `corpus-${megabytes}`)
  const built = node([buildCorpus, docs, megabytes]).trim()
  const articles = /(\d+) articles/.exec(built)?.[1]
  coldRun(docs, 1) // the first run writes the code cache
  const one = []
  const many = []
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [1, workers] : [workers, 1]
    for (const jobs of order) (jobs === 1 ? one : many).push(coldRun(docs, jobs))
  }
  const ratios = one.map((ms, round) => ms / many[round])
  console.log(
    `| ${articles} articles, ${megabytes} MB | ${median(one).toFixed(0)} ms | ${median(many).toFixed(0)} ms | ${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×) |`,
  )
}
rmSync(work, { recursive: true, force: true })
