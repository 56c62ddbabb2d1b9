import { existsSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { committedDataset, copyDocs, englishPath, runCli, swedishPath } from './repo.js'

const roots: string[] = []
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })))
})

/** A copy of docs-source/ with one file changed, and an existing output to prove it survives errors. */
async function scenario(file: string | null, change: (text: Buffer) => Buffer | string | null) {
  const root = await copyDocs()
  roots.push(root)
  if (file) {
    const target = path.join(root, file)
    const next = change(await readFile(target))
    if (next === null) await rm(target)
    else await writeFile(target, next)
  }
  const out = path.join(root, 'dataset.json')
  await writeFile(out, 'previous dataset\n')
  const run = await runCli(['--root', root, '--out', out])
  return { root, out, run, written: await readFile(out, 'utf8') }
}

describe('mfa-residency-generate on bad input: a file:line error, exit 1, nothing written', () => {
  test.each([
    [
      'an empty English file',
      englishPath,
      () => '',
      `${englishPath}:1: empty document: expected a title and content`,
    ],
    [
      'a binary Swedish file',
      swedishPath,
      () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
      `${swedishPath}:1: NUL byte: expected a text document, not binary data`,
    ],
    [
      'a missing Swedish file',
      swedishPath,
      () => null,
      `${swedishPath}: cannot read the sv document listed in the manifest (ENOENT)`,
    ],
    [
      'a ragged English table row',
      englishPath,
      (text: Buffer) =>
        text
          .toString()
          .replace(
            '| OATH token                           | Multifactor authentication logs     |',
            '| OATH token | logs | extra |',
          ),
      `${englishPath}:53: table row has 3 cells, expected at most 2 (the header's count)`,
    ],
  ])('%s', async (_, file, change, message) => {
    const { run, written } = await scenario(file, change)
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(`error: bad input, nothing was written\n${message}\n`)
    expect(run.stdout).toBe('')
    expect(written).toBe('previous dataset\n')
  })
})

describe('mfa-residency-generate on input that still makes a dataset', () => {
  test('the seeds give the committed dataset', async () => {
    const { run, written } = await scenario(null, () => null)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(
      /dataset\.json: written \(9 headings, 14 paragraphs, 5 tables, 4 lists, 2 notes, 0 translation gaps\)\n {2}new dataset: 9 headings, 14 paragraphs, 5 tables, 4 lists, 2 notes\n$/,
    )
    expect(written).toBe(await readFile(committedDataset, 'utf8'))
  })

  test('a Swedish doc with a table removed: English data intact, the gap recorded', async () => {
    const { run, written } = await scenario(swedishPath, (text) => {
      const lines = text.toString().split('\n')
      return [...lines.slice(0, 63), ...lines.slice(67)].join('\n')
    })
    expect(run.code).toBe(0)
    const dataset = JSON.parse(written)
    expect(dataset.tables).toHaveLength(5)
    expect(dataset.translationGaps).toEqual([
      {
        kind: 'missing',
        locale: 'sv',
        path: 'tables/multifactor-authentication-activity-reports-for-sovereign-clouds',
        reason: 'no sv translation',
        source: { en: { line: 120, endLine: 123 } },
      },
    ])
  })

  test('CRLF line endings and a byte order mark change the hashes and nothing else', async () => {
    const crlf = await scenario(
      englishPath,
      (text) => `\uFEFF${text.toString().replaceAll('\n', '\r\n')}`,
    )
    expect(crlf.run.code).toBe(0)
    const committed = JSON.parse(await readFile(committedDataset, 'utf8'))
    const dataset = JSON.parse(crlf.written)
    expect(dataset.sources.en.sha256).not.toBe(committed.sources.en.sha256)
    dataset.sources.en.sha256 = committed.sources.en.sha256
    expect(dataset).toEqual(committed)
  })
})

