// Time to diff the seed docs against upstream 2025-06-06, and all 11 consecutive English history
// pairs, with parse and extraction included. Median of interleaved rounds.
// Usage: node bench/diff-speed.mjs [rounds]   (after `pnpm build`)
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseManifest } from '@mfa-residency/repository'
import { compareSnapshots } from '../dist/index.js'

const rounds = Number(process.argv[2] ?? 15)
const root = path.resolve(import.meta.dirname, '../../..')
const corpus = process.env.MFA_CORPUS_DIR ?? path.resolve(root, '../shared/corpus')
const manifest = parseManifest(readFileSync(path.join(root, 'docs-source/manifest.json'), 'utf8'))
const encoder = new TextEncoder()
const snapshot = (label, texts) => {
  const docs = manifest.docs.filter((doc) => texts[doc.locale] !== undefined)
  const files = docs.map((doc) => ({ doc, bytes: encoder.encode(texts[doc.locale]) }))
  return { kind: 'docs', label, manifest: { ...manifest, docs }, files }
}
const seed = Object.fromEntries(
  manifest.docs.map((doc) => [doc.locale, readFileSync(path.join(root, doc.path), 'utf8')]),
)
const history = readdirSync(path.join(corpus, 'en-history'))
  .filter((name) => name.endsWith('.md'))
  .sort()
// Read up front, so the timings are the comparison alone.
const texts = new Map(
  history.map((name) => [name, readFileSync(path.join(corpus, 'en-history', name), 'utf8')]),
)
const text = (name) => texts.get(name)

const cases = [
  {
    name: 'seed (en + sv) → upstream 2025-06-06 (en), sv unchanged',
    run: () =>
      compareSnapshots(
        snapshot('a', seed),
        snapshot('b', { en: text('2025-06-06_14d4dbf.md'), sv: seed.sv }),
      ),
  },
  {
    name: `all ${history.length - 1} consecutive en-history pairs`,
    run: () => {
      for (let i = 1; i < history.length; i++) {
        compareSnapshots(
          snapshot('a', { en: text(history[i - 1]) }),
          snapshot('b', { en: text(history[i]) }),
        )
      }
    },
  },
]
const time = (run) => {
  const start = process.hrtime.bigint()
  run()
  return Number(process.hrtime.bigint() - start) / 1e6
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
console.log(`node ${process.version}, ${rounds} rounds after 2 warm-up rounds\n`)
console.log('| comparison | median |\n| --- | ---: |')
for (const entry of cases) {
  entry.run()
  entry.run()
  const times = Array.from({ length: rounds }, () => time(entry.run))
  console.log(`| ${entry.name} | ${median(times).toFixed(1)} ms |`)
}
