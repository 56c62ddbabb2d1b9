import { readdirSync } from 'node:fs'
import path from 'node:path'
import { timeline, versions } from '@mfa-residency/dataset/history'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { serve } from '../src/serve.js'
import { axe, dist, hasChromium, launch, normalize, saveScreenshot } from './browser.js'

// The timeline and a table's history as a reader sees them, in the built site of the published
// history: titles, changes in words, commit links, the feeds each page names.
const points = timeline()
const versionWords = {
  en: { en: 'English version', sv: 'Swedish version' },
  sv: { en: 'Engelsk version', sv: 'Svensk version' },
} as const
const title = (locale: 'en' | 'sv', point: { date: string; locale: string; key: string }) =>
  `${point.date} · ${versionWords[locale][point.locale as 'en' | 'sv']} ${point.key}`
const inside = (table: string) =>
  points.filter((point) =>
    point.changes.some((change) => change.path.startsWith(`tables/${table}`)),
  )
const serverTable = 'mfa-server-and-cloud-based-mfa'

describe.skipIf(!hasChromium && !process.env.CI)('the timeline and the table histories', () => {
  let browser: Browser
  let server: Awaited<ReturnType<typeof serve>>
  beforeAll(async () => {
    browser = await launch()
    server = await serve(dist)
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  test('the timeline lists every version newest first, each with its changes and commit', async () => {
    const page = await browser.newPage()
    for (const locale of ['en', 'sv'] as const) {
      await page.goto(`${server.url}/${locale}/timeline.html`)
      // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is the point.
      const h1 = await page.locator('h1').innerText()
      expect(h1).toBe(locale === 'en' ? 'Timeline' : 'Tidslinje')
      const headings = await page.locator('section.version h2').allInnerTexts()
      expect(headings).toEqual([...points].reverse().map((point) => title(locale, point)))
      for (const point of points) {
        const section = page.locator(`section.version`, { hasText: title(locale, point) })
        expect(await section.locator('li.change').count()).toBe(point.changes.length)
      }
      await saveScreenshot(page, `${locale}-timeline-first-screen`)
    }
  })

  test('says in words what changed, and links the upstream commit when it is known', async () => {
    const page = await browser.newPage()
    const known = versions.find((version) => version.key === '2023-01-29.1')!
    const commit = `https://github.com/MicrosoftDocs/azure-docs/commit/${known.commit}`
    for (const [locale, words] of [
      [
        'en',
        {
          removed:
            'Removed: table “Multifactor authentication activity reports for sovereign clouds”, row “Microsoft Azure Germany” Before: Microsoft Azure Germany Germany United States United States',
          changed:
            'Changed: table “MFA server and cloud-based MFA”, row “Cloud MFA”, column “Authentication method” Before: Standard voice calls and all other methods After: All methods',
          facts: '29 changes · date from ms.date · Commit f835a48 (MicrosoftDocs/azure-docs)',
          unknown: '22 changes · date from ms.date · The upstream commit is not known.',
        },
      ],
      [
        'sv',
        {
          removed:
            'Borttagning: tabell ”Aktivitetsrapporter för multifaktorautentisering för nationella moln”, rad ”Microsoft Azure Tyskland” Före: Microsoft Azure Germany Germany United States United States',
          changed:
            'Ändring: tabell ”MFA-server och molnbaserad MFA”, rad ”Moln-MFA”, kolumn ”Autentiseringsmetod” Före: Standard voice calls and all other methods Efter: All methods',
          facts: '29 ändringar · datum från ms.date · Commit f835a48 (MicrosoftDocs/azure-docs)',
          unknown: '22 ändringar · datum från ms.date · Commiten i källarkivet är inte känd.',
        },
      ],
    ] as const) {
      await page.goto(`${server.url}/${locale}/timeline.html`)
      const section = page.locator('#version-en-2023-01-29-1')
      // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is the point.
      const text = normalize(await section.innerText())
      expect(text).toContain(words.removed)
      expect(text).toContain(words.changed)
      expect(text).toContain(words.facts)
      expect(await section.locator('a.commit').getAttribute('href')).toBe(commit)
      // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is the point.
      const later = normalize(await page.locator('#version-en-2023-09-14-1').innerText())
      expect(later).toContain(words.unknown)
      expect(await page.locator('#version-en-2023-09-14-1 a.commit').count()).toBe(0)
    }
  })

  test('a table page ends with its history: the versions that changed it, in its language', async () => {
    const page = await browser.newPage()
    const changing = inside(serverTable).reverse()
    expect(changing.length).toBeGreaterThan(2)
    for (const [locale, words] of [
      [
        'en',
        {
          heading: 'History',
          change:
            'Changed: row “Cloud MFA”, column “Authentication method” Before: Standard voice calls and all other methods After: All methods',
          translated: 'Translated: column “Component” After: Komponent',
        },
      ],
      [
        'sv',
        {
          heading: 'Historik',
          change:
            'Ändring: rad ”Moln-MFA”, kolumn ”Autentiseringsmetod” Före: Standard voice calls and all other methods Efter: All methods',
          translated: 'Översättning: kolumn ”Komponent” Efter: Komponent',
        },
      ],
    ] as const) {
      await page.goto(`${server.url}/${locale}/table-${serverTable}.html`)
      const history = page.locator('section.history')
      // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is the point.
      const text = normalize(await history.innerText())
      expect(text.startsWith(words.heading)).toBe(true)
      expect(await history.locator('h3').allInnerTexts()).toEqual(
        changing.map((point) => title(locale, point)),
      )
      expect(text).toContain(words.change)
      expect(text).toContain(words.translated)
      // Only this table's changes: the one removed the same day is not among them.
      expect(text).not.toContain('NPS')
      await saveScreenshot(page, `${locale}-table-history`, { fullPage: true })
    }
  })

  test('every page names the article feed, a table page its own, and both are served', async () => {
    const page = await browser.newPage()
    for (const locale of ['en', 'sv'] as const) {
      for (const file of readdirSync(path.join(dist, locale))) {
        await page.goto(`${server.url}/${locale}/${file}`)
        const feeds = await page
          .locator('link[rel="alternate"][type="application/atom+xml"]')
          .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))
        const expected = [`${server.url}/feeds/article.${locale}.atom`]
        if (file.startsWith('table-'))
          expected.push(`${server.url}/feeds/${file.replace(/\.html$/, `.${locale}.atom`)}`)
        expect(feeds, `${locale}/${file}`).toEqual(expected)
      }
      for (const feed of [`article.${locale}.atom`, `table-${serverTable}.${locale}.atom`]) {
        const response = await fetch(`${server.url}/feeds/${feed}`)
        expect(response.status).toBe(200)
        expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
      }
      await page.goto(`${server.url}/${locale}/index.html`)
      const nav = page.locator('nav a', { hasText: locale === 'en' ? 'Timeline' : 'Tidslinje' })
      expect(await nav.getAttribute('href')).toBe('timeline.html')
    }
  })

  test('axe finds nothing, and on a 390-pixel phone nothing runs off the page', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    for (const locale of ['en', 'sv'] as const) {
      for (const file of ['timeline.html', `table-${serverTable}.html`]) {
        await page.goto(`${server.url}/${locale}/${file}`)
        expect(await axe(page), `${locale}/${file}`).toEqual([])
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        expect(width, `${locale}/${file}`).toBeLessThanOrEqual(390)
      }
      await page.goto(`${server.url}/${locale}/timeline.html`)
      await saveScreenshot(page, `${locale}-timeline-390`)
    }
  })
})