describe('mfa-residency-generate --check', () => {
  test('passes when the output is current and fails when the docs changed', async () => {
    const root = await copyDocs()
    roots.push(root)
    const out = path.join(root, 'dataset.json')
    expect((await runCli(['--root', root, '--out', out])).code).toBe(0)
    expect(await runCli(['--root', root, '--out', out, '--check'])).toMatchObject({
      code: 0,
      stdout: 'dataset.json is up to date with docs-source/\n',
    })

    // Reworded, still naming the same place: stale, and every value still maps to a term.
    const english = path.join(root, englishPath)
    const seed = await readFile(english, 'utf8')
    await writeFile(english, seed.replace('| China ', '| In China '))
    const stale = await runCli(['--root', root, '--out', out, '--check'])
    expect(stale.code).toBe(1)
    expect(stale.stderr).toBe(
      'dataset.json is stale: run `pnpm generate` and commit the result\n' +
        '  source en: docs-source/en/concept-mfa-data-residency.md changed\n' +
        '  tables changed: multifactor-authentication-activity-reports-for-sovereign-clouds\n' +
        '  translation gaps: 0 → 1\n',
    )
  })

  test('fails while a value maps to no term, naming it with its file and line', async () => {
    const root = await copyDocs()
    roots.push(root)
    const out = path.join(root, 'dataset.json')
    expect((await runCli(['--root', root, '--out', out])).code).toBe(0)
    const english = path.join(root, englishPath)
    await writeFile(english, (await readFile(english, 'utf8')).replace('| China ', '| Hong Kong '))
    const unmapped = await runCli(['--root', root, '--out', out, '--check'])
    expect(unmapped).toMatchObject({ code: 1, stdout: '' })
    expect(unmapped.stderr).toBe(
      `unmapped: ${englishPath}:122: tables/multifactor-authentication-activity-reports-for-sovereign-clouds/rows/microsoft-azure-operated-by-21vianet/cells/sign-in-logs/values/0: "Hong Kong" maps to no term of the vocabulary\n` +
        'note: 1 value(s) map to no term; curate docs-source/vocabulary.yaml\n' +
        '1 unmapped: add a term or an alias to docs-source/vocabulary.yaml\n',
    )
  })

  test('finds the repository from the working folder and checks the committed dataset', async () => {
    const run = await runCli(['--check'], path.dirname(committedDataset))
    expect(run).toMatchObject({
      code: 0,
      stdout: 'packages/dataset/data/dataset.json is up to date with docs-source/\n',
    })
  })
})

describe('mfa-residency-generate and what is already at the output path', () => {
  test.each([
    ['no file yet', null],
    ['a JSON file of another shape', '{}\n'],
    ['a file that is not JSON', 'previous dataset\n'],
  ])('%s: the dataset is written', async (_, existing) => {
    const root = await copyDocs()
    roots.push(root)
    const out = path.join(root, 'dataset.json')
    if (existing !== null) await writeFile(out, existing)
    const run = await runCli(['--root', root, '--out', out])
    // Replaced, but never silently: without it as memory, ids are minted afresh.
    const why = existing === '{}\n' ? 'not a dataset of this schema' : 'not JSON'
    expect(run).toMatchObject({
      code: 0,
      stderr:
        existing === null
          ? ''
          : `note: dataset.json is ${why}, so it is replaced without being used as memory: ids are minted afresh and translations are read as current\n`,
    })
    expect(run.stdout).toContain(
      'new dataset: 9 headings, 14 paragraphs, 5 tables, 4 lists, 2 notes',
    )
    expect(await readFile(out, 'utf8')).toBe(await readFile(committedDataset, 'utf8'))
  })

  test('an unreadable output path is an error, not a silent replacement', async () => {
    const root = await copyDocs()
    roots.push(root)
    const run = await runCli(['--root', root, '--out', path.join(root, 'docs-source')])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      'error: cannot read docs-source: EISDIR: illegal operation on a directory, read\n',
    )
  })

  /** The generator run on a copy of the docs with `file` (inside it) written as `text`. */
  async function runWithFile(file: string, text: string) {
    const root = await copyDocs()
    roots.push(root)
    await writeFile(path.join(root, file), text)
    return runCli(['--root', root, '--out', path.join(root, 'out.json')])
  }

  test('documents the manifest does not list are named, not silently left out', async () => {
    const run = await runWithFile('docs-source/en/another-article.md', '# Another\n\ntext\n')
    expect(run.code).toBe(0)
    expect(run.stderr).toBe(
      'note: not in docs-source/manifest.json, so not in the dataset (`pnpm generate:corpus --docs docs-source` reads every article): docs-source/en/another-article.md\n',
    )
  })

  test('a manifest entry that is not an object names the manifest', async () => {
    const run = await runWithFile(
      'docs-source/manifest.json',
      '{"sourceLocale":"en","docs":[null]}',
    )
    expect(run).toMatchObject({
      code: 1,
      stderr: 'error: docs-source/manifest.json: docs[0]: expected an object\n',
    })
  })

  test('an error quoting what it refuses cannot steer the terminal', async () => {
    // V8's JSON error quotes the text around the bad token: here an escape sequence.
    const run = await runWithFile('docs-source/manifest.json', '{"a": \u001b]0;pwned\u0007}')
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^error: docs-source\/manifest\.json: invalid JSON: /)
    expect(run.stderr).toContain('\\u{1b}]0;pwned\\u{7}')
    expect(run.stderr).not.toContain('\u001b')
    expect(run.stderr).not.toContain('\u0007')
  })
})

test('an unknown flag is a usage error with exit 2', async () => {
  const run = await runCli(['--frobnicate'])
  expect(run.code).toBe(2)
  expect(run.stderr).toMatch(/^Unknown option '--frobnicate'.*\n\nUsage: mfa-residency-generate/)
  expect(existsSync(committedDataset)).toBe(true)
})
