import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Dataset } from '@mfa-residency/dataset'
import { timeline } from '@mfa-residency/dataset/history'
import { parseAtomFeed } from 'feedsmith'
import { describe, expect, test } from 'vitest'
import { atomXml } from '../src/atom-feed.js'
import { renderSite } from '../src/build-site.js'
import { noReleaseNotes } from '../src/release-notes.js'
import { defaultSiteUrl, siteUrlFrom } from '../src/site-url.js'
import { dist } from './browser.js'
import { publishedHistory } from './published-history.js'

// The feeds as a feed reader gets them: parsed by feedsmith, an npm feed parser, not by us.
const require = createRequire(import.meta.url)
const builder = path.resolve(import.meta.dirname, '../lib/build-site.js')
const dataset = require('@mfa-residency/dataset/dataset.json') as Dataset
const siteUrl = siteUrlFrom(process.env.MFA_SITE_URL)
const feedFiles = readdirSync(path.join(dist, 'feeds')).sort()
const points = timeline()

/** The versions a feed has an entry for: those that changed something at or inside `path`. */
const changing = (path: string | null) =>
  points.filter((point) =>
    path === null
      ? point.changes.length > 0
      : point.changes.some((change) => change.path === path || change.path.startsWith(`${path}/`)),
  )

const rfc3339Midnight = /^\d{4}-\d{2}-\d{2}T00:00:00Z$/

