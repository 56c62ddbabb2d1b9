import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readGfm } from '@mfa-residency/parser'
import { afterEach, describe, expect, test } from 'vitest'
import { committedDataset, copyDocs, runCli } from './repo.js'
import { corpusDir } from './seeds.js'

const roots: string[] = []
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })))
})

const article = 'concept-mfa-data-residency'

/** docs-source/ with the seed article copied under `count` names in all, and the corpus CLI. */
async function corpus(count = 1) {
  const root = await copyDocs()
  roots.push(root)
  const docs = path.join(root, 'docs-source')
  for (let index = 1; index < count; index++) {
    await cp(path.join(docs, 'en', `${article}.md`), path.join(docs, 'en', `copy-${index}.md`))
    await cp(path.join(docs, 'sv', `${article}.txt`), path.join(docs, 'sv', `copy-${index}.txt`))
  }
  const out = path.join(root, 'out')
  const generate = (...args: string[]) =>
    runCli(['--docs', docs, '--out-dir', out, '--cache-dir', path.join(root, 'cache'), ...args])
  return { root, docs, out, generate }
}

/** The index, and the file it names for each article (relative to the output folder), by id. */
async function readIndex(out: string) {
  const index = JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8'))
  const files: Record<string, string> = Object.fromEntries(
    index.articles.map((entry: { id: string; file: string }) => [entry.id, entry.file]),
  )
  return { index, files }
}

/** Every output file's text, by path relative to the output folder. */
async function snapshot(out: string): Promise<Record<string, string>> {
  const files = (await readdir(out, { recursive: true })).map(String).sort()
  const entries = await Promise.all(
    files
      .filter((file) => file.endsWith('.json'))
      .map(async (file) => [file, await readFile(path.join(out, file), 'utf8')] as const),
  )
  return Object.fromEntries(entries)
}

