import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { expect, test } from 'vitest'
import { english, pull, repository, swedishPage, upstream } from './harness.js'

// docs:pull records what it pulled in docs-source/history, with the commit Learn's page names.

const versionsOf = async (root: string, locale: string) =>
  JSON.parse(
    await readFile(path.join(root, 'docs-source/history', locale, 'versions.json'), 'utf8'),
  ).versions as Record<string, unknown>[]

test('a pulled Learn page becomes the current version, with its commit; the one before is kept', async () => {
  const server = await upstream({ '/en.md': [200, english], '/sv.html': [200, swedishPage] })
  const root = await repository({ en: `${server.url}/en.md`, sv: `${server.url}/sv.html` })
  const before = await versionsOf(root, 'sv')
  const result = await pull(root)
  expect(result.code, result.stderr).toBe(0)
  const after = await versionsOf(root, 'sv')
  expect(after).toHaveLength(before.length + 1)
  expect(after.at(-1)).toMatchObject({
    repository: 'MicrosoftDocs/entra-docs.sv-se',
    path: 'docs/identity/authentication/concept-mfa-data-residency.md',
    commit: '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b',
    provenance: 'commit',
    // Its ms.date (2024-11-27) is older than the seed's arrival: it is dated by its own.
    dateSource: 'entered-docs-source',
    format: 'learn-html',
    file: 'docs-source/sv/concept-mfa-data-residency.html',
  })
  const seed = after.at(-2)!
  expect(seed).toMatchObject({ sha256: before.at(-1)!.sha256, format: 'learn-text' })
  expect(await readFile(path.join(root, seed.file as string))).toEqual(
    await readFile(
      path.join(import.meta.dirname, '../../../docs-source/sv/concept-mfa-data-residency.txt'),
    ),
  )
  // The English came back byte-identical: nothing to record.
  expect(await versionsOf(root, 'en')).toEqual(
    await versionsOf(path.join(import.meta.dirname, '../../..'), 'en'),
  )
})
