import { existsSync, writeFileSync } from 'node:fs'
import { mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { replaceFiles, StagingFolder, writeFileAtomic } from '../src/index.js'
import { writeError } from '../src/write-safely.js'

// A full disk on cue: the writes themselves fail as Node's would, with no path in the message.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>()
  return { ...actual, writeFileSync: vi.fn(actual.writeFileSync) }
})

const folders: string[] = []
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})
async function scratch(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mfa-residency-full-'))
  folders.push(dir)
  return dir
}

/** What Node throws when write(2) finds the disk full. */
function diskFull(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), {
    code: 'ENOSPC',
    errno: -28,
    syscall: 'write',
  })
}

/** Make the next write fail as a full disk does. */
function fillTheDisk(): void {
  vi.mocked(writeFileSync).mockImplementationOnce(() => {
    throw diskFull()
  })
}

describe('out of space: every error names the file being written', () => {
  test('writeError names the file, keeps the code and the cause, and passes on bugs as they are', () => {
    const cause = diskFull()
    const named = writeError('/out/articles/a.json', 'write', cause) as NodeJS.ErrnoException
    expect(named.message).toBe(
      '/out/articles/a.json: cannot write: no space left on device (ENOSPC)',
    )
    expect([named.code, named.path, named.cause]).toEqual(['ENOSPC', '/out/articles/a.json', cause])
    const opened = Object.assign(new Error("EACCES: permission denied, open '/out/a.json'"), {
      code: 'EACCES',
    })
    expect((writeError('/out/a.json', 'write', opened) as Error).message).toBe(
      '/out/a.json: cannot write: permission denied (EACCES)',
    )
    // Named once, however many layers pass it on.
    expect(writeError('/out/articles/a.json', 'write', named)).toBe(named)
    const bug = new TypeError('The "data" argument must be a string')
    expect(writeError('/out/a.json', 'write', bug)).toBe(bug)
  })

  test.skipIf(!existsSync('/dev/full'))(
    'StagingFolder.write on a real full device (/dev/full) names the staged file',
    async () => {
      const staging = StagingFolder.create(await scratch())
      // The staged name leads to /dev/full, where every write(2) fails with ENOSPC.
      await symlink('/dev/full', path.join(staging.path, 'a.json'))
      const target = path.join(staging.path, 'a.json')
      expect(() => staging.write('a.json', '{}\n')).toThrow(
        `${target}: cannot write: no space left on device (ENOSPC)`,
      )
    },
  )

  test('StagingFolder.write names the staged file when the disk fills mid-run', async () => {
    const staging = StagingFolder.create(await scratch())
    staging.write('articles/a.json', '{}\n')
    fillTheDisk()
    let caught: NodeJS.ErrnoException | undefined
    try {
      staging.write('articles/b.json', '{}\n')
    } catch (error) {
      caught = error as NodeJS.ErrnoException
    }
    const target = path.join(staging.path, 'articles', 'b.json')
    expect(caught?.message).toBe(`${target}: cannot write: no space left on device (ENOSPC)`)
    expect(caught?.code).toBe('ENOSPC')
  })

  test('writeFileAtomic names the file it replaces, not its temporary, and leaves no temporary', async () => {
    const dir = await scratch()
    const file = path.join(dir, 'index.json')
    await writeFile(file, 'old\n')
    fillTheDisk()
    expect(() => writeFileAtomic(file, 'new\n')).toThrow(
      `${file}: cannot write: no space left on device (ENOSPC)`,
    )
    expect(await readdir(dir)).toEqual(['index.json'])
  })

  test('replaceFiles names the file whose new version did not fit', async () => {
    const dir = await scratch()
    const [a, b] = [path.join(dir, 'a.md'), path.join(dir, 'b.md')]
    // a's new version fits; b's does not.
    const real = vi.mocked(writeFileSync).getMockImplementation()!
    vi.mocked(writeFileSync).mockImplementationOnce(real)
    fillTheDisk()
    expect(() =>
      replaceFiles([
        { file: a, data: 'a\n' },
        { file: b, data: 'b\n' },
      ]),
    ).toThrow(`${b}: cannot write: no space left on device (ENOSPC)`)
    expect(await readdir(dir)).toEqual([])
  })
})
