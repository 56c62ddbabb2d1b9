import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { extractDataset } from '../src/build-dataset.js'
import { sourceProvenance } from '../src/source-provenance.js'
import { englishPath } from './repo.js'
import { englishText } from './seeds.js'

// The generator's copy of the Learn sv-se page, given the <meta> tags a localized page carries.
const page = readFileSync(new URL('fixtures/learn-sv-se.html', import.meta.url), 'utf8').replace(
  '<head>',
  `<head>
  <meta name="git_commit_id" content="9A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2F1A0B">
  <meta name="original_content_git_url" content="https://github.com/MicrosoftDocs/entra-docs/blob/main/docs/identity/authentication/concept-mfa-data-residency.md">
  <meta name="ms.translationtype" content="HT">
  <meta name="ms.sourcegitcommit" content="3f1c0d2">`,
)

const english = {
  locale: 'en',
  format: 'gfm' as const,
  path: englishPath,
  pageUrl:
    'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-mfa-data-residency',
  upstreamUrl:
    'https://raw.githubusercontent.com/MicrosoftDocs/entra-docs/main/docs/identity/authentication/concept-mfa-data-residency.md',
}
const swedish = {
  locale: 'sv',
  format: 'learn-html' as const,
  path: 'docs-source/sv/concept-mfa-data-residency.html',
  pageUrl:
    'https://learn.microsoft.com/sv-se/entra/identity/authentication/concept-mfa-data-residency',
  upstreamUrl:
    'https://learn.microsoft.com/sv-se/entra/identity/authentication/concept-mfa-data-residency',
}
const bytes = (text: string) => new TextEncoder().encode(text)

describe('sources record where each document is published and where it comes from', () => {
  const { dataset } = extractDataset({ sourceLocale: 'en' }, [
    { doc: english, bytes: bytes(englishText) },
    { doc: swedish, bytes: bytes(page) },
  ])

  test('English from the raw GitHub URL of the manifest: repository and path, commit unknown', () => {
    expect(dataset.sources.en).toMatchObject({
      url: english.pageUrl,
      upstream: {
        repository: 'MicrosoftDocs/entra-docs',
        path: 'docs/identity/authentication/concept-mfa-data-residency.md',
        commit: null,
      },
      translationType: null,
      translatedFrom: null,
    })
  })

  test('a Learn page from its own <meta>: file, commit, translation type and the English it translates', () => {
    expect(dataset.sources.sv).toMatchObject({
      url: swedish.pageUrl,
      msDate: '2024-11-27',
      upstream: {
        repository: 'MicrosoftDocs/entra-docs',
        path: 'docs/identity/authentication/concept-mfa-data-residency.md',
        commit: '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b',
      },
      translationType: 'HT',
      translatedFrom: '3f1c0d2',
    })
  })

  test('a source with no manifest entry or an address outside MicrosoftDocs knows nothing', () => {
    const none = { url: null, upstream: null, translationType: null, translatedFrom: null }
    expect(sourceProvenance({}, undefined)).toEqual(none)
    for (const upstreamUrl of [
      'https://raw.githubusercontent.com/someone/entra-docs/main/docs/a.md',
      'http://raw.githubusercontent.com/MicrosoftDocs/entra-docs/main/docs/a.md',
      'https://github.com/MicrosoftDocs/entra-docs/tree/main/docs',
      'data:text/plain,hello',
      'not a url',
    ]) {
      expect(sourceProvenance({ upstreamUrl }, undefined), upstreamUrl).toEqual(none)
    }
  })
})
