import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { resolveInside } from '../src/index.js'

let root: string
let docs: string
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'resolve-inside-'))
  docs = path.join(root, 'docs')
  await mkdir(path.join(docs, 'en'), { recursive: true })
  await mkdir(path.join(root, 'elsewhere'))
  await writeFile(path.join(root, 'elsewhere/secret.md'), 'x')
  await symlink(path.join(root, 'elsewhere'), path.join(docs, 'out'))
  await symlink(path.join(root, 'elsewhere/secret.md'), path.join(docs, 'en/link.md'))
  await symlink(path.join(docs, 'en'), path.join(docs, 'also-en'))
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe('resolveInside', () => {
  test('a path inside the folder resolves, whether or not the file exists yet', async () => {
    expect(await resolveInside(docs, 'docs/en/a.md', root)).toEqual({
      path: path.join(docs, 'en/a.md'),
    })
    expect(await resolveInside(docs, 'new/folder/a.md')).toEqual({
      path: path.join(docs, 'new/folder/a.md'),
    })
    expect(await resolveInside(docs, '..a.md')).toEqual({ path: path.join(docs, '..a.md') })
  })

  test('a symlink that stays inside is followed', async () => {
    expect(await resolveInside(docs, 'also-en/a.md')).toEqual({
      path: path.join(docs, 'also-en/a.md'),
    })
  })

  test.each([
    ['', 'an empty path'],
    ['/etc/passwd', 'an absolute path'],
    ['C:\\docs\\a.md', 'an absolute path'],
    ['en\\..\\..\\a.md', 'a path with a backslash or NUL in it'],
    ['en/a.md\0', 'a path with a backslash or NUL in it'],
    ['../pwned.md', 'a path with a ".." segment'],
    ['en/../a.md', 'a path with a ".." segment'],
    ['.', 'a path outside it'],
  ])('%j is refused: %s', async (relative, problem) => {
    expect(await resolveInside(docs, relative)).toEqual({ problem })
  })

  test('a path relative to the base that is not under the folder is refused', async () => {
    expect(await resolveInside(docs, 'README.md', root)).toEqual({ problem: 'a path outside it' })
    expect(await resolveInside(docs, 'docs', root)).toEqual({ problem: 'a path outside it' })
  })

  test('a symlinked folder or file leading out is refused, naming where it leads', async () => {
    expect(await resolveInside(docs, 'out/pwned.md')).toEqual({
      problem: `a path that a symlink leads out of it, to ${path.join(root, 'elsewhere/pwned.md')}`,
    })
    expect(await resolveInside(docs, 'en/link.md')).toEqual({
      problem: `a path that a symlink leads out of it, to ${path.join(root, 'elsewhere/secret.md')}`,
    })
  })
})
