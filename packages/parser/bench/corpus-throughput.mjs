// Throughput over a synthetic corpus (bench/build-corpus.mjs), four ways in one process: bare
// remark-parse + remark-gfm, markdown-it, our readGfm (mdast through unified, plus block
// extraction) and readGfm with today's full-GFM parse before issue 18. Interleaved file by file:
// each round takes every file through every way, in an order that rotates. Time is this process's
// CPU time (user + system), which other jobs on a shared machine inflate far less than wall time.
// Prints the median (min–max) round, MB/s, our time over each way as the median (min–max) of the
// per-round ratios, and peak RSS.
// Usage: node bench/corpus-throughput.mjs <corpus-dir> [rounds=3]
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import MarkdownIt from 'markdown-it'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parseFullGfm } from '../dist/parse-gfm.js'
import { readGfm, readGfmParsedBy } from '../dist/read-gfm.js'

const [dir, roundsArg = '3'] = process.argv.slice(2)
const rounds = Number(roundsArg)
const names = readdirSync(path.join(dir, 'en')).sort()
const texts = names.map((name) => readFileSync(path.join(dir, 'en', name), 'utf8'))
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6
const bare = unified().use(remarkParse).use(remarkGfm)
const markdownIt = new MarkdownIt({ html: true })
const ours = 'readGfm (ours: mdast + extraction)'
const ways = {
  'bare remark-parse + remark-gfm': (text) => bare.parse(text),
  'markdown-it (tokens only)': (text) => markdownIt.parse(text, {}),
  [ours]: (text) => readGfm(text, { file: 'x.md' }),
  'readGfm, full GFM (before issue 18)': (text) =>
    readGfmParsedBy(parseFullGfm, text, { file: 'x.md' }),
}
const wayNames = Object.keys(ways)
const times = Object.fromEntries(wayNames.map((name) => [name, []]))
for (let round = 0; round < rounds; round++) {
  const sums = Object.fromEntries(wayNames.map((name) => [name, 0]))
  for (const [index, text] of texts.entries()) {
    for (let i = 0; i < wayNames.length; i++) {
      const name = wayNames[(round + index + i) % wayNames.length]
      const start = process.cpuUsage()
      ways[name](text)
      const { user, system } = process.cpuUsage(start)
      sums[name] += (user + system) / 1e6
    }
  }
  for (const name of wayNames) times[name].push(sums[name])
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const spread = (values, digits, unit) =>
  `${median(values).toFixed(digits)}${unit} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`
console.log(
  `${names.length} articles, ${megabytes.toFixed(1)} MB, ${rounds} interleaved rounds, node ${process.version}\n`,
)
console.log(
  '| parser | CPU time: median (min–max) | MB/s | ours ÷ this: median (min–max) |\n| --- | ---: | ---: | ---: |',
)
for (const name of wayNames) {
  const ratios = times[ours].map((seconds, round) => seconds / times[name][round])
  console.log(
    `| ${name} | ${spread(times[name], 2, ' s')} | ${(megabytes / median(times[name])).toFixed(2)} | ${name === ours ? '' : spread(ratios, 2, '×')} |`,
  )
}
console.log(`\npeak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
