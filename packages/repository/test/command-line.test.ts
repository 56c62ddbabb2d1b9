import { afterEach, expect, test, vi } from 'vitest'
import { parseCommandLine, sha256 } from '../src/index.js'

const usage = 'Usage: tool [--check] [--out <file>]'
const options = { check: { type: 'boolean' }, out: { type: 'string' } } as const

afterEach(() => {
  vi.restoreAllMocks()
})

test('parseCommandLine returns the values of a good command line', () => {
  expect(parseCommandLine(['--check', '--out', 'x.json'], options, usage)).toEqual({
    values: { check: true, out: 'x.json' },
  })
})

test('parseCommandLine: a bad option prints the reason and usage and stops with 2', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  expect(parseCommandLine(['--frobnicate'], options, usage)).toEqual({ exit: 2 })
  expect(error).toHaveBeenCalledOnce()
  expect(error.mock.calls[0]![0]).toMatch(/^Unknown option '--frobnicate'.*\n\nUsage: tool /s)
})

test('parseCommandLine: --help and -h print usage and stop with 0', () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {})
  expect(parseCommandLine(['--help'], options, usage)).toEqual({ exit: 0 })
  expect(parseCommandLine(['-h', '--check'], options, usage)).toEqual({ exit: 0 })
  expect(log.mock.calls).toEqual([[usage], [usage]])
})

test('sha256 is the hex digest of the UTF-8 bytes', () => {
  const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
  expect(sha256('abc')).toBe(abc)
  expect(sha256(new TextEncoder().encode('abc'))).toBe(abc)
  expect(sha256('å')).toBe(sha256(Uint8Array.of(0xc3, 0xa5)))
})
