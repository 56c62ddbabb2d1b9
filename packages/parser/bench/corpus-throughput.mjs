// Throughput over a synthetic corpus (bench/build-corpus.mjs), three ways in one process:
// bare remark-parse + remark-gfm, markdown-it, and our readGfm (mdast through unified, plus block
// extraction). Median of rounds, MB/s, ratios, and peak RSS.
// Usage: node bench/corpus-throughput.mjs <corpus-dir> [rounds=3]
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import MarkdownIt from 'markdown-it'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { readGfm } from '../dist/index.js'

const [dir, roundsArg = '3'] = process.argv.slice(2)
const rounds = Number(roundsArg)
const names = readdirSync(path.join(dir, 'en')).sort()
const texts = names.map((name) => readFileSync(path.join(dir, 'en', name), 'utf8'))
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6
const bare = unified().use(remarkParse).use(remarkGfm)
const markdownIt = new MarkdownIt({ html: true })
const ways = {
  'bare remark-parse + remark-gfm': (text) => bare.parse(text),
  'markdown-it (tokens only)': (text) => markdownIt.parse(text, {}),
  'readGfm (ours: mdast + extraction)': (text) => readGfm(text, { file: 'x.md' }),
}
const times = Object.fromEntries(Object.keys(ways).map((name) => [name, []]))
for (let round = 0; round < rounds; round++) {
  for (const [name, parse] of Object.entries(ways)) {
    const start = process.hrtime.bigint()
    for (const text of texts) parse(text)
    times[name].push(Number(process.hrtime.bigint() - start) / 1e9)
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const ours = median(times['readGfm (ours: mdast + extraction)'])
console.log(
  `${names.length} articles, ${megabytes.toFixed(1)} MB, ${rounds} rounds, node ${process.version}\n`,
)
console.log('| parser | median | MB/s | ours ÷ this |\n| --- | ---: | ---: | ---: |')
for (const name of Object.keys(ways)) {
  const seconds = median(times[name])
  console.log(
    `| ${name} | ${seconds.toFixed(2)} s | ${(megabytes / seconds).toFixed(2)} | ${(ours / seconds).toFixed(2)}× |`,
  )
}
console.log(`\npeak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
