import { createRequire } from 'node:module'
import type { Dataset, Term } from '@mfa-residency/dataset'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { renderSite } from '../src/build-site.js'
import { noReleaseNotes } from '../src/release-notes.js'
import { serve } from '../src/serve.js'
import { axe, dist, hasChromium, launch, normalize, visibleText, withSite } from './browser.js'
import { publishedHistory } from './published-history.js'

const require = createRequire(import.meta.url)
const publicTable = 'table-data-stored-by-microsoft-entra-multifactor-authentication.html'
const otherTable = 'table-data-stored-by-microsoft-entra-multifactor-authentication-2.html'

/** What a reader sees of one element (innerText), white space runs as one space. */
async function textOf(page: Page, selector: string | Locator): Promise<string> {
  const locator = typeof selector === 'string' ? page.locator(selector) : selector
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point.
  return normalize(await locator.innerText())
}

describe.skipIf(!hasChromium && !process.env.CI)('codes, scopes and clouds', () => {
  let browser: Browser
  let server: Awaited<ReturnType<typeof serve>>
  let page: Page
  beforeAll(async () => {
    browser = await launch()
    server = await serve(dist)
    page = await browser.newPage()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  test('the 21Vianet cloud page shows its code and every value with its code', async () => {
    const text = await visibleText(page, `${server.url}/en/cloud-azure-china.html`)
    expect(await textOf(page, 'h1')).toBe('Microsoft Azure operated by 21Vianet')
    expect(text).toContain('azure-cli cloud name: AzureChinaCloud')
    expect(text).toContain('Stored for this cloud')
    const row = page.locator('tr', {
      has: page.locator('th', { hasText: 'Microsoft Azure operated by 21Vianet' }),
    })
    const cells = await row.locator('td').allInnerTexts()
    // Sign-in logs, activity report, service logs: the sovereign-cloud table's columns.
    expect(cells.slice(0, 3).map(normalize)).toEqual([
      'China CN',
      'United States US',
      'United States US',
    ])
    // The scope-wide table for Azure Government and 21Vianet, under its told-apart title.
    expect(text).toContain(
      'Data stored by Microsoft Entra multifactor authentication (Microsoft Azure Government, Microsoft Azure operated by 21Vianet',
    )
    expect(text).toContain('Applies to: Microsoft Azure Government AzureUSGovernment')
    // Only this cloud's row of the sovereign-cloud table.
    expect(text).not.toContain('Microsoft Government Cloud')
    // The code is set apart from its text, not run into it.
    const code = page.locator('td code.term-code', { hasText: 'CN' }).first()
    expect(await code.evaluate((element) => getComputedStyle(element).borderStyle)).toBe('solid')
  })

  test('the Swedish cloud page says it in Swedish, codes unchanged', async () => {
    const text = await visibleText(page, `${server.url}/sv/cloud-azure-china.html`)
    expect(await textOf(page, 'h1')).toBe('Microsoft Azure som drivs av 21Vianet')
    for (const words of [
      'Molnnamn i azure-cli: AzureChinaCloud',
      'Lagras för det här molnet',
      'Gäller för: Microsoft Azure Government AzureUSGovernment',
      'Kina CN',
      'USA US',
    ])
      expect(text).toContain(words)
    expect(await textOf(page, 'nav')).toContain('Moln')
    expect(text).not.toContain('Stored for this cloud')
  })

  test('every cloud page lists what is stored for it; the public cloud its two tables', async () => {
    const text = await visibleText(page, `${server.url}/en/cloud-azure-public.html`)
    expect(text).toContain('azure-cli cloud name: AzureCloud')
    expect(text).toContain(
      'Data stored by Microsoft Entra multifactor authentication (Azure public cloud)',
    )
    expect(text).toContain('MFA server and cloud-based MFA')
    expect(text).toContain('MFA backend in United States US')
    expect(await page.locator('main table').count()).toBe(2)
    await page.goto(`${server.url}/en/cloud-azure-us-government.html`)
    expect(await page.locator('main table tbody tr').count()).toBe(5)
    expect(await textOf(page, 'main')).toContain('Microsoft Government Cloud AzureUSGovernment')
  })

  test('the home page links every cloud, and the nav leads there', async () => {
    for (const [locale, nav, heading, clouds] of [
      ['en', 'Clouds', 'At a glance, by cloud', 'Azure public cloud AzureCloud'],
      ['sv', 'Moln', 'I korthet, per moln', 'Offentligt Azure-moln AzureCloud'],
    ] as const) {
      await page.goto(`${server.url}/${locale}/index.html`)
      expect(await textOf(page, 'section:has(> h2#clouds)')).toContain(`${heading} `)
      expect(await textOf(page, 'section:has(> h2#clouds)')).toContain(clouds)
      expect(
        await page
          .locator('#clouds ~ .glance-grid h3 a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      ).toEqual([
        'cloud-azure-public.html',
        'cloud-azure-us-government.html',
        'cloud-azure-china.html',
      ])
      await page.click(`nav a:text-is("${nav}")`)
      expect(new URL(page.url()).hash).toBe('#clouds')
    }
  })

  test('the two tables with one heading are linked by different titles', async () => {
    for (const locale of ['en', 'sv'] as const) {
      await page.goto(`${server.url}/${locale}/index.html`)
      const links = page.locator('#all-tables ~ ul a')
      const first = await textOf(page, links.and(page.locator(`[href="${publicTable}"]`)))
      const second = await textOf(page, links.and(page.locator(`[href="${otherTable}"]`)))
      expect(first).not.toBe(second)
      const heading =
        locale === 'en'
          ? 'Data stored by Microsoft Entra multifactor authentication'
          : 'Data som lagras av Microsoft Entra multifaktorautentisering'
      expect(first.startsWith(heading) && second.startsWith(heading)).toBe(true)
      // The matrices on the overview too.
      const titles = await page.locator('#matrix-heading ~ h3').allInnerTexts()
      expect(new Set(titles).size).toBe(titles.length)
    }
  })

  test('a table page shows what it applies to and what it excludes', async () => {
    const en = await visibleText(page, `${server.url}/en/${publicTable}`)
    expect(await textOf(page, 'h1')).toBe(
      'Data stored by Microsoft Entra multifactor authentication (Azure public cloud)',
    )
    expect(await page.title()).toContain('(Azure public cloud)')
    expect(en).toContain('Applies to: Azure public cloud AzureCloud')
    expect(en).toContain('Excludes: Azure AD B2C authentication, NPS extension, AD FS adapter')
    const sv = await visibleText(page, `${server.url}/sv/${publicTable}`)
    expect(sv).toContain('Gäller för: Offentligt Azure-moln AzureCloud')
    expect(sv).toContain('Undantar: Azure AD B2C-autentisering, NPS-tillägget, AD FS-adaptern')
    // A table about no cloud or component in particular says nothing of scope.
    const sovereign = await visibleText(
      page,
      `${server.url}/en/table-multifactor-authentication-activity-reports-for-sovereign-clouds.html`,
    )
    expect(sovereign).not.toContain('Applies to')
  })

  test('retention periods are shown as typed durations beside their sentence', async () => {
    for (const [locale, sentence] of [
      ['en', 'This information is retained for 90 days. Retention: P90D'],
      ['sv', 'Den här informationen behålls i 90 dagar. Lagringstid: P90D'],
    ] as const) {
      expect(await visibleText(page, `${server.url}/${locale}/article.html`)).toContain(sentence)
      expect(await textOf(page, 'main')).toContain('P30D')
      // On the overview, in every cloud's block: the sentence, then its typed duration.
      await page.goto(`${server.url}/${locale}/index.html`)
      for (const block of await page.locator('.cloud-glance').all())
        expect(await textOf(page, block)).toContain(sentence.replace(/ \S+: P90D$/, ' P90D'))
    }
  })
})

describe.skipIf(!hasChromium && !process.env.CI)('a cloud the article says nothing about', () => {
  test('gets a page that says so, in both languages', async () => {
    const dataset = structuredClone(require('@mfa-residency/dataset/dataset.json')) as Dataset
    const germany: Term = {
      id: 'cloud/azure-germany',
      kind: 'cloud',
      code: 'AzureGermanCloud',
      codeScheme: 'azure-cli-cloud',
      retired: true,
      label: { en: 'Microsoft Azure Germany', sv: 'Microsoft Azure Tyskland' },
    }
    dataset.terms = [...dataset.terms, germany].sort((a, b) => a.id.localeCompare(b.id))
    await withSite(
      renderSite({
        dataset,
        releases: noReleaseNotes,
        version: 'test',
        schema: '{}',
        ...publishedHistory,
      }),
      async (url, browser) => {
        const page = await browser.newPage()
        const en = await visibleText(page, `${url}/en/cloud-azure-germany.html`)
        expect(en).toContain('azure-cli cloud name: AzureGermanCloud')
        expect(en).toContain(
          'Stored for this cloud The article states nothing specific to this cloud.',
        )
        expect(await page.locator('main table').count()).toBe(0)
        expect(await axe(page)).toEqual([])
        const sv = await visibleText(page, `${url}/sv/cloud-azure-germany.html`)
        expect(sv).toContain(
          'Lagras för det här molnet Artikeln anger inget som gäller specifikt för det här molnet.',
        )
        // The overview gives it a block too, which states only what holds for every cloud.
        await page.goto(`${url}/en/index.html`)
        expect(await page.locator('.cloud-glance').count()).toBe(4)
        const block = await textOf(page, '#glance-azure-germany')
        expect(block).toContain(
          'Multifactor authentication activity reports not stated in the article',
        )
        expect(block).toContain('Which data stores hold what not stated in the article')
        expect(block).toContain('Log data is stored for 30 days. P30D')
      },
    )
  })
})
