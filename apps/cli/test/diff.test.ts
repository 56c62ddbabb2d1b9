import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Dataset } from '@mfa-residency/dataset'
import { afterAll, expect, test } from 'vitest'
import { datasetFile, run } from './run-cli.js'

const repoRoot = path.resolve(import.meta.dirname, '../../..')
const docsDiff = path.join(repoRoot, 'packages/diff/dist/cli.js')
const folder = mkdtempSync(path.join(tmpdir(), 'mfa-residency-cli-diff-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** The committed dataset with 21Vianet's sign-in logs in Sweden and the MFA Server table gone. */
function editedDataset(): string {
  const dataset = JSON.parse(readFileSync(datasetFile, 'utf8')) as Dataset
  const sovereign = dataset.tables.find(
    (table) => table.id === 'multifactor-authentication-activity-reports-for-sovereign-clouds',
  )!
  sovereign.rows[0]!.cells['sign-in-logs']!.en = ['Sweden']
  sovereign.rows[0]!.terms['sign-in-logs'] = [null]
  dataset.tables = dataset.tables.filter((table) => table.id !== 'data-stored-by-mfa-server')
  const file = path.join(folder, 'edited.json')
  writeFileSync(file, `${JSON.stringify(dataset, null, 2)}\n`)
  return file
}

/** The summary block of a text report: from its heading to the first blank line. */
const summaryOf = (text: string) => {
  const lines = text.split('\n')
  const start = lines.indexOf('Summary')
  const end = lines.indexOf('', start)
  return lines.slice(start, end)
}

test('mfa-residency diff and docs:diff --format text print the same summary', async () => {
  const edited = editedDataset()
  const cli = await run(['diff', 'current', edited])
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [docsDiff, '--base', datasetFile, '--head', edited, '--format', 'text'],
    { cwd: repoRoot, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } },
  )
  expect(cli.code).toBe(0)
  const summary = summaryOf(cli.stdout)
  expect(summary).toEqual(summaryOf(stdout))
  expect(summary).toEqual([
    'Summary',
    '  major release of @mfa-residency/dataset, because: 1 table removed; cell no longer names: China.',
    '  What changed:',
    '    Table removed: “Data stored by MFA Server” (4 rows × 2 columns)',
    '    Table “Multifactor authentication activity reports for sovereign clouds”: Microsoft Azure operated by 21Vianet · Sign-in logs: China → Sweden; no longer names China',
    // A hand-edited dataset keeps its terms and gaps: nothing to say about them.
    '  Translations: sv: no new gaps',
  ])
})

test('mfa-residency diff --format markdown is the same report, within the size budget', async () => {
  const markdown = (await run(['diff', 'current', editedDataset(), '--format', 'markdown'])).stdout
  expect(markdown.split('\n')[0]).toBe('## Docs diff: major release of `@mfa-residency/dataset`')
  expect(markdown).toContain(
    '- Table **Multifactor authentication activity reports for sovereign clouds**: Microsoft Azure operated by 21Vianet · Sign-in logs: China → Sweden; no longer names China',
  )
  expect(markdown.length).toBeLessThanOrEqual(60_000)
})
