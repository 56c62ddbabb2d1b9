// Time to build the history ledger over every recorded version (a dataset per version, ids chained
// from today's, the changes between neighbours, packing), against extracting today's dataset
// once; and an asOf query, cold (history.json parsed, one dataset unpacked) and warm, against
// parsing dataset.json. In one process, inputs read up front, rounds interleaved.
// Usage: node bench/history-speed.mjs [rounds]   (after `pnpm build`)
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createHistory } from '@mfa-residency/dataset/history-queries'
import { extractDataset, readSourceFiles, vocabularyOf } from '@mfa-residency/generator'
import { readManifest } from '@mfa-residency/repository'
import { buildLedger, readBytes } from '../dist/build-ledger.js'
import { recordedVersions } from '../dist/recorded-versions.js'

const rounds = Number(process.argv[2] ?? 9)
const root = path.resolve(import.meta.dirname, '../../..')
const manifest = await readManifest(root)
const vocabulary = vocabularyOf(root, manifest)
const versions = new Map()
for (const doc of manifest.docs)
  versions.set(doc.locale, (await recordedVersions(root, manifest, doc.locale)).versions)
const bytes = await readBytes(root, [...versions.values()].flat())
const datasetText = readFileSync(path.join(root, 'packages/dataset/data/dataset.json'), 'utf8')
const historyText = readFileSync(path.join(root, 'packages/dataset/data/history.json'), 'utf8')
const dataset = JSON.parse(datasetText)
const files = await readSourceFiles(root, manifest)
const input = { manifest, versions, bytes, dataset, vocabulary, inputs: '0'.repeat(64) }
const points = [...versions.values()].flat().length
const warm = createHistory(JSON.parse(historyText))
warm.asOf('2021-06-03')

const cases = [
  {
    name: `ledger over all ${points} versions (buildLedger)`,
    baseline: 'extracting today’s dataset once (extractDataset)',
    run: () => buildLedger(input),
    base: () => extractDataset(manifest, files, { memory: dataset, vocabulary }),
  },
  {
    name: 'asOf("2021-06-03"), cold: history.json parsed, one dataset unpacked',
    baseline: 'JSON.parse of dataset.json',
    run: () => createHistory(JSON.parse(historyText)).asOf('2021-06-03'),
    base: () => JSON.parse(datasetText),
  },
  {
    name: 'asOf("2021-06-03"), warm: the dataset unpacked already (a copy returned)',
    baseline: 'JSON.parse of dataset.json',
    run: () => warm.asOf('2021-06-03'),
    base: () => JSON.parse(datasetText),
  },
]

const time = (fn) => {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
const ms = (value) => `${value.toFixed(1)} ms`

console.log(`Node ${process.version}, ${rounds} interleaved rounds (the order flips every round)\n`)
console.log('| case | median (min–max) | baseline median | ratio, median of rounds (min–max) |')
console.log('| --- | --- | --- | --- |')
for (const { name, baseline, run, base } of cases) {
  run()
  base()
  const runs = []
  const bases = []
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      runs.push(time(run))
      bases.push(time(base))
    } else {
      bases.push(time(base))
      runs.push(time(run))
    }
  }
  const ratios = runs.map((value, index) => value / bases[index])
  console.log(
    `| ${name} | ${ms(median(runs))} (${ms(Math.min(...runs))}–${ms(Math.max(...runs))}) | ${baseline}: ${ms(median(bases))} | **${median(ratios).toFixed(1)}×** (${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}×) |`,
  )
}
