import { promises, renameSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, expect, test, vi } from 'vitest'
import { ReplaceFilesError, replaceFiles, replaceFolder } from '../src/index.js'

// Putting back can fail too (a full disk, a folder removed meanwhile): only a mocked rename makes
// that happen on cue. write-safely.ts renames files with renameSync, replace-folder.ts folders through
// `fs.promises`, the object `rename` spies on.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>()
  return { ...actual, renameSync: vi.fn(actual.renameSync) }
})
const real = promises.rename
const rename = vi.spyOn(promises, 'rename')

const folders: string[] = []
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

test('a file that cannot be put back is named in the error, and the others are restored', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mfa-residency-restore-'))
  folders.push(dir)
  const [a, b, c] = ['a.md', 'b.md', 'c.md'].map((name) => path.join(dir, name)) as [
    string,
    string,
    string,
  ]
  await writeFile(a, 'old a\n')
  await writeFile(b, 'old b\n')
  await mkdir(c)
  // Renames in order: a and b into place, c fails (a folder), then the restores: b's fails.
  const realSync = vi.mocked(renameSync).getMockImplementation()!
  let calls = 0
  vi.mocked(renameSync).mockImplementation((from, to) => {
    calls++
    if (calls === 4) throw Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' })
    realSync(from, to)
  })
  let error: unknown
  try {
    replaceFiles([
      { file: a, data: 'new a\n' },
      { file: b, data: 'new b\n' },
      { file: c, data: 'new c\n' },
    ])
  } catch (caught) {
    error = caught
  }
  vi.mocked(renameSync).mockImplementation(realSync)
  expect(error).toBeInstanceOf(ReplaceFilesError)
  expect((error as ReplaceFilesError).unrestored).toEqual([b])
  expect((error as Error).message).toBe(
    `${c}: cannot move into place: illegal operation on a directory (EISDIR); could not put back ${b}`,
  )
  expect(await readFile(a, 'utf8')).toBe('old a\n')
  expect(await readFile(b, 'utf8')).toBe('new b\n')
})

test('a folder that can be neither replaced nor put back is kept beside it, and named', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'mfa-residency-folder-'))
  folders.push(dir)
  const site = path.join(dir, 'dist')
  await mkdir(site)
  await writeFile(path.join(site, 'index.html'), 'old\n')
  // Renames in order: the old folder aside, the new one into place (fails), the old one back (fails).
  let calls = 0
  rename.mockImplementation(async (from, to) => {
    calls++
    if (calls >= 2) throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })
    return real(from, to)
  })
  const error = await replaceFolder(site, async (staging) => {
    await staging.write('index.html', 'new\n')
  }).catch((caught: Error) => caught)
  rename.mockImplementation(real)
  expect(error).toBeInstanceOf(Error)
  const kept = /the old folder is at (.+)$/.exec((error as Error).message)?.[1]
  expect(kept).toBeDefined()
  expect(await readFile(path.join(kept!, 'index.html'), 'utf8')).toBe('old\n')
})