describe('mfa-residency-generate --docs: one file per article and an index', () => {
  test.skipIf(!corpusDir)(
    'the last output is the memory: an English update keeps the Swedish, as pnpm generate does',
    async () => {
      const { docs, out, generate } = await corpus()
      expect((await generate()).code).toBe(0)
      await cp(
        path.join(corpusDir!, 'en-history/2025-06-06_14d4dbf.md'),
        path.join(docs, 'en', `${article}.md`),
      )
      expect(await generate()).toMatchObject({ code: 0, stderr: '' })
      const { files } = await readIndex(out)
      const written = await readFile(path.join(out, files[article]!), 'utf8')
      const golden = path.join(import.meta.dirname, '__golden__/update-2025-06-06.json')
      expect(written).toBe(await readFile(golden, 'utf8'))
    },
  )

  test('the seed article comes out byte for byte as the committed dataset', async () => {
    const { out, generate } = await corpus()
    const run = await generate()
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toMatch(/written \(1 article, 1 parsed, 0 unchanged since the last run/)
    const committed = await readFile(committedDataset, 'utf8')
    const { index } = await readIndex(out)
    // Named by its content: the first 8 hex digits of the sha256 the index records.
    const hash = createHash('sha256').update(committed).digest('hex')
    expect(await readdir(path.join(out, 'articles'))).toEqual([
      `${article}.${hash.slice(0, 8)}.json`,
    ])
    expect(await readFile(path.join(out, index.articles[0].file), 'utf8')).toBe(committed)
    expect(index).toMatchObject({
      schemaVersion: 1,
      sourceLocale: 'en',
      articles: [
        {
          id: article,
          file: `articles/${article}.${hash.slice(0, 8)}.json`,
          sha256: hash,
          title: 'Data residency and customer data for Microsoft Entra multifactor authentication',
          locales: ['en', 'sv'],
          counts: { tables: 5, lists: 4, notes: 2, translationGaps: 0 },
        },
      ],
    })
  })

  test('workers and a single thread write the same bytes, and a rerun parses nothing', async () => {
    const { out, generate } = await corpus(10)
    expect((await generate('--jobs', '1', '--no-cache')).code).toBe(0)
    const single = await snapshot(out)
    expect(Object.keys(single)).toHaveLength(11)
    await rm(out, { recursive: true })

    const parallel = await generate('--jobs', '2')
    expect(parallel.stdout).toMatch(/10 articles, 10 parsed, 0 unchanged/)
    // The first 20 changed files by name, then a count.
    expect(parallel.stdout.split('\n').slice(1, -1)).toHaveLength(11)
    expect(await snapshot(out)).toEqual(single)

    const rerun = await generate('--jobs', '2')
    expect(rerun.stdout).toMatch(/: unchanged \(10 articles, 0 parsed, 10 unchanged/)
    expect(await snapshot(out)).toEqual(single)
  })

  test('after one document changes, only its article is parsed and written', async () => {
    const { docs, out, generate } = await corpus(6)
    expect((await generate()).code).toBe(0)
    const before = await snapshot(out)
    const english = path.join(docs, 'en', 'copy-3.md')
    await writeFile(english, (await readFile(english, 'utf8')).replace('| China ', '| Hong Kong '))

    const old = (await readIndex(out)).files['copy-3']!
    const run = await generate()
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/6 articles, 1 parsed, 5 unchanged/)
    const { files } = await readIndex(out)
    // The new version under a new name, the index, and the old version gone.
    expect(run.stdout.split('\n').slice(1)).toEqual([
      `  ${files['copy-3']}`,
      '  index.json',
      `  ${old} (removed)`,
      '',
    ])
    const after = await snapshot(out)
    expect(after[files['copy-3']!]).toContain('"Hong Kong"')
    const { [files['copy-3']!]: _new, 'index.json': _index, ...unchanged } = after
    const { [old]: _old, 'index.json': _oldIndex, ...kept } = before
    expect(unchanged).toEqual(kept)
  })

  test('a cache made by other code (another fingerprint) is not used', async () => {
    const { root, generate } = await corpus(2)
    expect((await generate()).code).toBe(0)
    const [name] = await readdir(path.join(root, 'cache'))
    const file = path.join(root, 'cache', name!)
    const cache = JSON.parse(await readFile(file, 'utf8'))
    await writeFile(file, JSON.stringify({ ...cache, fingerprint: 'an older parser' }))
    expect((await generate()).stdout).toMatch(/: unchanged \(2 articles, 2 parsed, 0 unchanged/)
    expect((await generate()).stdout).toMatch(/: unchanged \(2 articles, 0 parsed, 2 unchanged/)
  })

  test('an output file edited by hand is not trusted: it is parsed and written again', async () => {
    const { out, generate } = await corpus(2)
    expect((await generate()).code).toBe(0)
    const file = path.join(out, (await readIndex(out)).files['copy-1']!)
    const good = await readFile(file, 'utf8')
    await writeFile(file, good.replace('"China"', '"Atlantis"'))
    const run = await generate()
    expect(run.stdout).toMatch(/2 articles, 1 parsed, 1 unchanged/)
    expect(await readFile(file, 'utf8')).toBe(good)
  })

  test('an article whose documents are gone loses its file', async () => {
    const { docs, out, generate } = await corpus(3)
    expect((await generate()).code).toBe(0)
    const gone = (await readIndex(out)).files['copy-2']!
    await rm(path.join(docs, 'en', 'copy-2.md'))
    await rm(path.join(docs, 'sv', 'copy-2.txt'))
    const run = await generate()
    expect(run.stdout).toContain(`  ${gone} (removed)\n`)
    expect(existsSync(path.join(out, gone))).toBe(false)
    const { index } = await readIndex(out)
    expect(index.articles.map((entry: { id: string }) => entry.id)).toEqual([article, 'copy-1'])
  })

  test('--check writes nothing and exits 1 while the output is stale', async () => {
    const { docs, out, generate } = await corpus(2)
    const missing = await generate('--check')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(
      /is stale .*\n {2}articles\/concept-mfa-data-residency\.[0-9a-f]{8}\.json\n/,
    )
    expect(existsSync(out)).toBe(false)

    expect((await generate()).code).toBe(0)
    expect((await generate('--check')).code).toBe(0)
    await rename(path.join(docs, 'sv', 'copy-1.txt'), path.join(docs, 'sv', 'copy-1.txt.bak'))
    await rm(path.join(docs, 'sv', 'copy-1.txt.bak'))
    const old = (await readIndex(out)).files['copy-1']!
    const stale = await generate('--check')
    expect(stale.code).toBe(1)
    expect(stale.stderr).toMatch(
      new RegExp(
        `\n {2}articles/copy-1\\.[0-9a-f]{8}\\.json\n {2}index\\.json\n {2}${old} \\(removed\\)\n$`,
      ),
    )
    expect(stale.stderr).not.toContain(`  ${old}\n`)
  })
})

describe('mfa-residency-generate --docs on bad input: every problem named, nothing written', () => {
  test('one bad article among many fails the run and leaves the last output as it was', async () => {
    const { docs, out, generate } = await corpus(9)
    expect((await generate('--jobs', '2')).code).toBe(0)
    const before = await snapshot(out)
    await writeFile(path.join(docs, 'en', 'copy-4.md'), '')
    await writeFile(path.join(docs, 'sv', 'copy-7.txt'), Buffer.from([0x50, 0x4b, 0, 0]))

    // --no-cache: all nine are parsed again, in two worker processes.
    const run = await generate('--jobs', '2', '--no-cache')
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      'error: bad input, nothing was written\n2 of 9 articles have bad input:\n' +
        'docs-source/en/copy-4.md:1: empty document: expected a title and content\n' +
        'docs-source/sv/copy-7.txt:1: NUL byte: expected a text document, not binary data\n',
    )
    expect(await snapshot(out)).toEqual(before)
    expect((await readdir(out)).filter((name) => name.startsWith('.'))).toEqual([])
  })

  test('files that do not fit <locale>/<article>.<ext> are errors, not skipped', async () => {
    const { docs, out, generate } = await corpus()
    await writeFile(path.join(docs, 'en', 'notes.docx'), 'x')
    await mkdir(path.join(docs, 'Drafts'))
    await cp(path.join(docs, 'sv', `${article}.txt`), path.join(docs, 'sv', 'only-swedish.txt'))
    const run = await generate()
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      'error: bad input, nothing was written\n' +
        'docs-source/Drafts: expected a locale folder such as en or sv-se\n' +
        'docs-source/en/notes.docx: expected a document named <article>.md, .txt or .html\n' +
        'docs-source/sv/only-swedish.txt: no en document for the article "only-swedish" (expected docs-source/en/only-swedish.md)\n',
    )
    expect(existsSync(out)).toBe(false)
  })

  test('staging left by a killed run is cleared; a live run and --check keep theirs', async () => {
    const { out, generate } = await corpus()
    const abandoned = path.join(out, '.staging-999999999-abc')
    const live = path.join(out, `.staging-${process.pid}-abc`)
    await mkdir(abandoned, { recursive: true })
    await mkdir(live)
    expect((await generate('--check')).code).toBe(1)
    expect(await readdir(out)).toEqual([`.staging-${process.pid}-abc`, '.staging-999999999-abc'])
    expect((await generate()).code).toBe(0)
    expect(await readdir(out)).toEqual([`.staging-${process.pid}-abc`, 'articles', 'index.json'])
  })

  test('a failed first run leaves no output folder, not even an empty one', async () => {
    const { docs, out, generate } = await corpus(3)
    await writeFile(path.join(docs, 'en', 'copy-2.md'), '')
    expect((await generate()).code).toBe(1)
    expect(existsSync(out)).toBe(false)
  })

  test("a corpus folder's broken manifest is an error naming that folder's file and line", async () => {
    const { root, out } = await corpus()
    const docs = path.join(root, 'articles')
    await rename(path.join(root, 'docs-source'), docs)
    await writeFile(path.join(docs, 'manifest.json'), '{\n  "sourceLocale": "en",\n}\n')
    const run = await runCli(['--docs', docs, '--out-dir', out, '--no-cache'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^error: articles\/manifest\.json:3: invalid JSON: /)
    expect(existsSync(out)).toBe(false)
  })

  test('corpus flags need --docs', async () => {
    const misplaced = await runCli(['--jobs', '2'])
    expect(misplaced.code).toBe(2)
    expect(misplaced.stderr).toMatch(
      /^error: --jobs is for corpus mode: pass --docs and --out-dir\n/,
    )
  })

  test('--jobs must be a whole number', async () => {
    const { generate } = await corpus()
    expect(await generate('--jobs', 'two')).toMatchObject({
      code: 2,
      stderr: 'error: --jobs: expected a whole number of at least 1, got "two"\n',
    })
  })
})

if (!corpusDir)
  console.warn('corpus suite skipped: ../shared/corpus not found (set MFA_CORPUS_DIR)')

describe.skipIf(!corpusDir)('corpus: real Learn articles in four locales', () => {
  test('26 articles and the 2021 MFA article in en, de, fr and sv make one corpus', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'mfa-residency-corpus-'))
    roots.push(root)
    const docs = path.join(root, 'docs')
    const place = async (from: string, locale: string, id: string) => {
      await mkdir(path.join(docs, locale), { recursive: true })
      await cp(path.join(corpusDir!, from), path.join(docs, locale, `${id}.md`))
    }
    const robustness = (await readdir(path.join(corpusDir!, 'robustness'))).filter((name) =>
      name.endsWith('.md'),
    )
    for (const name of robustness)
      await place(`robustness/${name}`, 'en', name.slice(0, -3).toLowerCase())
    await place('en-history/2021-01-14_b.md', 'en', 'mfa-2021')
    await place('sv-history/2021-01-14_5824766.md', 'sv', 'mfa-2021')
    await place('other-locales/de-de_christophbittig_7220ab3.md', 'de', 'mfa-2021')
    await place('other-locales/fr-fr_stephanemora_230d9b1.md', 'fr', 'mfa-2021')

    const out = path.join(root, 'out')
    const run = await runCli(['--docs', docs, '--out-dir', out, '--no-cache', '--jobs', '2'])
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const index = JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8'))
    expect(index.articles).toHaveLength(robustness.length + 1)
    const mfa = index.articles.find((entry: { id: string }) => entry.id === 'mfa-2021')
    expect(mfa.locales).toEqual(['en', 'de', 'fr', 'sv'])
    const dataset = JSON.parse(await readFile(path.join(out, mfa.file), 'utf8'))
    const china = dataset.tables
      .flatMap((table: { rows: { cells: Record<string, Record<string, string[] | null>> }[] }) =>
        table.rows.flatMap((row) => Object.values(row.cells)),
      )
      .find((cell: Record<string, string[] | null>) => cell.en?.includes('China'))
    expect(china).toMatchObject({ de: ['China'], sv: ['Kina'] })
    // The French copy is the 2019 article: aligned where it matches, gaps named where it does not.
    expect(dataset.tables[0].columns[0].label.fr).toEqual(expect.any(String))
    expect(dataset.translationGaps.some((gap: { locale: string }) => gap.locale === 'fr')).toBe(
      true,
    )
    // Nothing is lost on the way: every article has the tables and lists its English reads to.
    for (const entry of index.articles) {
      const file = path.join(docs, 'en', `${entry.id}.md`)
      const blocks = readGfm(await readFile(file), { file }).blocks
      expect(entry.counts.tables).toBe(blocks.filter((block) => block.kind === 'table').length)
      expect(entry.counts.lists).toBe(blocks.filter((block) => block.kind === 'list').length)
    }
    const tables = index.articles.reduce(
      (sum: number, entry: { counts: { tables: number } }) => sum + entry.counts.tables,
      0,
    )
    expect(tables).toBeGreaterThan(50)
  })
})
