import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import {
  ReplaceFilesError,
  removeAbandonedStaging,
  replaceFiles,
  replaceFolder,
  StagingFolder,
  writeFileAtomic,
} from '../src/index.js'

const folders: string[] = []
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})
async function scratch(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mfa-residency-write-'))
  folders.push(dir)
  return dir
}
/** Every file and folder under `dir`, relative, sorted; files with their bytes as text. */
async function tree(dir: string): Promise<[string, string][]> {
  const entries = (await readdir(dir, { recursive: true })).sort()
  return Promise.all(
    entries.map(async (entry): Promise<[string, string]> => {
      const file = path.join(dir, entry)
      return [entry, (await stat(file)).isDirectory() ? '(folder)' : await readFile(file, 'latin1')]
    }),
  )
}
/** What `run` throws; fails the test when it returns. */
function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected a throw')
}
// Bytes a text round trip would change: a byte order mark, CRLF, a lone continuation byte.
const awkward = Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x80, 0x62])
const notData = 42 as unknown as string

describe('writeFileAtomic', () => {
  test('torn writes are never visible: a reader sees the whole old file or the whole new one', async () => {
    const file = path.join(await scratch(), 'data.json')
    const size = 4 * 1024 * 1024
    const versions = ['a', 'b', 'c', 'd', 'e', 'f'].map((letter) => letter.repeat(size))
    await writeFile(file, versions[0]!)
    let writing = true
    let reads = 0
    const seen = new Set<string>()
    const reader = (async () => {
      while (writing) {
        const text = await readFile(file, 'latin1')
        expect(text.length).toBe(size)
        expect(text).toBe(text[0]!.repeat(size))
        seen.add(text[0]!)
        reads++
      }
    })()
    // The writes are synchronous: between them the event loop runs the reader's reads. Two reads
    // done after a write mean one began after it, however slow the machine: no fixed sleep.
    for (const version of versions.slice(1)) {
      writeFileAtomic(file, version)
      const after = reads
      // Racing the reader: a failed read ends the test now instead of leaving this loop waiting.
      while (reads < after + 2)
        await Promise.race([reader, new Promise((resolve) => setTimeout(resolve, 1))])
    }
    writing = false
    await reader
    expect(await readFile(file, 'latin1')).toBe(versions.at(-1))
    // The reader did overlap the writes: it saw every version written (the first read may begin
    // after the first write).
    for (const version of versions.slice(1)) expect(seen.has(version[0]!)).toBe(true)
    expect(await readdir(path.dirname(file))).toEqual(['data.json'])
  })

  test('a failed write leaves the old file as it was and no temporary beside it', async () => {
    const dir = await scratch()
    const file = path.join(dir, 'data.bin')
    await writeFile(file, awkward)
    expect(() => writeFileAtomic(file, notData)).toThrow(TypeError)
    expect(await readFile(file)).toEqual(awkward)
    await mkdir(path.join(dir, 'folder'))
    expect(() => writeFileAtomic(path.join(dir, 'folder'), 'x')).toThrow(/EISDIR/)
    expect(await tree(dir)).toEqual([
      ['data.bin', awkward.toString('latin1')],
      ['folder', '(folder)'],
    ])
  })
})

describe('replaceFiles', () => {
  test('writes every file, new or replaced, and touches none whose bytes are the same', async () => {
    const dir = await scratch()
    const [kept, replaced, added] = ['kept.md', 'replaced.md', 'added.md'].map((name) =>
      path.join(dir, name),
    ) as [string, string, string]
    await writeFile(kept, 'same\n')
    await writeFile(replaced, 'old\n')
    const keptBefore = await stat(kept)
    const changed = replaceFiles([
      { file: kept, data: 'same\n' },
      { file: replaced, data: 'new\n' },
      { file: added, data: awkward },
    ])
    expect(changed).toEqual([replaced, added])
    expect(await tree(dir)).toEqual([
      ['added.md', awkward.toString('latin1')],
      ['kept.md', 'same\n'],
      ['replaced.md', 'new\n'],
    ])
    const keptAfter = await stat(kept)
    expect([keptAfter.ino, keptAfter.mtimeMs]).toEqual([keptBefore.ino, keptBefore.mtimeMs])
  })

  test('restore on failure: a rename fails after others succeeded, and every file is put back', async () => {
    const dir = await scratch()
    await writeFile(path.join(dir, 'first.md'), awkward)
    await writeFile(path.join(dir, 'second.md'), 'second\n')
    // A folder where a file should go: its rename fails after the two before it succeeded.
    await mkdir(path.join(dir, 'blocked.html'))
    const before = await tree(dir)
    const error = thrown(() =>
      replaceFiles([
        { file: path.join(dir, 'first.md'), data: 'new first\n' },
        { file: path.join(dir, 'new.md'), data: 'brand new\n' },
        { file: path.join(dir, 'second.md'), data: 'new second\n' },
        { file: path.join(dir, 'blocked.html'), data: '<p>\n' },
      ]),
    )
    expect(error).toBeInstanceOf(ReplaceFilesError)
    expect((error as ReplaceFilesError).unrestored).toEqual([])
    expect(((error as Error).cause as NodeJS.ErrnoException).code).toBe('EISDIR')
    expect((error as Error).message).toBe(
      `${path.join(dir, 'blocked.html')}: cannot move into place: illegal operation on a directory (EISDIR)`,
    )
    // Byte for byte what was there, the new file gone, and no temporaries left.
    expect(await tree(dir)).toEqual(before)
  })

  test('a failure while writing the new versions changes nothing', async () => {
    const dir = await scratch()
    await writeFile(path.join(dir, 'a.md'), 'a\n')
    const before = await tree(dir)
    expect(
      thrown(() =>
        replaceFiles([
          { file: path.join(dir, 'a.md'), data: 'new a\n' },
          { file: path.join(dir, 'b.md'), data: notData },
        ]),
      ),
    ).toBeInstanceOf(ReplaceFilesError)
    expect(await tree(dir)).toEqual(before)
  })

  test('a missing folder fails the first write, and nothing is written', async () => {
    const dir = await scratch()
    const error = thrown(() =>
      replaceFiles([
        { file: path.join(dir, 'missing-folder', 'a.md'), data: 'a\n' },
        { file: path.join(dir, 'b.md'), data: 'b\n' },
      ]),
    )
    expect(((error as Error).cause as NodeJS.ErrnoException).code).toBe('ENOENT')
    expect(await tree(dir)).toEqual([])
  })
})

