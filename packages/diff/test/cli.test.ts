import { execFile } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, test } from 'vitest'
import { cli, englishPath, repoCopy, run } from './repository-copy.js'

const removeChina = (text: string) => text.replace('| China ', '| Hong Kong ')
const sovereignChina =
  'tables/multifactor-authentication-activity-reports-for-sovereign-clouds/rows/microsoft-azure-operated-by-21vianet/cells/sign-in-logs'

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
    // Hong Kong is no term of the vocabulary: that fails the check too, at its line.
    expect(result.stderr).toBe(
      [
        'the committed dataset is stale: run `pnpm generate` and commit the result',
        `unmapped: ${englishPath}:122: ${sovereignChina}/values/0: "Hong Kong" maps to no term of the vocabulary`,
        '1 unmapped: add a term or an alias to docs-source/vocabulary.yaml',
        '',
      ].join('\n'),
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
    // China went and nothing the vocabulary knows came: the cell no longer names location/china.
    expect(report).toMatchObject({ schemaVersion: 1, bump: 'major', base: 'committed dataset' })
    expect(report.changes).toContainEqual(
      expect.objectContaining({
        path: sovereignChina,
        level: 'major',
        valuesRemoved: ['China'],
        valuesAdded: ['Hong Kong'],
        termsRemoved: ['location/china'],
      }),
    )
    expect(report.toCurate).toEqual([
      {
        locale: 'en',
        path: `${sovereignChina}/values/0`,
        text: 'Hong Kong',
        file: englishPath,
        line: 122,
      },
    ])
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

  test('the retention period changed: the sentence as prose, the period as a major quantity change', async () => {
    const root = await repoCopy((text) =>
      text.replace('retained for 90 days', 'retained for 60 days'),
    )
    const report = JSON.parse((await run(['--format', 'json'], root)).stdout)
    expect(report.bump).toBe('major')
    const english = report.changes.filter((change: { locale: string }) => change.locale === 'en')
    const lines = {
      base: { file: englishPath, line: 41, endLine: 41 },
      head: { file: englishPath, line: 41, endLine: 41 },
    }
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
      {
        kind: 'quantity',
        action: 'changed',
        classification: 'data',
        level: 'major',
        locale: 'en',
        path: 'paragraphs/this-information-is-retained-for/quantities',
        entity: 'this-information-is-retained-for',
        summary:
          'Paragraph this-information-is-retained-for states P60D (retention), was P90D (retention) (en)',
        before: ['P90D (retention)'],
        after: ['P60D (retention)'],
        ...lines,
      },
    ])
    expect(report.counts.cosmetic).toBe(0)
    const text = await run([], root)
    expect(text.stdout).toContain('This information is retained for [-90-]{+60+} days.')

    const changeset = await run(['--changeset'], root)
    expect(changeset.code).toBe(0)
    const [name] = await readdir(path.join(root, '.changeset'))
    expect(changeset.stderr).toBe(`wrote .changeset/${name} (major)\n`)
    expect(await readFile(path.join(root, '.changeset', name!), 'utf8')).toMatch(
      /^---\n"@mfa-residency\/dataset": major\n---\n[\s\S]*- patch: Paragraph this-information-is-retained-for changed \(en\)\n- major: Paragraph this-information-is-retained-for states P60D/,
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
