import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import {
  cli,
  closedPort,
  english,
  exec,
  pull,
  repoRoot,
  repository,
  run,
  snapshot,
  swedishPage,
  upstream,
} from './harness.js'

const require = createRequire(import.meta.url)
const corpusDir = process.env.MFA_CORPUS_DIR ?? path.resolve(repoRoot, '../shared/corpus')
const hasCorpus = existsSync(corpusDir)
const changesetCli = require.resolve('@changesets/cli/bin.js')

describe('pnpm docs:pull fails in one line and leaves docs-source/ untouched', () => {
  test('an unreachable upstream', async () => {
    const port = await closedPort()
    const root = await repository({
      en: `http://127.0.0.1:${port}/en.md`,
      sv: `http://127.0.0.1:${port}/sv.html`,
    })
    const before = await snapshot(root)
    const result = await pull(root, ['--retries', '1', '--timeout', '2000'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      `error: http://127.0.0.1:${port}/en.md: expected an answer, got ECONNREFUSED (offline, or the host is unreachable?); 2 attempts\n`,
    )
    expect(await snapshot(root)).toEqual(before)
  })

  test('a server error, retried with backoff', async () => {
    const server = await upstream({ '/en.md': [500, 'oops'], '/sv.html': [200, swedishPage] })
    const root = await repository({ en: `${server.url}/en.md`, sv: `${server.url}/sv.html` })
    const before = await snapshot(root)
    const result = await pull(root, ['--retries', '2'])
    expect(result).toMatchObject({
      code: 1,
      stderr: `error: ${server.url}/en.md: expected HTTP 200, got HTTP 500; 3 attempts\n`,
    })
    expect(server.hits).toEqual(['/en.md', '/en.md', '/en.md'])
    expect(await snapshot(root)).toEqual(before)
  })

  test('HTML garbage where the article should be', async () => {
    const server = await upstream({
      '/en.md': [200, '<html><body><h2>Sign in</h2><p>Your session expired.</p></body></html>'],
      '/sv.html': [200, swedishPage],
    })
    const root = await repository({ en: `${server.url}/en.md`, sv: `${server.url}/sv.html` })
    const before = await snapshot(root)
    const result = await pull(root)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      `error: ${server.url}/en.md does not look like the en article: expected the title "Data residency and customer data for Microsoft Entra multifactor authentication", found none\n`,
    )
    expect(await snapshot(root)).toEqual(before)
  })
})

test('the Swedish Learn page arrives as HTML, read by the learn-html reader', async () => {
  const server = await upstream({ '/en.md': [200, english], '/sv.html': [200, swedishPage] })
  const root = await repository({ en: `${server.url}/en.md`, sv: `${server.url}/sv.html` })
  const result = await pull(root)
  expect(result.code).toBe(0)
  expect(result.stderr).toContain('sv: ')
  expect(result.stderr).toContain('→ docs-source/sv/concept-mfa-data-residency.html (updated)')
  const manifest = JSON.parse(await readFile(path.join(root, 'docs-source/manifest.json'), 'utf8'))
  expect(manifest.docs[1]).toMatchObject({
    locale: 'sv',
    format: 'learn-html',
    path: 'docs-source/sv/concept-mfa-data-residency.html',
  })
  expect(existsSync(path.join(root, 'docs-source/sv/concept-mfa-data-residency.txt'))).toBe(false)
  const out = path.join(root, 'packages/dataset/data/dataset.json')
  expect((await run(cli.generate, ['--root', root, '--out', out], root)).code).toBe(0)
  const before = JSON.parse(
    await readFile(path.join(repoRoot, 'packages/dataset/data/dataset.json'), 'utf8'),
  )
  const after = JSON.parse(await readFile(out, 'utf8'))
  // The Swedish values are the same; only where they come from (and their lines) changed.
  const svValues = (dataset: typeof before) =>
    dataset.tables.map((table: { rows: { cells: Record<string, { sv: string[] }> }[] }) =>
      table.rows.map((row) => Object.values(row.cells).map((cell) => cell.sv)),
    )
  expect(svValues(after)).toEqual(svValues(before))
  expect(after.translationGaps).toEqual([])
  expect(after.sources.sv.format).toBe('learn-html')
})

