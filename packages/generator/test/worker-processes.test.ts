import { type ChildProcess, spawn } from 'node:child_process'
import { cp, readdir, readFile, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, test } from 'vitest'
import { inheritedNodeFlags, workerEnvironment, workerNodeFlags } from '../src/worker-pool.js'
import { copyDocs } from './repo.js'

// Corpus runs in worker processes as their user meets them: where a run extracted its articles
// (what NODE_DEBUG=mfa-residency-workers prints), no worker left running after its run, killed or
// not, and a worker that dies failing the run with a message that says so. Workers are found
// through /proc by a marker in the environment they inherit, so this suite needs Linux.

const cli = path.resolve(import.meta.dirname, '../dist/bin/mfa-residency-generate.js')
const article = 'concept-mfa-data-residency'

interface Run {
  child: ChildProcess
  marker: string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>
}

const started: Run[] = []
afterEach(async () => {
  for (const run of started.splice(0)) {
    run.child.kill('SIGKILL')
    for (const pid of await processesMarked(run.marker)) process.kill(pid, 'SIGKILL')
  }
})

/** docs-source/ with the seed article under `count` names in all. */
async function corpus(count: number): Promise<{ docs: string; out: string }> {
  const root = await copyDocs()
  const docs = path.join(root, 'docs-source')
  for (let index = 1; index < count; index++) {
    await cp(path.join(docs, 'en', `${article}.md`), path.join(docs, 'en', `copy-${index}.md`))
    await cp(path.join(docs, 'sv', `${article}.txt`), path.join(docs, 'sv', `copy-${index}.txt`))
  }
  return { docs, out: path.join(root, 'out') }
}

/** Start the built command on `docs`, its workers marked as this run's. */
function generate(docs: string, out: string, args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const marker = `worker-test-${process.pid}-${started.length}-${Date.now()}`
  const child = spawn(
    process.execPath,
    [cli, '--docs', docs, '--out-dir', out, '--no-cache', ...args],
    {
      env: { ...process.env, MFA_WORKER_TEST_MARKER: marker, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  )
  let stderr = ''
  child.stderr!.on('data', (chunk) => {
    stderr += chunk
  })
  const exited = new Promise<Awaited<Run['exited']>>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  )
  const run = { child, marker, exited }
  started.push(run)
  return run
}

/** The processes whose environment holds `marker`, but for the run itself. */
async function processesMarked(marker: string, except?: number): Promise<number[]> {
  const pids: number[] = []
  for (const name of await readdir('/proc')) {
    const pid = Number(name)
    if (!Number.isInteger(pid) || pid === except) continue
    const environ = await readFile(`/proc/${pid}/environ`, 'latin1').catch(() => '')
    if (environ.split('\0').includes(`MFA_WORKER_TEST_MARKER=${marker}`)) pids.push(pid)
  }
  return pids
}

/** Poll until `check` holds, or fail after `ms`. */
async function eventually<T>(probe: () => Promise<T>, check: (value: T) => boolean, ms = 15_000) {
  const deadline = Date.now() + ms
  let value = await probe()
  while (!check(value) && Date.now() < deadline) {
    await sleep(25)
    value = await probe()
  }
  return value
}

describe.skipIf(process.platform !== 'linux')('corpus worker processes', () => {
  test('by default a small corpus is extracted in the main process; --jobs 2 starts 2 workers, gone after the run', async () => {
    const { docs, out } = await corpus(9)
    const debug = { NODE_DEBUG: 'mfa-residency-workers' }
    const byDefault = await generate(docs, out, [], debug).exited
    expect(byDefault.code).toBe(0)
    expect(byDefault.stderr).toMatch(
      /^MFA-RESIDENCY-WORKERS \d+: extracting 9 articles in this process$/m,
    )

    const parallel = generate(docs, `${out}-2`, ['--jobs', '2'], debug)
    const ended = await parallel.exited
    expect(ended.code).toBe(0)
    expect(ended.stderr).toMatch(
      /^MFA-RESIDENCY-WORKERS \d+: extracting 9 articles in 2 worker processes$/m,
    )
    expect(await processesMarked(parallel.marker)).toEqual([])
  })

  test('by default 80 articles are extracted in worker processes, one per core, at most 2', async () => {
    const { docs, out } = await corpus(80)
    const run = await generate(docs, out, [], { NODE_DEBUG: 'mfa-residency-workers' }).exited
    expect(run.code).toBe(0)
    const workers = Math.min(availableParallelism(), 2)
    expect(run.stderr).toContain(
      `extracting 80 articles in ${workers > 1 ? `${workers} worker processes` : 'this process'}`,
    )
  })

  test('a run killed while its workers extract leaves none of them running', async () => {
    const { docs, out } = await corpus(16)
    // The main process kills itself (as kill -9 would) once the second article is extracted.
    const run = generate(docs, out, ['--jobs', '2'], { MFA_CORPUS_FAULT: 'extracted:2' })
    expect(await run.exited).toMatchObject({ signal: 'SIGKILL' })
    const left = await eventually(
      () => processesMarked(run.marker),
      (pids) => pids.length === 0,
    )
    expect(left).toEqual([])
  })

  test('a worker that dies fails the run, saying so, and writes nothing', async () => {
    const { docs, out } = await corpus(80)
    const noCertificates = path.join(docs, '..', 'no-certificates.pem')
    await writeFile(noCertificates, '')
    const run = generate(docs, out, ['--jobs', '2'], { NODE_EXTRA_CA_CERTS: noCertificates })
    const workers = await eventually(
      () => processesMarked(run.marker, run.child.pid),
      (pids) => pids.length === 2,
    )
    expect(workers).toHaveLength(2)
    // The run was given extra CA certificates; its workers, which open no TLS connection, are not.
    for (const pid of [run.child.pid!, ...workers]) {
      const environ = (await readFile(`/proc/${pid}/environ`, 'latin1')).split('\0')
      expect(environ.includes(`NODE_EXTRA_CA_CERTS=${noCertificates}`)).toBe(pid === run.child.pid)
    }
    process.kill(workers[0]!, 'SIGKILL')
    const ended = await run.exited
    expect(ended.code).toBe(1)
    expect(ended.stderr).toBe('error: a corpus worker process stopped (SIGKILL)\n')
    await expect(readdir(out)).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await processesMarked(run.marker)).toEqual([])
  })

  test('the library called from `node -e` starts workers that run the worker, not the script', async () => {
    const { docs, out } = await corpus(4)
    // A worker that ran this script again would start workers of its own: the marker stops it.
    const run = await libraryScript(`if (process.env.MFA_WORKER_TEST_NESTED) process.exit(3)
process.env.MFA_WORKER_TEST_NESTED = '1'
${corpusCall(docs, out)}`)
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 0, stdout: '4\n' })
    expect(run.stderr).toMatch(/extracting 4 articles in 2 worker processes/)
  })

  test('a worker that cannot be started fails the run instead of waiting for it', async () => {
    const { docs, out } = await corpus(4)
    const run = await libraryScript(`process.execPath = '/nonexistent/node'
${corpusCall(docs, out)}`)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/spawn \/nonexistent\/node ENOENT/)
  })
})

