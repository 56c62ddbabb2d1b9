import { describe, expect, test } from 'vitest'
import { absoluteUrl, defaultSiteUrl, siteUrlFrom } from '../src/site-url.js'
import { commitUrl } from '../src/upstream-commit.js'

// The two places where data becomes a URL: the upstream commit of a version, and the site's own.
const sha = '14d4dbf998504e1002b13492dfb4a1d1f441c047'

describe('commitUrl', () => {
  test('links a well-formed repository and commit on GitHub', () => {
    expect(commitUrl('MicrosoftDocs/entra-docs', sha)).toBe(
      `https://github.com/MicrosoftDocs/entra-docs/commit/${sha}`,
    )
    expect(commitUrl('officelearn/azure-docs.sv-se', sha)).toBe(
      `https://github.com/officelearn/azure-docs.sv-se/commit/${sha}`,
    )
  })

  test.each([
    ['no repository', null, sha],
    ['no commit', 'MicrosoftDocs/entra-docs', null],
    ['a short sha', 'MicrosoftDocs/entra-docs', sha.slice(0, 7)],
    ['an uppercase sha', 'MicrosoftDocs/entra-docs', sha.toUpperCase()],
    ['a sha with a path after it', 'MicrosoftDocs/entra-docs', `${sha}/../../evil`],
    ['a repository of three parts', 'MicrosoftDocs/entra-docs/x', sha],
    ['a repository that climbs', 'MicrosoftDocs/..', sha],
    ['an owner with a leading hyphen', '-MicrosoftDocs/entra-docs', sha],
    ['a scheme in the owner', 'javascript:alert(1)/x', sha],
    ['a host in the owner', 'evil.example/x', sha],
  ])('gives no link for %s', (_, repository, commit) => {
    expect(commitUrl(repository, commit)).toBeNull()
  })
})

describe('siteUrlFrom', () => {
  test('is the GitHub Pages address when the setting is unset or empty', () => {
    expect(siteUrlFrom(undefined)).toBe(defaultSiteUrl)
    expect(siteUrlFrom('')).toBe(defaultSiteUrl)
  })

  test('ends with a slash, so that a file stays inside the site', () => {
    const base = siteUrlFrom('https://docs.example.org/mfa')
    expect(base).toBe('https://docs.example.org/mfa/')
    expect(absoluteUrl(base, 'feeds/article.en.atom')).toBe(
      'https://docs.example.org/mfa/feeds/article.en.atom',
    )
  })

  test.each([
    ['https://user:secret@docs.example.org/', 'carries a user name or password'],
    ['https://docs.example.org/#top', 'has a query or a fragment'],
    ['ftp://docs.example.org/', 'is not https'],
    ['/mfa/', 'is not a URL'],
  ])('refuses %s, naming the setting', (value, why) => {
    expect(() => siteUrlFrom(value)).toThrow(
      `MFA_SITE_URL: "${value}" ${why}: expected an absolute https URL such as ${defaultSiteUrl}`,
    )
  })
})
