import { spawn } from 'node:child_process'
import { EventEmitter, once } from 'node:events'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, expect, test, vi } from 'vitest'
import { exitOnClosedPipe } from '../src/index.js'

// The built module, as a command imports it.
const dist = pathToFileURL(path.resolve(import.meta.dirname, '../dist/index.js')).href

afterEach(() => {
  vi.restoreAllMocks()
  process.exitCode = undefined
})

const errno = (code: string) => Object.assign(new Error(code), { code })

test('EPIPE ends the process with the exit code set so far, 0 when none', () => {
  const exit = vi.spyOn(process, 'exit').mockImplementation((() => {}) as never)
  const stream = new EventEmitter() as unknown as NodeJS.WritableStream
  exitOnClosedPipe(stream)
  stream.emit('error', errno('EPIPE'))
  process.exitCode = 3
  stream.emit('error', errno('EPIPE'))
  expect(exit.mock.calls).toEqual([[0], [3]])
})

test('any other stream error is thrown, not swallowed', () => {
  const exit = vi.spyOn(process, 'exit').mockImplementation((() => {}) as never)
  const stream = new EventEmitter() as unknown as NodeJS.WritableStream
  exitOnClosedPipe(stream)
  expect(() => stream.emit('error', errno('ENOSPC'))).toThrow('ENOSPC')
  expect(exit).not.toHaveBeenCalled()
})

/** Run `script` with its stdout read up to the first chunk and then closed, as `| head -1` does. */
async function closedAfterFirstChunk(script: string) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', script])
  let first = ''
  let stderr = ''
  child.stdout.once('data', (chunk: Buffer) => {
    first = chunk.toString()
    child.stdout.destroy()
  })
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const [code] = (await once(child, 'close')) as [number]
  return { code, first, stderr }
}

const writeForever = [
  "const line = 'x'.repeat(1000) + '\\n'",
  "const write = () => { while (process.stdout.write(line)); process.stdout.once('drain', write) }",
  'write()',
]

test('a real closed pipe: the writer stops with exit 0 and nothing on stderr', async () => {
  const script = [
    `import { exitOnClosedPipe } from ${JSON.stringify(dist)}`,
    'exitOnClosedPipe()',
    ...writeForever,
  ].join('\n')
  const { code, first, stderr } = await closedAfterFirstChunk(script)
  expect(first.startsWith('x'.repeat(1000))).toBe(true)
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
})

test('without it, the same writer dies of EPIPE with a stack trace', async () => {
  const { code, stderr } = await closedAfterFirstChunk(writeForever.join('\n'))
  expect(code).toBe(1)
  expect(stderr).toContain('EPIPE')
})
