// Parse time of our readers against today's full-GFM reader, a bare remark-parse + remark-gfm
// parse and markdown-it. Interleaved file by file: each round takes every file through every way,
// in an order that rotates, so all ways see the same machine state within milliseconds. Time is
// this process's CPU time (user + system), which other jobs on a shared machine inflate far less
// than wall time. Prints each way's median round with min and max, and our time over each other
// way as the median (min–max) of the per-round ratios.
// Usage: node bench/parse-speed.mjs [rounds]   (after `pnpm build`)
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import MarkdownIt from 'markdown-it'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { readLearnText } from '../dist/index.js'
import { parseFullGfm } from '../dist/parse-gfm.js'
import { readGfm, readGfmParsedBy } from '../dist/read-gfm.js'

const rounds = Number(process.argv[2] ?? 21)
const root = path.resolve(import.meta.dirname, '../../..')
const corpusDir = process.env.MFA_CORPUS_DIR ?? path.resolve(root, '../shared/corpus')
const bare = unified().use(remarkParse).use(remarkGfm)
const markdownIt = new MarkdownIt({ html: true })
const readFullGfm = (text, options) => readGfmParsedBy(parseFullGfm, text, options)

const english = readFileSync(
  path.join(root, 'docs-source/en/concept-mfa-data-residency.md'),
  'utf8',
)
const swedish = readFileSync(
  path.join(root, 'docs-source/sv/concept-mfa-data-residency.txt'),
  'utf8',
)
const corpus = existsSync(corpusDir)
  ? readdirSync(corpusDir, { recursive: true })
      .filter((name) => name.endsWith('.md') && !name.endsWith('README.md'))
      .sort()
      .map((name) => readFileSync(path.join(corpusDir, name), 'utf8'))
  : []

/** Our reader, today's full-GFM reader and the two bare parsers, each over one item. */
const ways = {
  ours: ({ markdown, learnText }) => {
    const reference = readGfm(markdown, { file: 'x.md' })
    if (learnText) readLearnText(learnText, { file: 'x.txt', locale: 'sv', reference })
  },
  'full GFM (before issue 18)': ({ markdown, learnText }) => {
    const reference = readFullGfm(markdown, { file: 'x.md' })
    if (learnText) readLearnText(learnText, { file: 'x.txt', locale: 'sv', reference })
  },
  'bare remark-parse + remark-gfm': ({ markdown, learnText }) => {
    bare.parse(markdown)
    if (learnText) bare.parse(learnText)
  },
  'markdown-it (tokens only)': ({ markdown, learnText }) => {
    markdownIt.parse(markdown, {})
    if (learnText) markdownIt.parse(learnText, {})
  },
}

const cases = [
  {
    name: 'both seed docs',
    bytes: Buffer.byteLength(english) + Buffer.byteLength(swedish),
    items: [{ markdown: english, learnText: swedish }],
  },
]
if (corpus.length > 0) {
  cases.push({
    name: `corpus (${corpus.length} markdown files)`,
    bytes: corpus.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
    items: corpus.map((markdown) => ({ markdown })),
  })
} else {
  console.warn(`corpus not found at ${corpusDir}: measuring the seeds only`)
}

/** Milliseconds of this process's CPU time that `run` takes. */
const cpuTime = (run) => {
  const start = process.cpuUsage()
  run()
  const { user, system } = process.cpuUsage(start)
  return (user + system) / 1000
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const spread = (values, digits, unit) =>
  `${median(values).toFixed(digits)}${unit} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`

console.log(`node ${process.version}, ${rounds} interleaved rounds after 3 warm-up rounds\n`)
console.log('| input | size | way | CPU time: median (min–max) | ours ÷ this: median (min–max) |')
console.log('| --- | ---: | --- | ---: | ---: |')
const names = Object.keys(ways)
for (const entry of cases) {
  for (let i = 0; i < 3; i++)
    for (const item of entry.items) for (const name of names) ways[name](item)
  const times = Object.fromEntries(names.map((name) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    const sums = Object.fromEntries(names.map((name) => [name, 0]))
    for (const [index, item] of entry.items.entries()) {
      for (let i = 0; i < names.length; i++) {
        const name = names[(round + index + i) % names.length]
        sums[name] += cpuTime(() => ways[name](item))
      }
    }
    for (const name of names) times[name].push(sums[name])
  }
  const size = `${(entry.bytes / 1024).toFixed(1)} KiB`
  for (const name of names) {
    const ratios = times.ours.map((ours, round) => ours / times[name][round])
    const ratio = name === 'ours' ? '' : spread(ratios, 2, '×')
    console.log(
      `| ${entry.name} | ${size} | ${name} | ${spread(times[name], 1, ' ms')} | ${ratio} |`,
    )
  }
}
