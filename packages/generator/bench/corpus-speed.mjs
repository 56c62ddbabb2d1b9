// End-to-end corpus generation against bare parsers, all in one session, each run a fresh process
// (wall time includes Node's start-up) with its peak RSS. Build a corpus first:
//   node packages/parser/bench/build-corpus.mjs /tmp/synth10 10
// Usage: node packages/generator/bench/corpus-speed.mjs <corpus-dir> [cold-rounds=3] [incremental-rounds=15]
import { spawnSync } from 'node:child_process'
import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'

const [docs, coldArg = '3', incrementalArg = '15'] = process.argv.slice(2)
if (!docs)
  throw new Error(
    'usage: node bench/corpus-speed.mjs <corpus-dir> [cold-rounds] [incremental-rounds]',
  )
const generator = path.resolve(import.meta.dirname, '../dist/bin/mfa-residency-generate.js')
const parserDir = path.resolve(import.meta.dirname, '../../parser')
const reportRss = new URL('./report-rss.mjs', import.meta.url).href
const work = mkdtempSync(path.join(tmpdir(), 'corpus-speed-'))
const out = path.join(work, 'out')
const cache = path.join(work, 'cache')

const files = readdirSync(docs, { recursive: true })
  .map(String)
  .filter((name) => /\.(md|txt|html)$/.test(name))
  .sort()
const megabytes = files.reduce((sum, name) => sum + statSync(path.join(docs, name)).size, 0) / 1e6

/** Run a Node process; its wall time in seconds and peak RSS in MB. */
function run(args, cwd = process.cwd()) {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, ['--import', reportRss, ...args], {
    cwd,
    encoding: 'utf8',
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`)
  const rss = Number(/peak-rss-kb (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN) / 1024
  return { seconds, rss }
}

// The baselines read and parse every file in one process, and keep nothing.
const parseAll = (setup, parse) => `
  import { readFileSync } from 'node:fs'
  ${setup}
  for (const name of ${JSON.stringify(files)}) ${parse}(readFileSync(${JSON.stringify(docs)} + '/' + name, 'utf8'))`
const baselines = {
  'bare remark-parse + remark-gfm': parseAll(
    "import { unified } from 'unified'; import remarkParse from 'remark-parse'; import remarkGfm from 'remark-gfm'; const processor = unified().use(remarkParse).use(remarkGfm)",
    'processor.parse',
  ),
  'markdown-it (tokens only)': parseAll(
    "import MarkdownIt from 'markdown-it'; const md = new MarkdownIt({ html: true }); const parse = (text) => md.parse(text, {})",
    'parse',
  ),
}
const generate = (...args) => [generator, '--docs', docs, '--out-dir', out, ...args]
const jobs = availableParallelism()
/** A cold generator run: no cache and no previous output. */
const coldRun = (jobs) => () => {
  rmSync(out, { recursive: true, force: true })
  return run(generate('--no-cache', '--jobs', String(jobs)))
}
const cold = {
  'generator, cold, 1 thread': coldRun(1),
  [`generator, cold, ${jobs} worker threads`]: coldRun(jobs),
  ...Object.fromEntries(
    Object.entries(baselines).map(([name, source]) => [
      name,
      () => run(['--input-type=module', '-e', source], parserDir),
    ]),
  ),
}

const rounds = Number(coldArg)
const times = Object.fromEntries(Object.keys(cold).map((name) => [name, []]))
for (let round = 0; round < rounds; round++) {
  for (const [name, measure] of Object.entries(cold)) times[name].push(measure())
}

// Incremental: a warm cache, then one document changed per run.
rmSync(out, { recursive: true, force: true })
run(generate('--cache-dir', cache))
const english = files.filter((name) => name.startsWith(`en${path.sep}`))
const incremental = []
const unchanged = []
for (let round = 0; round < Number(incrementalArg); round++) {
  const file = path.join(docs, english[(round * 97) % english.length])
  const original = readFileSync(file)
  appendFileSync(file, `\nEdited in round ${round}.\n`)
  incremental.push(run(generate('--cache-dir', cache)))
  writeFileSync(file, original)
  run(generate('--cache-dir', cache))
  unchanged.push(run(generate('--cache-dir', cache)))
}
rmSync(work, { recursive: true, force: true })

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const summary = (runs) => ({
  seconds: median(runs.map((r) => r.seconds)),
  rss: Math.max(...runs.map((r) => r.rss)),
})
const ours = summary(times[`generator, cold, ${jobs} worker threads`]).seconds
console.log(
  `${files.length} files, ${megabytes.toFixed(1)} MB, node ${process.version}, ${jobs} CPUs\n`,
)
console.log(`Cold, median of ${rounds} interleaved rounds:\n`)
console.log(
  '| run | median wall | MB/s | ÷ generator with workers | peak RSS |\n| --- | ---: | ---: | ---: | ---: |',
)
for (const [name, runs] of Object.entries(times)) {
  const { seconds, rss } = summary(runs)
  console.log(
    `| ${name} | ${seconds.toFixed(2)} s | ${(megabytes / seconds).toFixed(2)} | ${(seconds / ours).toFixed(2)}× | ${rss.toFixed(0)} MB |`,
  )
}
console.log(`\nWarm cache, median of ${incremental.length} runs:\n`)
console.log('| run | median wall | peak RSS |\n| --- | ---: | ---: |')
for (const [name, runs] of [
  ['one English document changed', incremental],
  ['nothing changed', unchanged],
]) {
  const { seconds, rss } = summary(runs)
  console.log(`| ${name} | ${seconds.toFixed(3)} s | ${rss.toFixed(0)} MB |`)
}
