// Cold corpus generation (no cache, no previous output) with 1 thread, the true one-core cost
// (`node --single-threaded`: no V8 background threads), and N worker processes, interleaved round by
// round, each a fresh process. Prints medians with min–max, ratios to '1 thread', and the figures
// of the scaling model in BENCHMARKS.md: per-article cost on one core, the main thread's cost per
// article (its busy time over the articles), and the workers' fixed cost. Build a corpus first:
//   node packages/parser/bench/build-corpus.mjs /tmp/synth10 10
// Usage: node packages/generator/bench/corpus-scaling.mjs <corpus-dir> [rounds=3] [workers=2]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const [docs, roundsArg = '3', workersArg = '2'] = process.argv.slice(2)
if (!docs) throw new Error('usage: node bench/corpus-scaling.mjs <corpus-dir> [rounds] [workers]')
const generator = path.resolve(import.meta.dirname, '../dist/bin/mfa-residency-generate.js')
const hook = new URL('./report-main-thread.mjs', import.meta.url).href
const work = mkdtempSync(path.join(tmpdir(), 'corpus-scaling-'))
const out = path.join(work, 'out')
const workers = Number(workersArg)
const articles = new Set(
  readdirSync(docs, { recursive: true })
    .map(String)
    .filter((name) => /\.(md|txt|html)$/.test(name))
    .map((name) => path.basename(name).replace(/\.[^.]+$/, '')),
).size

/** One cold run: wall seconds, the main thread's busy ms, CPU ms of all threads and processes, the main process's peak RSS MB. */
function coldRun(nodeFlags, jobs) {
  rmSync(out, { recursive: true, force: true })
  const args = [...nodeFlags, '--import', hook, generator, '--docs', docs, '--out-dir', out]
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, [...args, '--no-cache', '--jobs', String(jobs)], {
    encoding: 'utf8',
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`)
  const figure = (name) => Number(new RegExp(`${name} (\\d+)`).exec(result.stderr)?.[1])
  return {
    seconds,
    mainMs: figure('bench-main-active-ms'),
    cpuMs: figure('bench-cpu-ms'),
    rss: figure('bench-rss-kb') / 1024,
  }
}

const variants = {
  '1 thread': () => coldRun([], 1),
  '1 thread, `node --single-threaded` (true one-core cost)': () =>
    coldRun(['--single-threaded'], 1),
  [`${workers} worker processes`]: () => coldRun([], workers),
}
const rounds = Number(roundsArg)
const runs = Object.fromEntries(Object.keys(variants).map((name) => [name, []]))
for (let round = 0; round < rounds; round++) {
  // Rotate the order, so no variant always runs first (or right after the heaviest).
  const names = Object.keys(variants)
  for (let step = 0; step < names.length; step++) {
    const name = names[(round + step) % names.length]
    runs[name].push(variants[name]())
  }
}
rmSync(work, { recursive: true, force: true })

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const one = median(runs['1 thread'].map((run) => run.seconds))
console.log(`${articles} articles, node ${process.version}, ${rounds} interleaved rounds\n`)
console.log(
  '| cold run | median wall | min–max | 1 thread ÷ this | CPU (all threads and processes) | main thread busy | main process peak RSS |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
)
for (const [name, list] of Object.entries(runs)) {
  const seconds = list.map((run) => run.seconds)
  console.log(
    `| ${name} | ${median(seconds).toFixed(2)} s | ${Math.min(...seconds).toFixed(2)}–${Math.max(...seconds).toFixed(2)} s | ${(one / median(seconds)).toFixed(2)}× | ${(median(list.map((run) => run.cpuMs)) / 1000).toFixed(1)} s | ${(median(list.map((run) => run.mainMs)) / 1000).toFixed(2)} s | ${Math.max(...list.map((run) => run.rss)).toFixed(0)} MB |`,
  )
}
const st = runs['1 thread, `node --single-threaded` (true one-core cost)']
const single = median(st.map((run) => run.seconds))
const parallel = runs[`${workers} worker processes`]
const wall = median(parallel.map((run) => run.seconds))
const mainPerArticle = median(parallel.map((run) => run.mainMs)) / articles
// CPU time, not wall: on a loaded machine only CPU time is the work itself.
const perArticle = median(st.map((run) => run.cpuMs)) / articles
const workerCpu = median(parallel.map((run) => run.cpuMs)) / articles
console.log(`
Scaling model, from these runs (per article):
- one-core cost, single-threaded CPU time ÷ articles: c = ${perArticle.toFixed(2)} ms
- CPU of all threads and processes with ${workers} workers ÷ articles: ${workerCpu.toFixed(2)} ms (${((workerCpu / perArticle - 1) * 100).toFixed(0)} % over c: each worker's own start, load and JIT warm-up)
- main thread busy with ${workers} workers ÷ articles: m = ${mainPerArticle.toFixed(2)} ms (wall time while busy, so inflated by load)
- ${workers} workers ÷ the true one-core cost, wall: ${(single / wall).toFixed(2)}× (ideal ${workers}×)
- T(N) ≈ start + A·max(${workerCpu.toFixed(1)} ms ÷ min(N, cores), m): the main thread saturates at N ≈ ${(workerCpu / mainPerArticle).toFixed(0)} workers`)
