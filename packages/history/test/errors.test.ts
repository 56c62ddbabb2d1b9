import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { copyRepository, repoRoot, runHistory } from './repository-copy.js'

const header = 'file\tms.date\trepo\tpath\tcommit\tpipe_tables\tnote'
const committedVersion = 'docs-source/history/en/2021-06-03_c0345941.md'

/** A versions folder in the corpus's layout, with one real version and the index given. */
async function folder(index: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mfa-residency-en-'))
  await cp(path.join(repoRoot, committedVersion), path.join(dir, '2021-06-03.md'))
  await writeFile(path.join(dir, 'index.tsv'), index)
  return dir
}

describe('bad input to docs:history import', () => {
  test('a row with too few fields names the index file and its line', async () => {
    const dir = await folder(
      `${header}\n2021-06-03.md\t2021-06-03\tMicrosoftDocs/azure-docs\tarticles/a.md\tunknown\t6\t\n2021-06-04.md\t2021-06-04\n`,
    )
    const run = await runHistory([
      'import',
      '--root',
      await copyRepository(),
      '--from',
      dir,
      '--locale',
      'en',
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      `${path.join(dir, 'index.tsv')}:3: expected 7 tab-separated fields (file, ms.date, repo, path, commit, pipe_tables, note), found 2\n`,
    )
  })

  test('a commit that is not one names the line and what was expected', async () => {
    const dir = await folder(
      `${header}\n2021-06-03.md\t2021-06-03\tMicrosoftDocs/azure-docs\tarticles/a.md\t03d29f6\t6\t\n`,
    )
    const run = await runHistory([
      'import',
      '--root',
      await copyRepository(),
      '--from',
      dir,
      '--locale',
      'en',
    ])
    expect(run).toMatchObject({
      code: 1,
      stderr: `${path.join(dir, 'index.tsv')}:2: commit "03d29f6": expected 40 hex digits or "unknown"\n`,
    })
  })

  test('a header without the corpus columns is refused at line 1', async () => {
    const dir = await folder('name\tdate\n')
    const run = await runHistory(['import', '--root', await copyRepository(), '--from', dir])
    expect(run).toMatchObject({
      code: 1,
      stderr: `${path.join(dir, 'index.tsv')}:1: expected a header with the columns file, repo, path, commit\n`,
    })
  })

  test('an import names where it reads from, or says how to', async () => {
    const neither = await runHistory(['import'])
    expect(neither.code).toBe(2)
    expect(neither.stderr).toMatch(
      /^error: import needs --git <clone> --path <file>, or --from <folder>\n\nUsage:/,
    )
    const noPath = await runHistory(['import', '--git', '.'])
    expect(noPath.code).toBe(2)
    expect(noPath.stderr).toMatch(/^error: --git needs --path <file>/)
    expect((await runHistory(['history'])).code).toBe(2)
  })

  test('a clone without the file says so', async () => {
    const run = await runHistory([
      'import',
      '--root',
      await copyRepository(),
      '--git',
      repoRoot,
      '--path',
      'no/such/file.md',
    ])
    expect(run).toMatchObject({
      code: 1,
      stderr: `error: ${repoRoot}: no commit has no/such/file.md (git log --follow)\n`,
    })
  })
})

describe('bad recorded versions', () => {
  test('a versions.json field out of shape names the file, the version and the field', async () => {
    const root = await copyRepository()
    const file = path.join(root, 'docs-source/history/sv/versions.json')
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace('"provenance": "commit"', '"provenance": "probably"'))
    const out = path.join(root, 'data/history.json')
    const run = await runHistory([
      'generate',
      '--root',
      root,
      '--dataset',
      path.join(root, 'data/dataset.json'),
      '--out',
      out,
    ])
    expect(run).toMatchObject({
      code: 1,
      stderr:
        'error: docs-source/history/sv/versions.json: versions[0].provenance: expected one of commit, presumed, unknown\n',
    })
  })

  test('a versions.json that is not JSON names the file and the line', async () => {
    const root = await copyRepository()
    const file = path.join(root, 'docs-source/history/sv/versions.json')
    const text = await readFile(file, 'utf8')
    // A missing comma, as a hand edit leaves it: V8 names the position, so the line is known.
    await writeFile(file, text.replace('"provenance": "commit",', '"provenance": "commit"'))
    const lines = text.slice(0, text.indexOf('"provenance": "commit",')).split('\n').length + 1
    const run = await runHistory(['generate', '--root', root, '--out', path.join(root, 'h.json')])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      new RegExp(`^error: docs-source/history/sv/versions\\.json:${lines}: invalid JSON: `),
    )
  })
})
