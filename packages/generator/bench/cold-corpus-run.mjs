// One cold corpus run (`--no-cache`, the output folder removed first) of a generator build, for
// the benches that compare runs: corpus-builds-ab.mjs and worker-threshold.mjs.
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'

/** Wall milliseconds of `generator` over `docs` into `out` with `jobs`; throws when it fails. */
export function coldCorpusRun({ generator, docs, out, jobs, env = process.env }) {
  rmSync(out, { recursive: true, force: true })
  const args = [generator, '--docs', docs, '--out-dir', out, '--no-cache', '--jobs', String(jobs)]
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env })
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`)
  return Number(process.hrtime.bigint() - start) / 1e6
}
