// How a process's cost per article falls as its JIT warms up: one cold corpus run in this process
// (`--jobs 1`, no cache), under the Node flags given after the corpus (a worker's, by default),
// then the articles' files in the order they were written (their mtimes), a hundred at a time.
// A worker pays the first, slow hundred again for itself; this is that fixed cost.
//   node packages/generator/bench/warm-up-curve.mjs <corpus-dir> [node flags…]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { workerNodeFlags } from '../dist/worker-pool.js'

const [docs, ...flags] = process.argv.slice(2)
if (!docs) throw new Error('usage: node bench/warm-up-curve.mjs <corpus-dir> [node flags…]')
// By default a worker's, when 2 workers fill 2 cores.
const nodeFlags = flags.length > 0 ? flags : workerNodeFlags(2, 2)
const generator = path.resolve(import.meta.dirname, '../dist/bin/mfa-residency-generate.js')
const work = mkdtempSync(path.join(tmpdir(), 'warm-up-curve-'))
const out = path.join(work, 'out')
const env = { ...process.env, MFA_RESIDENCY_CODE_CACHE_DIR: path.join(work, 'code-cache') }
const args = [
  ...nodeFlags,
  generator,
  '--docs',
  docs,
  '--out-dir',
  out,
  '--jobs',
  '1',
  '--no-cache',
]
// The first run writes the code cache that the measured one loads, as a worker's would be.
for (const step of ['cache', 'measure']) {
  rmSync(out, { recursive: true, force: true })
  const started = Date.now()
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env })
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`)
  if (step === 'cache') continue
  const written = readdirSync(path.join(out, 'articles'))
    .map((name) => statSync(path.join(out, 'articles', name)).mtimeMs)
    .sort((a, b) => a - b)
  console.log(`node ${process.version} ${nodeFlags.join(' ')}: ${written.length} articles`)
  const after = (time) => `${(time - started).toFixed(0)} ms after the start`
  console.log(`first article written ${after(written[0])}, the last ${after(written.at(-1))}\n`)
  console.log('| articles | ms an article |\n| --- | ---: |')
  for (let first = 0; first + 1 < written.length; first += 100) {
    const last = Math.min(first + 100, written.length - 1)
    const each = (written[last] - written[first]) / (last - first)
    console.log(`| ${first + 1}–${last + 1} | ${each.toFixed(1)} |`)
  }
}
rmSync(work, { recursive: true, force: true })
