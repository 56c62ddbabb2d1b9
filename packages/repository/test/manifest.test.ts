import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import {
  findRepositoryRoot,
  findUp,
  MANIFEST_PATH,
  parseManifest,
  readManifest,
} from '../src/index.js'

const repoRoot = path.resolve(import.meta.dirname, '../../..')
const doc = (locale: string, format = 'gfm') => ({
  locale,
  format,
  path: `docs-source/${locale}/a.md`,
  upstreamUrl: `https://example.com/${locale}.md`,
  pageUrl: `https://example.com/${locale}`,
})
const text = (value: unknown) => JSON.stringify(value)

const folders: string[] = []
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('parseManifest', () => {
  test('reads the committed manifest: English is the source, Swedish a translation', async () => {
    const manifest = parseManifest(await readFile(path.join(repoRoot, MANIFEST_PATH), 'utf8'))
    expect(manifest.sourceLocale).toBe('en')
    expect(manifest.docs.map(({ locale, format }) => [locale, format])).toEqual([
      ['en', 'gfm'],
      ['sv', 'learn-text'],
    ])
  })

  test.each([
    ['not JSON', '{', /^docs-source\/manifest\.json:1: invalid JSON: /],
    ['not an object', 'null', 'expected an object with sourceLocale and docs'],
    ['no source locale', text({ docs: [doc('en')] }), 'sourceLocale: expected a locale'],
    ['no docs', text({ sourceLocale: 'en', docs: [] }), 'docs: expected a non-empty array'],
    ['a doc that is not an object', text({ sourceLocale: 'en', docs: [1] }), 'docs[0]: expected'],
    [
      'an empty field',
      text({ sourceLocale: 'en', docs: [{ ...doc('en'), pageUrl: '' }] }),
      'docs[0].pageUrl: expected a non-empty string',
    ],
    [
      'an unknown format',
      text({ sourceLocale: 'en', docs: [doc('en', 'docx')] }),
      'docs[0].format: expected one of gfm, learn-text, learn-html',
    ],
    [
      'no doc in the source locale',
      text({ sourceLocale: 'de', docs: [doc('en')] }),
      'no doc for the source locale "de"',
    ],
    [
      'a locale listed twice',
      text({ sourceLocale: 'en', docs: [doc('en'), doc('en', 'learn-html')] }),
      'locale "en" is listed twice',
    ],
  ])('rejects %s, naming the manifest', (_, input, message) => {
    expect(() => parseManifest(input)).toThrow(message)
    expect(() => parseManifest(input)).toThrow(/^docs-source\/manifest\.json(?::\d+)?: /)
  })

  test('names the file it is given: a corpus folder has a manifest of its own', () => {
    expect(() => parseManifest('null', 'corpus/docs/manifest.json')).toThrow(
      /^corpus\/docs\/manifest\.json: expected an object/,
    )
    expect(() =>
      parseManifest(text({ sourceLocale: 'en', docs: [1] }), 'corpus/docs/manifest.json'),
    ).toThrow(/^corpus\/docs\/manifest\.json: docs\[0\]: expected an object/)
  })

  test('a JSON syntax error names its line where V8 tells the position', () => {
    const trailingComma = '{\n  "sourceLocale": "en",\n  "docs": [],\n}\n'
    expect(() => parseManifest(trailingComma, 'm.json')).toThrow(/^m\.json:4: invalid JSON: /)
    // "Unexpected token" names no position: the file alone.
    expect(() => parseManifest('{\n  "docs": [,]\n}', 'm.json')).toThrow(/^m\.json: invalid JSON: /)
  })
})

describe('readManifest and findRepositoryRoot', () => {
  test('find the manifest from a folder below the root, and read it', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'mfa-residency-repository-'))
    folders.push(root)
    await mkdir(path.join(root, 'docs-source'))
    await writeFile(path.join(root, MANIFEST_PATH), text({ sourceLocale: 'en', docs: [doc('en')] }))
    const deep = path.join(root, 'packages/x/src')
    await mkdir(deep, { recursive: true })
    expect(findRepositoryRoot(deep)).toBe(root)
    expect(findUp(deep, 'docs-source')).toBe(path.join(root, 'docs-source'))
    expect(readManifest(root).docs).toEqual([doc('en')])
  })

  test('say so when there is none', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'mfa-residency-repository-'))
    folders.push(empty)
    expect(findRepositoryRoot(empty)).toBeNull()
    expect(findUp(empty, 'no-such-file-anywhere.json')).toBeNull()
    expect(() => readManifest(empty)).toThrow('docs-source/manifest.json: cannot read (ENOENT)')
  })

  test('find this repository from here', () => {
    expect(findRepositoryRoot(import.meta.dirname)).toBe(repoRoot)
  })
})
