import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, test } from 'vitest'
import { repoRoot } from './docs.js'
import { englishPath, repoCopy, run } from './repository-copy.js'

const oathStores =
  'tables/data-stored-by-microsoft-entra-multifactor-authentication/rows/oath-token/cells/data-store-type'
/** A store the vocabulary does not know, in the first table's OATH token row (line 53). */
const addUnknownStore = (text: string) =>
  text.replace(
    /^(\| OATH token +\| Multifactor authentication logs)( +\|)$/m,
    '$1<br/>Hardware token inventory$2',
  )
const unknownStore = `unmapped: ${englishPath}:53: ${oathStores}/values/1: "Hardware token inventory" maps to no term of the vocabulary`

const sovereignChina =
  'tables/multifactor-authentication-activity-reports-for-sovereign-clouds/rows/microsoft-azure-operated-by-21vianet/cells/sign-in-logs'
/** The vocabulary without location/china: "China" and "Kina" name nothing. */
const withoutChina = (text: string) => text.replace(/ {2}- id: location\/china\n(?: {4}.*\n)+/, '')

describe('pnpm docs:check and the vocabulary', () => {
  test('fails while a value maps to no term, with the file, the line and the value', async () => {
    const root = await repoCopy(addUnknownStore)
    const result = await run(['--check'], root)
    expect(result.code).toBe(1)
    expect(result.stderr.split('\n')).toEqual([
      'the committed dataset is stale: run `pnpm generate` and commit the result',
      unknownStore,
      '1 unmapped: add a term or an alias to docs-source/vocabulary.yaml',
      '',
    ])
  })

  test('fails for an unmapped value even when the dataset was regenerated', async () => {
    const root = await repoCopy(addUnknownStore)
    const generate = path.join(repoRoot, 'packages/generator/dist/bin/mfa-residency-generate.js')
    const out = path.join(root, 'packages/dataset/data/dataset.json')
    await promisify(execFile)(process.execPath, [generate, '--root', root, '--out', out], {
      cwd: root,
    })
    const result = await run(['--check'], root)
    expect(result).toMatchObject({ code: 1, stdout: expect.stringContaining('no changes') })
    expect(result.stderr).toBe(
      `${unknownStore}\n1 unmapped: add a term or an alias to docs-source/vocabulary.yaml\n`,
    )
    // Unmapped in the base already, so nothing new to curate.
    expect(JSON.parse((await run(['--format', 'json'], root)).stdout).toCurate).toEqual([])
  })

  test('fails for an unmapped value in any locale', async () => {
    const root = await repoCopy(undefined, withoutChina)
    const result = await run(['--check'], root)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      `unmapped: ${englishPath}:122: ${sovereignChina}/values/0: "China" maps to no term of the vocabulary`,
    )
    expect(result.stderr).toMatch(
      /unmapped: docs-source\/sv\/concept-mfa-data-residency\.txt:\d+: [^\n]*"Kina" maps to no term/,
    )
    expect(result.stderr).toMatch(/\n2 unmapped: add a term or an alias to /)
  })
})

describe('pnpm docs:diff and the vocabulary', () => {
  test('lists new unmapped values under "To curate", in text and Markdown', async () => {
    const root = await repoCopy(addUnknownStore)
    const text = await run([], root)
    expect(text.code).toBe(0)
    expect(text.stdout).toContain(
      [
        '',
        'To curate (1): no term names these values; add a term or an alias to the vocabulary',
        `  ${englishPath}:53: ${oathStores}/values/1 (en): "Hardware token inventory"`,
        '',
      ].join('\n'),
    )
    const markdown = (await run(['--format', 'markdown'], root)).stdout
    expect(markdown).toContain(
      [
        '### To curate (1)',
        '',
        'No term of the vocabulary names these values: add a term or an alias, so that they link.',
        '',
        '| value | locale | path | source |',
        '| - | - | - | - |',
        `| Hardware token inventory | en | \`${oathStores}/values/1\` | \`${englishPath}:53\` |`,
        '',
      ].join('\n'),
    )
    const linked = (await run(['--format', 'markdown', '--link-base', 'https://x.test/'], root))
      .stdout
    expect(linked).toContain(`| [L53](https://x.test/${englishPath}#L53) |`)
  })

  test('links each side with its own vocabulary', async () => {
    const before = await repoCopy(undefined, withoutChina)
    const after = await repoCopy()
    const report = JSON.parse((await run(['--base', before, '--format', 'json'], after)).stdout)
    const china = {
      path: `${sovereignChina}/values/0`,
      summary: `multifactor-authentication-activity-reports-for-sovereign-clouds › microsoft-azure-operated-by-21vianet › sign-in-logs › "China" (en): now names location/china`,
      before: null,
      after: 'location/china',
      termsAdded: ['location/china'],
    }
    expect(report.changes).toEqual([
      expect.objectContaining({ kind: 'cell', action: 'changed', level: 'minor', ...china }),
      expect.objectContaining({ kind: 'term', action: 'added', level: 'minor' }),
    ])
    expect(report).toMatchObject({ bump: 'minor', toCurate: [] })

    const back = JSON.parse((await run(['--base', after, '--format', 'json'], before)).stdout)
    expect(back.bump).toBe('major')
    expect(back.changes.map((change: { summary: string }) => change.summary)).toEqual([
      `multifactor-authentication-activity-reports-for-sovereign-clouds › microsoft-azure-operated-by-21vianet › sign-in-logs › "China" (en): names nothing now, was location/china`,
      'Term location/china (CN) removed: "China"',
    ])
    expect(back.toCurate.map((value: { text: string }) => value.text)).toEqual(['China', 'Kina'])
  })
})
