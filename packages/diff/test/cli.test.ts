import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, test } from 'vitest'
import { repoRoot } from './docs.js'

const cli = path.resolve(import.meta.dirname, '../dist/cli.js')
const englishPath = 'docs-source/en/concept-mfa-data-residency.md'

async function run(args: string[], cwd = repoRoot, env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], {
      cwd,
      env: { ...process.env, ...env },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

const roots: string[] = []
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })))
})

/** docs-source/ and the committed dataset in a throwaway folder, the English edited. */
async function repoCopy(edit: (english: string) => string = (text) => text) {
  const root = await mkdtemp(path.join(tmpdir(), 'mfa-residency-diff-'))
  roots.push(root)
  await cp(path.join(repoRoot, 'docs-source'), path.join(root, 'docs-source'), { recursive: true })
  await mkdir(path.join(root, 'packages/dataset/data'), { recursive: true })
  await cp(
    path.join(repoRoot, 'packages/dataset/data/dataset.json'),
    path.join(root, 'packages/dataset/data/dataset.json'),
  )
  const english = path.join(root, englishPath)
  await writeFile(english, edit(await readFile(english, 'utf8')))
  return root
}

const removeChina = (text: string) => text.replace('| China ', '| Hong Kong ')

describe('pnpm docs:diff', () => {
  test('by default compares the committed dataset with docs-source/: no changes here', async () => {
    expect(await run([])).toEqual({
      code: 0,
      stdout: 'docs diff committed dataset → docs-source/ (working tree)\nno changes\n',
      stderr: '',
    })
  })

  test('--check exits 1 and prints the report when the dataset was not regenerated', async () => {
    const root = await repoCopy(removeChina)
    const result = await run(['--check'], root)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('sign-in-logs (en): removed "China"; added "Hong Kong"')
    expect(result.stderr).toBe(
      'the committed dataset is stale: run `pnpm generate` and commit the result\n',
    )
  })

  test('--check also fails when the committed file is not byte for byte what generate writes', async () => {
    const root = await repoCopy()
    const file = path.join(root, 'packages/dataset/data/dataset.json')
    const dataset = JSON.parse(await readFile(file, 'utf8'))
    dataset.tables[0].source.en.endLine = 99
    await writeFile(file, `${JSON.stringify(dataset, null, 2)}\n`)
    const result = await run(['--check'], root)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('no changes')
    expect(result.stderr).toBe(
      'the committed dataset is not what `pnpm generate` writes (no data changed; lines, order or formatting did): run `pnpm generate` and commit the result\n',
    )
    expect((await run(['--check'], await repoCopy())).code).toBe(0)
  })

  test('--format json is the report as JSON', async () => {
    const root = await repoCopy(removeChina)
    const result = await run(['--format', 'json'], root)
    const report = JSON.parse(result.stdout)
    expect(report).toMatchObject({ schemaVersion: 1, bump: 'patch', base: 'committed dataset' })
    expect(report.changes.map((change: { path: string }) => change.path)).toContain(
      'tables/multifactor-authentication-activity-reports-for-sovereign-clouds/rows/microsoft-azure-operated-by-21vianet/cells/sign-in-logs',
    )
  })

  test('--changeset writes a changeset with the computed bump', async () => {
    const root = await repoCopy((text) =>
      text.replace(
        /## Multifactor authentication activity reports for sovereign clouds[\s\S]*?(?=## Next steps)/,
        '',
      ),
    )
    const result = await run(['--changeset'], root)
    expect(result.code).toBe(0)
    const [name] = await readdir(path.join(root, '.changeset'))
    expect(result.stderr).toBe(`wrote .changeset/${name} (major)\n`)
    const changeset = await readFile(path.join(root, '.changeset', name!), 'utf8')
    expect(changeset).toMatch(/^---\n"@mfa-residency\/dataset": major\n---\n/)
    expect(changeset).toContain(
      'Table multifactor-authentication-activity-reports-for-sovereign-clouds removed',
    )
  })

  test('the retention period changed: a patch data change with before and after, once', async () => {
    const root = await repoCopy((text) =>
      text.replace('retained for 90 days', 'retained for 60 days'),
    )
    const report = JSON.parse((await run(['--format', 'json'], root)).stdout)
    expect(report.bump).toBe('patch')
    const english = report.changes.filter((change: { locale: string }) => change.locale === 'en')
    expect(english).toEqual([
      expect.objectContaining({
        kind: 'prose',
        classification: 'data',
        level: 'patch',
        path: 'paragraphs/this-information-is-retained-for',
        before: 'This information is retained for 90 days.',
        after: 'This information is retained for 60 days.',
        words: [
          { op: '=', text: 'This information is retained for ' },
          { op: '-', text: '90' },
          { op: '+', text: '60' },
          { op: '=', text: ' days.' },
        ],
      }),
    ])
    expect(report.counts.cosmetic).toBe(0)
    const text = await run([], root)
    expect(text.stdout).toContain('This information is retained for [-90-]{+60+} days.')

    const changeset = await run(['--changeset'], root)
    expect(changeset.code).toBe(0)
    const [name] = await readdir(path.join(root, '.changeset'))
    expect(changeset.stderr).toBe(`wrote .changeset/${name} (patch)\n`)
    expect(await readFile(path.join(root, '.changeset', name!), 'utf8')).toMatch(
      /^---\n"@mfa-residency\/dataset": patch\n---\n[\s\S]*- patch: Paragraph this-information-is-retained-for changed \(en\)/,
    )
  })

  test('a git ref names the docs at that commit', async () => {
    const result = await run(['--base', 'HEAD', '--head', 'HEAD', '--format', 'json'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({
      base: expect.stringMatching(/^HEAD \([0-9a-f]{7}\)$/),
      changes: [],
    })
  })

  test('a failed analysis says so, never "no changes", and exits 1', async () => {
    const result = await run(['--base', 'no-such-ref-anywhere', '--format', 'markdown'])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('## Docs diff: analysis failed')
    expect(result.stderr).toMatch(
      /^error: analysis failed: "no-such-ref-anywhere" is not committed, working/,
    )
  })

  test('bad input in the docs fails the analysis with the file and line', async () => {
    const root = await repoCopy(() => '')
    const result = await run([], root)
    expect(result).toMatchObject({ code: 1, stdout: '' })
    expect(result.stderr).toBe(
      `error: analysis failed: ${englishPath}:1: empty document: expected a title and content\n`,
    )
  })

  test('usage errors exit 2', async () => {
    expect((await run(['--format', 'html'])).code).toBe(2)
    expect((await run(['--nope'])).code).toBe(2)
  })

  test('colour follows NO_COLOR and FORCE_COLOR', async () => {
    const root = await repoCopy(removeChina)
    expect((await run([], root, { FORCE_COLOR: '1' })).stdout).toContain('\u001b[')
    expect((await run([], root, { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toContain(
      '\u001b[',
    )
  })

  test('a closed stdout pipe ends quietly', async () => {
    const root = await repoCopy(removeChina)
    const { stderr } = await promisify(execFile)(
      'sh',
      ['-c', `"${process.execPath}" "${cli}" --format json | head -1`],
      { cwd: root },
    )
    expect(stderr).toBe('')
  })
})