/** Lines of a script that runs the library's corpus mode on `docs` with 2 workers. */
function corpusCall(docs: string, out: string): string {
  const library = pathToFileURL(path.resolve(import.meta.dirname, '../dist/index.js')).href
  return `const { generateCorpus } = await import(${JSON.stringify(library)})
const { index } = await generateCorpus({ docsDir: ${JSON.stringify(docs)}, outDir: ${JSON.stringify(out)}, jobs: 2, cacheDir: null })
console.log(index.articles.length)`
}

/** Run `script` as an ES module with `node -e`, as a library user might. */
async function libraryScript(script: string) {
  const run = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, NODE_DEBUG: 'mfa-residency-workers' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  run.stdout!.on('data', (chunk) => (stdout += chunk))
  run.stderr!.on('data', (chunk) => (stderr += chunk))
  // A run that hangs is killed, so that it fails the test and is not left behind.
  const timer = setTimeout(() => run.kill('SIGKILL'), 30_000)
  const code = await new Promise<number | null>((resolve) => run.on('close', resolve))
  clearTimeout(timer)
  return { code, stdout, stderr }
}

test('workers inherit the environment but the extra CA certificates', () => {
  expect(
    workerEnvironment({ NODE_EXTRA_CA_CERTS: '/etc/ca.pem', NODE_OPTIONS: '-r x', A: 'b' }),
  ).toEqual({ NODE_OPTIONS: '-r x', A: 'b' })
})

test('workers inherit Node flags but those that say what to run or take a port', () => {
  expect(
    inheritedNodeFlags([
      '--max-old-space-size=4096',
      '--input-type',
      'module',
      '-e',
      'code',
      '--inspect-brk=9229',
      '-r',
      'preload.js',
      '--print',
      'more code',
      '--test',
      '--cpu-prof',
      '-C',
      'development',
    ]),
  ).toEqual(['--max-old-space-size=4096', '-r', 'preload.js', '--cpu-prof', '-C', 'development'])
})

test('workers that fill the cores run on one thread each, without TurboFan inlining', () => {
  const youngGeneration = ['--min-semi-space-size=32', '--max-semi-space-size=64']
  expect(workerNodeFlags(2, 2)).toEqual([
    '--single-threaded',
    '--no-turbo-inlining',
    ...youngGeneration,
  ])
  expect(workerNodeFlags(2, 8)).toEqual(['--v8-pool-size=3', ...youngGeneration])
})
