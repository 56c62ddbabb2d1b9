import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { atAGlance, type Dataset } from '@mfa-residency/dataset'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { serve } from '../src/serve.js'
import { dist, hasChromium, launch, normalize, saveScreenshot } from './browser.js'
import { checkSourceLinks } from './source-shapes.js'

// The overview answers first: what a reader sees on the first screen, and where each fact links.
const require = createRequire(import.meta.url)
const dataset = require('@mfa-residency/dataset/dataset.json') as Dataset
const pages = readdirSync(path.join(dist, 'en')).sort()
const locales = ['en', 'sv'] as const

/** innerText of each element, white space as one space. */
const textsOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is the point.
    .evaluateAll((all) => all.map((element) => (element as HTMLElement).innerText))
    .then((texts) => texts.map(normalize))

/** The elements matching `selector` that are not wholly inside the first screen. */
const belowTheFold = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((all) =>
    all
      .filter((element) => {
        const box = element.getBoundingClientRect()
        return box.height === 0 || box.bottom > window.innerHeight || box.right > window.innerWidth
      })
      .map((element) => element.textContent?.slice(0, 60)),
  )

describe.skipIf(!hasChromium && !process.env.CI)('the overview answers first', () => {
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

  test('at 1280×900 the first screen names, for every cloud, where its logs and reports are and how long data is kept', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    for (const locale of locales) {
      await page.goto(`${server.url}/${locale}/index.html`)
      const glance = atAGlance(dataset)
      expect(await textsOf(page, '.cloud-glance h3')).toEqual(
        glance.map((entry) => `${entry.cloud.label[locale]} ${entry.cloud.code}`),
      )
      // Every store's line and every retention sentence of every block, not just the first block.
      expect(await belowTheFold(page, '.cloud-glance .locations > *'), locale).toEqual([])
      const blocks = await textsOf(page, '.cloud-glance')
      const [publicCloud, government, china] = blocks as [string, string, string]
      if (locale === 'en') {
        expect(china).toContain('Microsoft Entra sign-in logs China CN')
        expect(china).toContain('Multifactor authentication activity reports United States US')
        expect(china).toContain('Multifactor authentication service logs United States US')
        expect(government).toContain('Microsoft Entra sign-in logs United States US')
        expect(publicCloud).toContain(
          'Multifactor authentication service logs MFA backend in United States US (MFA server)',
        )
        expect(publicCloud).toContain('Microsoft Entra sign-in logs in region (Cloud MFA)')
        for (const block of blocks) {
          expect(block).toContain('This information is retained for 90 days. P90D')
          expect(block).toContain('Log data is stored for 30 days. P30D')
          expect(block).toContain(
            'Phone calls using custom greetings always originate from data centers in the United States.',
          )
        }
      } else {
        expect(china).toContain('Inloggningsloggar för Microsoft Entra Kina CN')
        expect(china).toContain('Tjänstloggar för multifaktorautentisering USA US')
        expect(publicCloud).toContain('MFA-serverdel i USA US (MFA-server)')
        for (const block of blocks) {
          expect(block).toContain('Den här informationen behålls i 90 dagar. P90D')
          expect(block).toContain('Loggdata lagras i 30 dagar. P30D')
          expect(block).toContain('anpassade hälsningar kommer alltid från datacenter i USA')
          expect(block).not.toMatch(/not stated|Learn · GitHub/)
        }
      }
      await saveScreenshot(page, `${locale}-index-first-screen`)
    }
    await page.close()
  })

  test('the first screen at 1280×900 shows the retention periods of every block', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    for (const locale of locales) {
      await page.goto(`${server.url}/${locale}/index.html`)
      expect(await textsOf(page, '.cloud-glance .retention code')).toEqual(
        Array(3).fill(['P90D', 'P30D']).flat(),
      )
      expect(await belowTheFold(page, '.cloud-glance .retention > li')).toEqual([])
    }
    await page.close()
  })

  test('every fact on the overview, and every row of every table, links to its source', async () => {
    const page = await browser.newPage()
    for (const locale of locales) {
      for (const file of pages) {
        await page.goto(`${server.url}/${locale}/${file}`)
        const facts = await page
          .locator('.cloud-glance :is(dd, li):not(:has(dd, li)), table:not(#sources) tbody tr')
          .evaluateAll((all) =>
            all
              .filter((element) => !element.querySelector('.not-stated'))
              .map((element) =>
                [...element.querySelectorAll('.sources a')].map((link) =>
                  link.getAttribute('href'),
                ),
              ),
          )
        if (file === 'index.html') expect(facts.length, 'facts on the overview').toBeGreaterThan(40)
        checkSourceLinks(facts, dataset, locale, `${locale}/${file}`)
      }
    }
    await page.close()
  })

  test('the language switch reads "Svenska" on English pages and "English" on Swedish ones, to the same page', async () => {
    const page = await browser.newPage()
    for (const file of pages)
      for (const [locale, other, label] of [
        ['en', 'sv', 'Svenska'],
        ['sv', 'en', 'English'],
      ] as const) {
        await page.goto(`${server.url}/${locale}/${file}`)
        const link = page.locator('header .language a')
        // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is the point.
        expect(normalize(await link.innerText()), `${locale}/${file}`).toBe(label)
        expect(await link.getAttribute('lang')).toBe(other)
        await link.click()
        expect(new URL(page.url()).pathname).toBe(`/${other}/${file}`)
        expect(await page.getAttribute('html', 'lang')).toBe(other)
      }
    await page.close()
  })

  test('Swedish pages speak Swedish: callouts, the footer and the source column', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/sv/lists.html`)
    const kinds = await textsOf(page, '.note-kind')
    expect(kinds).toEqual(['VIKTIGT!', 'KOMMENTAR'])
    // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is the point.
    expect(normalize(await page.locator('footer').innerText())).toMatch(/^Källa: /)
    await page.goto(`${server.url}/sv/table-data-stored-by-mfa-server.html`)
    expect(await textsOf(page, 'thead th')).toContain('Källa')
    for (const file of pages) {
      await page.goto(`${server.url}/sv/${file}`)
      // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is the point.
      const text = normalize(await page.locator('body').innerText())
      expect(text, file).not.toMatch(/\b(IMPORTANT|NOTE|Source:|Important|Note:)/)
    }
    await page.goto(`${server.url}/en/lists.html`)
    expect(await textsOf(page, '.note-kind')).toEqual(['IMPORTANT', 'NOTE'])
    await page.close()
  })

  test('at 390×844 the first cloud block starts on the first screen, and no caption is cut off', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    for (const locale of locales) {
      await page.goto(`${server.url}/${locale}/index.html`)
      const start =
        '.cloud-glance:first-child :is(h3, h4:first-of-type, dt:first-of-type, dd:first-of-type)'
      expect(await page.locator(start).count()).toBe(4)
      expect(await belowTheFold(page, start)).toEqual([])
      await saveScreenshot(page, `mobile-${locale}-index`)
      for (const file of pages) {
        await page.goto(`${server.url}/${locale}/${file}`)
        const clipped = await page.locator('caption').evaluateAll((captions) =>
          captions
            .filter((caption) => {
              const box = caption.getBoundingClientRect()
              const region = caption.closest('.table-scroll')!.getBoundingClientRect()
              return box.left < region.left - 1 || box.right > region.right + 1
            })
            .map((caption) => caption.textContent),
        )
        expect(clipped, `${locale}/${file}`).toEqual([])
      }
    }
    await context.close()
  })
})