describe('staging folders', () => {
  test('files are staged in a folder named for this process, then moved in, then it goes', async () => {
    const dir = path.join(await scratch(), 'out')
    const staging = StagingFolder.create(dir)
    expect(path.dirname(staging.path)).toBe(dir)
    expect(path.basename(staging.path)).toMatch(new RegExp(`^\\.staging-${process.pid}-\\w{6}$`))
    staging.write('articles/a.json', '{"a":1}\n')
    staging.write('articles/b.json', awkward)
    staging.write('index.json', '[]\n')
    expect(await tree(staging.path)).toEqual([
      ['articles', '(folder)'],
      ['articles/a.json', '{"a":1}\n'],
      ['articles/b.json', awkward.toString('latin1')],
      ['index.json', '[]\n'],
    ])
    expect(existsSync(path.join(dir, 'articles'))).toBe(false)
    // Told after each rename: a caller can stop (or be killed) between any two.
    const moved: string[] = []
    await staging.moveInto(dir, ['articles/a.json', 'articles/b.json'], (file) => {
      moved.push(file)
      expect(existsSync(path.join(dir, file))).toBe(true)
    })
    expect(moved).toEqual(['articles/a.json', 'articles/b.json'])
    await staging.remove()
    expect(await tree(dir)).toEqual([
      ['articles', '(folder)'],
      ['articles/a.json', '{"a":1}\n'],
      ['articles/b.json', awkward.toString('latin1')],
    ])
  })

  test('cleanup: a killed run’s staging goes; a live run’s, other names and other files stay', async () => {
    const dir = await scratch()
    const entries = [
      '.staging-999999999-abc123',
      `.staging-${process.pid}-abc123`,
      '.staging-not-a-pid',
      'dist.staging-999999999-abc123',
      'dist.staging-999999999-abc123-retired',
      'articles',
    ]
    for (const entry of entries) await mkdir(path.join(dir, entry, 'inside'), { recursive: true })
    await writeFile(path.join(dir, 'index.json'), '{}\n')
    await removeAbandonedStaging(dir)
    expect((await readdir(dir)).sort()).toEqual([
      `.staging-${process.pid}-abc123`,
      'articles',
      'dist.staging-999999999-abc123',
      'dist.staging-999999999-abc123-retired',
      'index.json',
    ])
    await removeAbandonedStaging(dir, 'dist')
    expect((await readdir(dir)).sort()).toEqual([
      `.staging-${process.pid}-abc123`,
      'articles',
      'index.json',
    ])
    await expect(removeAbandonedStaging(path.join(dir, 'nothing-here'))).resolves.toBeUndefined()
  })
})

describe('replaceFolder', () => {
  test('the new folder replaces the old one whole; nothing is left beside it', async () => {
    const parent = await scratch()
    const site = path.join(parent, 'dist')
    await mkdir(path.join(site, 'en'), { recursive: true })
    await writeFile(path.join(site, 'en/old.html'), 'old')
    await mkdir(path.join(parent, 'dist.staging-999999999-abc123'))
    await replaceFolder(site, async (staging) => {
      // While the new one is built, the old one is still whole.
      expect(await tree(site)).toEqual([
        ['en', '(folder)'],
        ['en/old.html', 'old'],
      ])
      staging.write('en/index.html', '<p>new</p>')
      staging.write('assets/site.js', awkward)
    })
    expect(await tree(site)).toEqual([
      ['assets', '(folder)'],
      ['assets/site.js', awkward.toString('latin1')],
      ['en', '(folder)'],
      ['en/index.html', '<p>new</p>'],
    ])
    expect(await readdir(parent)).toEqual(['dist'])
  })

  test('a failed build leaves the old folder as it was and clears its staging', async () => {
    const parent = await scratch()
    const site = path.join(parent, 'dist')
    await mkdir(site)
    await writeFile(path.join(site, 'index.html'), 'old')
    await expect(
      replaceFolder(site, async (staging) => {
        staging.write('index.html', 'half')
        throw new Error('the bundler failed')
      }),
    ).rejects.toThrow('the bundler failed')
    expect(await tree(parent)).toEqual([
      ['dist', '(folder)'],
      ['dist/index.html', 'old'],
    ])
  })

  test('makes the folder when there was none', async () => {
    const parent = await scratch()
    await replaceFolder(path.join(parent, 'out'), async (staging) => {
      staging.write('a.txt', 'a')
    })
    expect(await tree(parent)).toEqual([
      ['out', '(folder)'],
      ['out/a.txt', 'a'],
    ])
  })
})
