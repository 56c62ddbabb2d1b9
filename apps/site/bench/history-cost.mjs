// What the history adds to a build: renderSite with the published history (timeline, table
// histories, 14 feeds) against the same site from a history of one version that changed nothing,
// interleaved, in one process; then the bytes of the pages and feeds it adds (gzipped).
// Usage: node bench/history-cost.mjs [runs]   (after `pnpm build`)
import { createRequire } from 'node:module'
import { gzipSync } from 'node:zlib'
import { history } from '@mfa-residency/dataset/history'
import { createHistory } from '@mfa-residency/dataset/history-queries'
import { renderSite } from '../lib/build-site.js'
import { noReleaseNotes } from '../lib/release-notes.js'
import { defaultSiteUrl } from '../lib/site-url.js'

const runs = Number(process.argv[2] ?? 15)
const require = createRequire(import.meta.url)
const dataset = require('@mfa-residency/dataset/dataset.json')
const last = history.timeline.at(-1)
const baseline = { ...history, timeline: [{ ...last, changes: [] }] }
const input = (ledger) => ({
  dataset,
  releases: noReleaseNotes,
  version: 'bench',
  schema: '{}',
  history: createHistory(ledger),
  siteUrl: defaultSiteUrl,
})
const time = (ledger) => {
  const start = process.hrtime.bigint()
  renderSite(input(ledger))
  return Number(process.hrtime.bigint() - start) / 1e6
}
time(history)
time(baseline)
const full = []
const bare = []
for (let run = 0; run < runs; run++) {
  full.push(time(history))
  bare.push(time(baseline))
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const range = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`
console.log(`renderSite, ${runs} interleaved runs each (ms): median, min–max`)
console.log(`| history | median | min–max |\n| --- | ---: | ---: |`)
console.log(
  `| published (${history.timeline.length} versions) | ${median(full).toFixed(0)} | ${range(full)} |`,
)
console.log(`| one version, no changes (baseline) | ${median(bare).toFixed(0)} | ${range(bare)} |`)
console.log(`ratio: ${(median(full) / median(bare)).toFixed(2)}×\n`)
const files = renderSite(input(history))
const gz = (text) => gzipSync(text, { level: 9 }).length
console.log('| file | bytes | gzipped |\n| --- | ---: | ---: |')
for (const [file, text] of [...files].filter(([name]) => /timeline|^feeds\/article/.test(name)))
  console.log(`| ${file} | ${Buffer.byteLength(text)} B | ${gz(text)} B |`)
const tableFeeds = [...files].filter(([name]) => name.startsWith('feeds/table-'))
console.log(
  `| ${tableFeeds.length} table feeds | ${tableFeeds.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0)} B | ${tableFeeds.reduce((sum, [, text]) => sum + gz(text), 0)} B |`,
)
