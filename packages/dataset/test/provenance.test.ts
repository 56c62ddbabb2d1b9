import { describe, expect, test } from 'vitest'
import { type Dataset, dataset, type SourceDocument, sourceLinks } from '../src/index.js'

const commit = '14d4dbf0a1b2c3d4e5f60718293a4b5c6d7e8f90'

/** The published dataset with its English source replaced in part. */
function withEnglish(source: Partial<SourceDocument>): Dataset {
  return { ...dataset, sources: { ...dataset.sources, en: { ...dataset.sources.en, ...source } } }
}

const upstream = (repository: string, path: string, pinnedTo: string | null) =>
  withEnglish({ upstream: { repository, path, commit: pinnedTo } })

describe('sourceLinks', () => {
  test('the published data: Learn pages in each locale, the English file on HEAD without an anchor', () => {
    expect(sourceLinks(dataset, 'en', { line: 113 })).toEqual({
      page: 'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-mfa-data-residency',
      upstream:
        'https://github.com/MicrosoftDocs/entra-docs/blob/HEAD/docs/identity/authentication/concept-mfa-data-residency.md',
      pinned: false,
    })
    expect(sourceLinks(dataset, 'sv', { line: 4 })).toEqual({
      page: 'https://learn.microsoft.com/sv-se/entra/identity/authentication/concept-mfa-data-residency',
      upstream: null,
      pinned: false,
    })
  })

  test('a known commit pins the file and anchors the span', () => {
    const pinned = upstream('MicrosoftDocs/entra-docs', 'docs/a.md', commit.toUpperCase())
    const base = `https://github.com/MicrosoftDocs/entra-docs/blob/${commit}/docs/a.md`
    expect(sourceLinks(pinned, 'en', { line: 25, endLine: 27 })).toMatchObject({
      upstream: `${base}#L25-L27`,
      pinned: true,
    })
    expect(sourceLinks(pinned, 'en', { line: 25, endLine: 25 }).upstream).toBe(`${base}#L25`)
    expect(sourceLinks(pinned, 'en', { line: 9 }).upstream).toBe(`${base}#L9`)
    expect(sourceLinks(pinned, 'en').upstream).toBe(base)
  })

  test('a commit that is not 40 hex digits is treated as unknown', () => {
    const links = sourceLinks(upstream('o/r', 'a.md', 'main'), 'en', { line: 3 })
    expect(links).toMatchObject({
      upstream: 'https://github.com/o/r/blob/HEAD/a.md',
      pinned: false,
    })
  })

  test('path segments are encoded; a malformed repository or path gives no upstream link', () => {
    const spaced = upstream('o/r', 'docs/a b#c?.md', commit)
    expect(sourceLinks(spaced, 'en').upstream).toBe(
      `https://github.com/o/r/blob/${commit}/docs/a%20b%23c%3F.md`,
    )
    for (const [repository, path] of [
      ['o/r/extra', 'a.md'],
      ['evil.com/x', 'a.md'],
      ['-o/r', 'a.md'],
      ['o/..', 'a.md'],
      ['o/r', '../../a.md'],
      ['o/r', '/a.md'],
      ['o/r', 'docs//a.md'],
    ] as const)
      expect(
        sourceLinks(upstream(repository, path, commit), 'en').upstream,
        repository + path,
      ).toBe(null)
  })

  test('only an http(s) page is a page', () => {
    expect(sourceLinks(withEnglish({ url: 'javascript:alert(1)' }), 'en').page).toBe(null)
    expect(sourceLinks(withEnglish({ url: 'not a url' }), 'en').page).toBe(null)
    expect(sourceLinks(withEnglish({ url: null }), 'en').page).toBe(null)
    const { url: _, ...withoutUrl } = dataset.sources.en
    const older = { ...dataset, sources: { ...dataset.sources, en: withoutUrl } }
    expect(sourceLinks(older, 'en').page).toBe(null)
  })

  test('a span that is not a range of lines is a programming error', () => {
    const pinned = upstream('o/r', 'a.md', commit)
    expect(() => sourceLinks(pinned, 'en', { line: 0 })).toThrow(RangeError)
    expect(() => sourceLinks(pinned, 'en', { line: 5, endLine: 4 })).toThrow(RangeError)
  })
})