/** What RFC 4287 requires of a feed and of each entry (4.1.1, 4.1.2), read back by the parser. */
function checkRequired(xml: string, where: string) {
  const feed = parseAtomFeed(xml)
  expect(feed.id, where).toMatch(/^https:\/\//)
  expect(feed.title?.value, where).toBeTruthy()
  expect(feed.updated, where).toMatch(rfc3339Midnight)
  // Every entry has no author of its own, so the feed must have one (4.1.1).
  expect(feed.authors?.[0]?.name, where).toBeTruthy()
  expect(feed.links?.find((link) => link.rel === 'self')?.href, where).toBe(feed.id)
  const ids = new Set<string>()
  for (const entry of feed.entries ?? []) {
    expect(entry.id, where).toMatch(/^https:\/\//)
    ids.add(entry.id!)
    expect(entry.title?.value, where).toBeTruthy()
    expect(entry.updated, where).toMatch(rfc3339Midnight)
    const alternate = entry.links?.find((link) => link.rel === 'alternate')
    expect(alternate?.href ?? entry.content?.value, where).toBeTruthy()
    expect(entry.content?.value, where).toBeTruthy()
  }
  expect(ids.size, `${where}: entry ids are unique`).toBe(feed.entries?.length ?? 0)
  return feed
}

describe('the Atom feeds of the built site', () => {
  test('there is one for the article and one per table, in each language', () => {
    const expected = ['en', 'sv'].flatMap((locale) => [
      `article.${locale}.atom`,
      ...dataset.tables.map((table) => `table-${table.id}.${locale}.atom`),
    ])
    expect(feedFiles).toEqual(expected.sort())
  })

  test.each(feedFiles)(
    '%s has the elements RFC 4287 requires and one entry per changing version',
    (file) => {
      const xml = readFileSync(path.join(dist, 'feeds', file), 'utf8')
      const feed = checkRequired(xml, file)
      const [, kind, locale] = /^(article|table-.+)\.(en|sv)\.atom$/.exec(file)!
      const table = kind === 'article' ? null : `tables/${kind!.slice('table-'.length)}`
      const versions = changing(table)
      expect(feed.entries).toHaveLength(versions.length)
      // Newest first, dated by the version, never by the day of the build.
      expect(feed.entries!.map((entry) => entry.updated)).toEqual(
        [...versions].reverse().map((point) => `${point.date}T00:00:00Z`),
      )
      expect(feed.updated).toBe(feed.entries![0]!.updated)
      const page = kind === 'article' ? 'timeline.html' : `${kind}.html`
      expect(feed.id).toBe(`${siteUrl}feeds/${file}`)
      expect(feed.links?.find((link) => link.rel === 'alternate')?.href).toBe(
        `${siteUrl}${locale}/${page}`,
      )
      for (const entry of feed.entries!)
        expect(entry.links?.find((link) => link.rel === 'alternate')?.href).toMatch(
          new RegExp(
            `^${siteUrl.replaceAll('.', '\\.')}${locale}/${page.replaceAll('.', '\\.')}#version-`,
          ),
        )
    },
  )

  test('an entry says what changed in the feed’s language and links the upstream commit', () => {
    const commit =
      'https://github.com/MicrosoftDocs/azure-docs/commit/f835a48ffc528f357660c235d45b44bffadd7477'
    for (const [locale, words] of [
      [
        'en',
        [
          'Removed',
          'Before: ',
          '29 changes',
          '2023-01-29 · English version 2023-01-29.1: 29 changes',
        ],
      ],
      [
        'sv',
        [
          'Borttagning',
          'Före: ',
          '29 ändringar',
          '2023-01-29 · Engelsk version 2023-01-29.1: 29 ändringar',
        ],
      ],
    ] as const) {
      const feed = parseAtomFeed(
        readFileSync(path.join(dist, `feeds/article.${locale}.atom`), 'utf8'),
      )
      const entry = feed.entries!.find((one) => one.id?.endsWith('#version-en-2023-01-29-1'))!
      expect(entry.title?.value).toBe(words[3])
      expect(entry.links?.find((link) => link.rel === 'related')?.href).toBe(commit)
      const html = entry.content!.value!
      for (const word of words.slice(0, 3)) expect(html).toContain(word)
      // A table the site has is linked by its absolute URL: the feed is read away from the site.
      expect(html).toContain(`href="${siteUrl}${locale}/table-mfa-server-and-cloud-based-mfa.html"`)
    }
  })

  test('are the same bytes on every build: dated by the versions, not by the day', () => {
    // Rendered now, in this process, and by `pnpm build` before the tests: the same bytes.
    const files = renderSite({
      dataset,
      releases: noReleaseNotes,
      version: 'test',
      schema: '{}',
      ...publishedHistory,
      siteUrl,
    })
    for (const file of feedFiles)
      expect(files.get(`feeds/${file}`), file).toBe(
        readFileSync(path.join(dist, 'feeds', file), 'utf8'),
      )
  })
})

describe('the site URL setting', () => {
  const build = async (env: Record<string, string>) => {
    const out = await mkdtemp(path.join(tmpdir(), 'mfa-residency-feeds-'))
    try {
      const { stderr } = await promisify(execFile)(process.execPath, [builder, '--out', out], {
        env: { ...process.env, ...env },
      })
      return {
        code: 0,
        stderr,
        feed: await readFile(path.join(out, 'feeds/article.en.atom'), 'utf8'),
      }
    } catch (error) {
      const failed = error as { code: number; stderr: string }
      return { code: failed.code, stderr: failed.stderr, feed: null }
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  }

  test('MFA_SITE_URL makes every absolute URL of the feeds', async () => {
    const run = await build({ MFA_SITE_URL: 'https://docs.example.org/mfa' })
    expect(run.code).toBe(0)
    const feed = checkRequired(run.feed!, 'article.en.atom')
    expect(feed.id).toBe('https://docs.example.org/mfa/feeds/article.en.atom')
    expect(feed.entries![0]!.id).toMatch(
      /^https:\/\/docs\.example\.org\/mfa\/en\/timeline\.html#version-/,
    )
    expect(run.feed).not.toContain(defaultSiteUrl)
  })

  test.each([
    ['http://docs.example.org/', 'is not https'],
    ['docs.example.org', 'is not a URL'],
    ['https://docs.example.org/?page=1', 'has a query or a fragment'],
  ])('refuses %s and builds nothing', async (value, why) => {
    const run = await build({ MFA_SITE_URL: value })
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      `error: MFA_SITE_URL: "${value}" ${why}: expected an absolute https URL such as ${defaultSiteUrl}\n`,
    )
  })
})

describe('document text in a feed', () => {
  test('reaches the reader as the same text, markup and all, and a control character as \\u{…}', () => {
    const hostile = '</title><script>alert(1)</script> & ]]> "quoted" \u0001'
    const xml = atomXml({
      id: 'https://docs.example.org/feeds/x.atom',
      lang: 'en',
      title: hostile,
      subtitle: 'subtitle',
      author: { name: 'A', uri: 'https://docs.example.org/' },
      rights: 'CC BY 4.0',
      self: 'https://docs.example.org/feeds/x.atom',
      page: 'https://docs.example.org/en/timeline.html',
      since: '2019-12-12',
      entries: [
        {
          id: 'https://docs.example.org/en/timeline.html#a',
          title: hostile,
          date: '2021-06-03',
          page: 'https://docs.example.org/en/timeline.html#a"><x y="',
          related: null,
          html: `<p>${hostile}</p>`,
        },
      ],
    })
    const shown = hostile.replace('\u0001', '\\u{1}')
    const feed = checkRequired(xml, 'hostile')
    expect(feed.title?.value).toBe(shown)
    expect(feed.entries![0]!.title?.value).toBe(shown)
    expect(feed.entries![0]!.content?.value).toBe(`<p>${shown}</p>`)
    expect(feed.entries![0]!.links![0]!.href).toBe(
      'https://docs.example.org/en/timeline.html#a"><x y="',
    )
    expect(xml).not.toContain('<script>')
  })
})
