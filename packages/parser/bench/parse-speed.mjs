// Parse time of our readers against a bare remark-parse + remark-gfm parse of the same files,
// interleaved in one process so both see the same machine state. Prints medians and ratios.
// Usage: node bench/parse-speed.mjs [rounds]   (after `pnpm build`)
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { readGfm, readLearnText } from '../dist/index.js'

const rounds = Number(process.argv[2] ?? 21)
const root = path.resolve(import.meta.dirname, '../../..')
const corpusDir = process.env.MFA_CORPUS_DIR ?? path.resolve(root, '../shared/corpus')
const bare = unified().use(remarkParse).use(remarkGfm)

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

const cases = [
  {
    name: 'both seed docs',
    bytes: Buffer.byteLength(english) + Buffer.byteLength(swedish),
    ours: () => {
      const reference = readGfm(english, { file: 'en.md' })
      readLearnText(swedish, { file: 'sv.txt', locale: 'sv', reference })
    },
    bare: () => {
      bare.parse(english)
      bare.parse(swedish)
    },
  },
]
if (corpus.length > 0) {
  cases.push({
    name: `corpus (${corpus.length} markdown files)`,
    bytes: corpus.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
    ours: () => {
      for (const text of corpus) readGfm(text, { file: 'corpus.md' })
    },
    bare: () => {
      for (const text of corpus) bare.parse(text)
    },
  })
} else {
  console.warn(`corpus not found at ${corpusDir}: measuring the seeds only`)
}

const time = (run) => {
  const start = process.hrtime.bigint()
  run()
  return Number(process.hrtime.bigint() - start) / 1e6
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

console.log(`node ${process.version}, ${rounds} interleaved rounds after 3 warm-up rounds\n`)
console.log(
  '| input | size | ours (median) | bare remark-parse+remark-gfm (median) | ours / bare | ours MB/s |',
)
console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
for (const entry of cases) {
  for (let i = 0; i < 3; i++) {
    entry.ours()
    entry.bare()
  }
  const ours = []
  const bareTimes = []
  for (let i = 0; i < rounds; i++) {
    ours.push(time(entry.ours))
    bareTimes.push(time(entry.bare))
  }
  const o = median(ours)
  const b = median(bareTimes)
  console.log(
    `| ${entry.name} | ${(entry.bytes / 1024).toFixed(1)} KiB | ${o.toFixed(2)} ms | ${b.toFixed(2)} ms | ${(o / b).toFixed(2)}× | ${(entry.bytes / 1e6 / (o / 1000)).toFixed(2)} |`,
  )
}
