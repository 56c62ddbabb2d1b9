import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { print } from '../src/print.js'
import { RunRecord } from '../src/run-record.js'

// The command prints with writeSync (src/print.ts), not through process.stdout: the text must
// arrive whole whatever the descriptor is, and the run record must still see every write.
const printModule = path.resolve(import.meta.dirname, '../dist/print.js')

/** Node running `script` (an ES module) with stdout and stderr piped; `pauseMs` before reading. */
function runScript(script: string, { pauseMs = 0, closeStdout = false } = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    if (closeStdout) child.stdout.destroy()
    else {
      child.stdout.pause()
      setTimeout(() => child.stdout.resume(), pauseMs)
      child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    }
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    )
  })
}

describe('print', () => {
  it('writes all of a long text to a full pipe its parent made non-blocking', async () => {
    // Asking for process.stdout opens the pipe in libuv, which makes it non-blocking: writeSync
    // then meets EAGAIN each time the 64 KiB pipe is full and the reader is paused.
    const line = `${'ü'.repeat(99)}\n`
    const script = `import { print } from ${JSON.stringify(printModule)}
      process.stdout
      for (let i = 0; i < 20; i++) print(1, ${JSON.stringify(line)}.repeat(1000))
      print(2, 'done\\n')`
    const run = await runScript(script, { pauseMs: 300 })
    expect(run).toMatchObject({ code: 0, stderr: 'done\n' })
    expect(run.stdout.length).toBe(line.length * 20_000)
    expect(run.stdout).toBe(line.repeat(20_000))
  })

  it('stops writing to a pipe whose reader has gone, and the run goes on', async () => {
    const script = `import { print } from ${JSON.stringify(printModule)}
      await new Promise((resolve) => setTimeout(resolve, 200))
      for (let i = 0; i < 1000; i++) print(1, 'line\\n')
      print(2, 'the work goes on\\n')`
    const run = await runScript(script, { closeStdout: true })
    expect(run).toMatchObject({ code: 0, stderr: 'the work goes on\n' })
  })
})

describe('the run record', () => {
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'print-record-'))
  })
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  it('records what is printed both ways, in order, and gives the streams back', async () => {
    const before = ['stdout', 'stderr'].map((name) =>
      Object.getOwnPropertyDescriptor(process, name),
    )
    const record = new RunRecord()
    print(1, '')
    process.stderr.write('')
    print(2, '')
    process.stdout.write(new Uint8Array())
    const stamp = path.join(folder, 'stamp.json')
    record.save(stamp, [], 0)
    print(1, '')
    const { output } = JSON.parse(await readFile(stamp, 'utf8'))
    expect(output).toEqual([
      { fd: 1, text: '' },
      { fd: 2, text: '' },
      { fd: 2, text: '' },
      { fd: 1, text: '' },
    ])
    expect(
      ['stdout', 'stderr'].map((name) => Object.getOwnPropertyDescriptor(process, name)),
    ).toEqual(before)
  })
})
