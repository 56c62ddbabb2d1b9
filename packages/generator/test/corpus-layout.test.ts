import { existsSync, writeFileSync } from 'node:fs'
import { cp, mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readManifest } from '@mfa-residency/repository'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { generateCorpus } from '../src/generate-corpus.js'
import { vocabularyOf } from '../src/vocabulary/read-vocabulary.js'
import { copyDocs, runCli } from './repo.js'

// A full disk on cue for the one in-process test; every other call goes to the real function.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>()
  return { ...actual, writeFileSync: vi.fn(actual.writeFileSync) }
})

const roots: string[] = []
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })))
})

const article = 'concept-mfa-data-residency'

/** docs-source/ to lay out, and the corpus CLI over it. */
async function corpus() {
  const root = await copyDocs()
  roots.push(root)
  const docs = path.join(root, 'docs-source')
  const out = path.join(root, 'out')
  const generate = () => runCli(['--docs', docs, '--out-dir', out, '--no-cache', '--jobs', '1'])
  return { root, docs, out, generate }
}

async function readIndex(out: string) {
  return JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8')) as {
    articles: { id: string; file: string; locales: string[] }[]
  }
}

const refused = 'error: bad input, nothing was written\n'

describe('symbolic links: followed within the docs folder, refused outside it, never skipped', () => {
  test('a locale folder linked within the docs folder is read as that locale', async () => {
    const { docs, out, generate } = await corpus()
    await symlink('sv', path.join(docs, 'sv-se'))
    expect(await generate()).toMatchObject({ code: 0, stderr: '' })
    const { articles } = await readIndex(out)
    expect(articles.map(({ locales }) => locales)).toEqual([['en', 'sv', 'sv-se']])
    const dataset = JSON.parse(await readFile(path.join(out, articles[0]!.file), 'utf8'))
    expect(dataset.sources['sv-se'].path).toBe(`docs-source/sv-se/${article}.txt`)
  })

  test('a locale folder linked from outside is refused, naming the link and its target', async () => {
    const { root, docs, out, generate } = await corpus()
    const elsewhere = path.join(root, 'elsewhere', 'sv')
    await mkdir(path.dirname(elsewhere))
    await rename(path.join(docs, 'sv'), elsewhere)
    await symlink(elsewhere, path.join(docs, 'sv'))
    expect(await generate()).toEqual({
      code: 1,
      stdout: '',
      stderr: `${refused}docs-source/sv: a symbolic link to ${elsewhere}, outside the docs folder: links are followed only within it\n`,
    })
    expect(existsSync(out)).toBe(false)
  })

  test('a document linked within the docs folder is read; one from outside is refused', async () => {
    const { root, docs, out, generate } = await corpus()
    await symlink(`${article}.md`, path.join(docs, 'en', 'linked.md'))
    expect(await generate()).toMatchObject({ code: 0, stderr: '' })
    const { articles } = await readIndex(out)
    expect(articles.map(({ id, locales }) => [id, locales])).toEqual([
      [article, ['en', 'sv']],
      ['linked', ['en']],
    ])

    const outside = path.join(root, 'outside.md')
    await cp(path.join(docs, 'en', `${article}.md`), outside)
    await symlink(outside, path.join(docs, 'en', 'outside.md'))
    await symlink('nowhere.md', path.join(docs, 'en', 'dangling.md'))
    expect(await generate()).toMatchObject({
      code: 1,
      stderr:
        `${refused}docs-source/en/dangling.md: a symbolic link to nowhere.md, which does not exist\n` +
        `docs-source/en/outside.md: a symbolic link to ${outside}, outside the docs folder: links are followed only within it\n`,
    })
  })
})

describe('long names and full disks: the error names the file', () => {
  test('an article name too long for its output file is an error naming the document', async () => {
    const { docs, out, generate } = await corpus()
    const long = 'a'.repeat(251)
    await cp(path.join(docs, 'en', `${article}.md`), path.join(docs, 'en', `${long}.md`))
    const run = await generate()
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `${refused}docs-source/en/${long}.md: the article name is 251 characters long, at most 241: its output file articles/<name>.<hash>.json must fit a 255-byte file name\n`,
    })
    expect(run.stderr).not.toContain('ENAMETOOLONG')

    // The longest name allowed is written: a 255-byte file name.
    await rename(
      path.join(docs, 'en', `${long}.md`),
      path.join(docs, 'en', `${'a'.repeat(241)}.md`),
    )
    expect(await generate()).toMatchObject({ code: 0, stderr: '' })
    const names = await readdir(path.join(out, 'articles'))
    expect(names.map((name) => name.length).sort()).toEqual([255, article.length + 14])
  })

  test('a full disk while staging names the file being written, and the output stays as it was', async () => {
    const { root, docs, out, generate } = await corpus()
    const english = path.join(docs, 'en', 'copy.md')
    await cp(path.join(docs, 'en', `${article}.md`), english)
    expect((await generate()).code).toBe(0)
    const before = await readFile(path.join(out, 'index.json'), 'utf8')
    await writeFile(english, (await readFile(english, 'utf8')).replace('| China ', '| Hong Kong '))
    // The first write of this run, into the staging folder: the new version of copy.
    vi.mocked(writeFileSync).mockImplementationOnce(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
        code: 'ENOSPC',
        syscall: 'write',
      })
    })
    // As the command runs it, with the docs' vocabulary: only copy has a new version to write.
    const vocabulary = vocabularyOf(root, await readManifest(root))
    const error = await generateCorpus({ docsDir: docs, outDir: out, cacheDir: null, vocabulary })
      .then(() => null)
      .catch((caught: Error) => caught)
    expect((error as Error).message).toMatch(
      new RegExp(
        `^${out.replaceAll('/', '\\/')}\\/\\.staging-${process.pid}-\\w+\\/articles\\/copy\\.[0-9a-f]{8}\\.json: cannot write: no space left on device \\(ENOSPC\\)$`,
      ),
    )
    expect(await readFile(path.join(out, 'index.json'), 'utf8')).toBe(before)
    expect((await readdir(out)).sort()).toEqual(['articles', 'index.json'])
  })
})
