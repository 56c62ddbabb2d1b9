import { expect, test } from 'vitest'
import { useColor } from '../src/index.js'

const tty = { isTTY: true }
const pipe = { isTTY: false }

test('a terminal is coloured, a pipe or file is not', () => {
  expect(useColor({ env: {}, stream: tty })).toBe(true)
  expect(useColor({ env: {}, stream: pipe })).toBe(false)
  expect(useColor({ env: {}, stream: {} })).toBe(false)
})

test('NO_COLOR turns colour off, even on a terminal and with FORCE_COLOR; empty counts as unset', () => {
  expect(useColor({ env: { NO_COLOR: '1' }, stream: tty })).toBe(false)
  expect(useColor({ env: { NO_COLOR: '1', FORCE_COLOR: '1' }, stream: tty })).toBe(false)
  expect(useColor({ env: { NO_COLOR: '' }, stream: tty })).toBe(true)
  expect(useColor({ env: { NO_COLOR: '', FORCE_COLOR: '1' }, stream: pipe })).toBe(true)
})

test('FORCE_COLOR turns colour on in a pipe, except 0 and false', () => {
  for (const value of ['1', '2', '3', 'true', ''])
    expect(useColor({ env: { FORCE_COLOR: value }, stream: pipe })).toBe(true)
  for (const value of ['0', 'false'])
    expect(useColor({ env: { FORCE_COLOR: value }, stream: tty })).toBe(false)
})

test('--color and --no-color win over the environment and the terminal', () => {
  expect(useColor({ flag: false, env: { FORCE_COLOR: '1' }, stream: tty })).toBe(false)
  expect(useColor({ flag: true, env: { NO_COLOR: '1' }, stream: pipe })).toBe(true)
  expect(useColor({ flag: undefined, env: { NO_COLOR: '1' }, stream: tty })).toBe(false)
})

test('by default it reads process.env and process.stdout', () => {
  const expected = useColor({ env: process.env, stream: process.stdout })
  expect(useColor()).toBe(expected)
})