describe.skipIf(!hasCorpus)('the update scenario: upstream 2025-06-06 English arrives', () => {
  test('pull, generate, changeset (major), version: the CHANGELOG says what went and that Swedish is stale', async () => {
    const english2025 = await readFile(
      path.join(corpusDir, 'en-history/2025-06-06_14d4dbf.md'),
      'utf8',
    )
    const server = await upstream({ '/en.md': [200, english2025] })
    const root = await repository({ en: `${server.url}/en.md`, sv: `${server.url}/sv.html` })

    const pulled = await pull(root, ['--locale', 'en'])
    expect(pulled.code).toBe(0)
    expect(pulled.stdout).toContain('suggested bump: major')

    const generated = await run(
      cli.generate,
      ['--root', root, '--out', path.join(root, 'packages/dataset/data/dataset.json')],
      root,
    )
    expect(generated.code).toBe(0)

    const diffed = await run(cli.diff, ['--base', 'HEAD', '--head', 'working', '--changeset'], root)
    expect(diffed.code).toBe(0)
    const [changesetFile] = (await readdir(path.join(root, '.changeset'))).filter((file) =>
      file.endsWith('.md'),
    )
    const changeset = await readFile(path.join(root, '.changeset', changesetFile!), 'utf8')
    expect(changeset).toMatch(/^---\n"@mfa-residency\/dataset": major\n---\n/)

    const versioned = await run(changesetCli, ['version'], root)
    expect(versioned.code).toBe(0)
    const changelog = await readFile(path.join(root, 'packages/dataset/CHANGELOG.md'), 'utf8')
    expect(changelog).toContain('## 1.0.0')
    expect(changelog).toContain('### Major Changes')
    for (const table of [
      'data-stored-by-mfa-server',
      'mfa-server-and-cloud-based-mfa',
      'multifactor-authentication-activity-reports-for-sovereign-clouds',
    ]) {
      expect(changelog).toContain(`Table ${table} removed`)
    }
    expect(changelog).toContain('removed "Blocked users (if fraud was reported)"')
    expect(changelog).toContain(
      'Item "Blocked users" removed from list personal-data-stored-by-microsoft-entra-multifactor-authentication',
    )
    expect(changelog).toMatch(/Translation drift: sv \(\d+ notices\)/)
    expect(
      JSON.parse(await readFile(path.join(root, 'packages/dataset/package.json'), 'utf8')).version,
    ).toBe('1.0.0')
  })
})

test('CI refuses a dataset change that no changeset covers', async () => {
  const root = await repository({
    en: 'http://127.0.0.1:9/en.md',
    sv: 'http://127.0.0.1:9/sv.html',
  })
  const check = path.join(repoRoot, 'scripts/check-dataset-changeset.mjs')
  const git = (...args: string[]) =>
    exec('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: root })
  await git('checkout', '-q', '-b', 'update')
  expect((await run(check, ['main'], root)).stdout).toBe(
    'packages/dataset/data/dataset.json is unchanged since main: no changeset needed\n',
  )

  const datasetPath = path.join(root, 'packages/dataset/data/dataset.json')
  await writeFile(
    datasetPath,
    (await readFile(datasetPath, 'utf8')).replace('"China"', '"Hong Kong"'),
  )
  await git('commit', '-qam', 'data change')
  const refused = await run(check, ['main'], root)
  expect(refused.code).toBe(1)
  expect(refused.stderr).toMatch(
    /^packages\/dataset\/data\/dataset\.json changed since main, but no changeset added since then covers @mfa-residency\/dataset\./,
  )

  await writeFile(
    path.join(root, '.changeset/other.md'),
    '---\n"mfa-residency": patch\n---\n\nCLI only.\n',
  )
  await writeFile(
    path.join(root, '.changeset/data.md'),
    '---\n"@mfa-residency/dataset": patch\n---\n\nChina is now Hong Kong.\n',
  )
  await git('add', '-A')
  await git('commit', '-qm', 'changesets')
  expect(await run(check, ['main'], root)).toMatchObject({
    code: 0,
    stdout: 'packages/dataset/data/dataset.json changed; covered by .changeset/data.md\n',
  })
})

describe('what review found', () => {
  test('--retries and --timeout must be whole numbers', async () => {
    const root = await repository({
      en: 'http://127.0.0.1:9/en.md',
      sv: 'http://127.0.0.1:9/sv.html',
    })
    const result = await pull(root, ['--retries', 'abc'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^--retries must be a whole number of at least 0, not "abc"/)
  })

  test('a failure while writing puts back what was replaced: never half-updated', async () => {
    const server = await upstream({
      '/en.md': [200, `${english}\nA new closing line.\n`],
      '/sv.html': [200, swedishPage],
    })
    const root = await repository({ en: `${server.url}/en.md`, sv: `${server.url}/sv.html` })
    const before = await snapshot(root)
    // The Swedish page's new home is a folder: its rename fails after the English one succeeded.
    await mkdir(path.join(root, 'docs-source/sv/concept-mfa-data-residency.html'))
    const result = await pull(root)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^error: could not write docs-source\/ \(.*\); what was replaced is restored\n$/,
    )
    const after = await snapshot(root)
    after.docsSource = after.docsSource.filter(
      ([file]) => file !== 'sv/concept-mfa-data-residency.html',
    )
    expect(after).toEqual(before)
  })
})
