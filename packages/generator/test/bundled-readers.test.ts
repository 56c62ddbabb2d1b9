import { execFile } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { discoverArticles, extractArticle } from '../src/index.js'
import { englishPath, repoRoot } from './repo.js'

// The built command loads each format's reader on first use (src/document-readers.ts), inside one
// bundled script, in this process or in worker processes. A Learn page saved as HTML must read there
// exactly as the library, which loads every reader up front, reads it.
const cli = path.resolve(import.meta.dirname, '../dist/bin/mfa-residency-generate.js')
const page = path.resolve(import.meta.dirname, '../../parser/test/fixtures/learn-sv-se.html')
const articles = 9

let root: string
const docs = () => path.join(root, 'docs')

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'mfa-residency-readers-'))
  await mkdir(path.join(docs(), 'en'), { recursive: true })
  await mkdir(path.join(docs(), 'sv'), { recursive: true })
  // Enough articles for two workers (at least four each), and the English markdown in each.
  for (let n = 1; n <= articles; n++) {
    await copyFile(path.join(repoRoot, englishPath), path.join(docs(), 'en', `page-${n}.md`))
    await copyFile(page, path.join(docs(), 'sv', `page-${n}.html`))
  }
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

it.each([1, 2])(
  'reads markdown and saved Learn pages with %i thread(s) as the library does',
  async (jobs) => {
    const out = path.join(root, `out-${jobs}`)
    const args = [cli, '--docs', docs(), '--out-dir', out, '--no-cache', '--jobs', String(jobs)]
    const { stdout } = await promisify(execFile)(process.execPath, args)
    expect(stdout).toMatch(new RegExp(`: written \\(${articles} articles, ${articles} parsed`))
    const index = JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8')) as {
      articles: { id: string; file: string; locales: string[] }[]
    }
    const found = await discoverArticles(docs(), root, 'en')
    expect(index.articles.map(({ id }) => id)).toEqual(found.map(({ id }) => id))
    for (const article of found) {
      const entry = index.articles.find(({ id }) => id === article.id)!
      expect(entry.locales).toEqual(['en', 'sv'])
      const written = await readFile(path.join(out, entry.file), 'utf8')
      expect(written).toContain('"format": "learn-html"')
      expect(written).toBe((await extractArticle(article, root, 'en')).text)
    }
  },
)
