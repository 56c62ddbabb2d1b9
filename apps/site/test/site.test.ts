import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Dataset } from '@mfa-residency/dataset'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { renderSite, writeSite } from '../src/build-site.js'
import { serve } from '../src/serve.js'

const require = createRequire(import.meta.url)
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const hasChromium = existsSync(chromiumPath)
if (!hasChromium && !process.env.CI)
  console.warn(`browser tests skipped: no Chromium at ${chromiumPath} (apt-get install chromium)`)

const dist = path.resolve(import.meta.dirname, '../dist')
const shots = path.resolve(import.meta.dirname, '../../../test-results/site-screenshots')
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const pages = readdirSync(path.join(dist, 'en')).sort()
/** What the changes page shows when a test builds the site from a dataset of its own. */
const emptyReport = {
  schemaVersion: 1 as const,
  base: 'x',
  head: 'x',
  bump: 'none' as const,
  counts: { data: 0, cosmetic: 0, 'translation-drift': 0 },
  changes: [],
}

// As the machine's probe runs it: headless, no sandbox as root, no background network.
const launch = () =>
  chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })

async function axe(page: Page) {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> }
      }
    ).axe.run()
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
  })
}

describe.skipIf(!hasChromium && !process.env.CI)('the built site in Chromium', () => {
  let browser: Browser
  let server: Awaited<ReturnType<typeof serve>>
  beforeAll(async () => {
    browser = await launch()
    server = await serve(dist)
    await mkdir(shots, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  test('has every page in both languages', () => {
    expect(pages).toContain('index.html')
    expect(readdirSync(path.join(dist, 'sv')).sort()).toEqual(pages)
    expect(pages.filter((page) => page.startsWith('table-'))).toHaveLength(5)
  })

  for (const locale of ['en', 'sv']) {
    test.each(pages)(`${locale}/%s: loads, is labelled, has zero axe violations`, async (file) => {
      const page = await browser.newPage()
      const response = await page.goto(`${server.url}/${locale}/${file}`)
      expect(response?.status()).toBe(200)
      expect(await page.getAttribute('html', 'lang')).toBe(locale)
      expect(await page.locator('h1').count()).toBe(1)
      expect(
        await page
          .locator(`link[rel=alternate][hreflang=${locale === 'en' ? 'sv' : 'en'}]`)
          .getAttribute('href'),
      ).toBe(`../${locale === 'en' ? 'sv' : 'en'}/${file}`)
      expect(await axe(page)).toEqual([])
      await page.screenshot({
        path: path.join(shots, `${locale}-${file.replace('.html', '')}.png`),
        fullPage: true,
      })
      await page.close()
    })
  }

  test('the key values: 21Vianet sign-in logs are in China, in Kina on the Swedish page', async () => {
    const page = await browser.newPage()
    for (const [locale, cloud, country] of [
      ['en', 'Microsoft Azure operated by 21Vianet', 'China'],
      ['sv', 'Microsoft Azure drivs av 21Vianet', 'Kina'],
    ] as const) {
      await page.goto(`${server.url}/${locale}/index.html`)
      const row = page.locator('tr', { has: page.locator('th', { hasText: cloud }) })
      await expect.poll(() => row.locator('td').first().textContent()).toBe(country)
    }
    await page.close()
  })

  test('the language switch keeps you on the same page', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/en/table-data-stored-by-mfa-server.html`)
    await page.click('.language a')
    expect(new URL(page.url()).pathname).toBe('/sv/table-data-stored-by-mfa-server.html')
    expect(await page.locator('h1').textContent()).toBe('Data som lagras av MFA Server')
    await page.click('.language a')
    expect(new URL(page.url()).pathname).toBe('/en/table-data-stored-by-mfa-server.html')
    await page.close()
  })

  test('filtering hides the rows that do not match, ignoring case and accents', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/sv/table-data-stored-by-mfa-server.html`)
    const rows = page.locator('table.filterable tbody tr')
    expect(await rows.count()).toBe(4)
    await page.fill('.filter input', 'rostsamtal')
    expect(
      await rows.evaluateAll((all) => all.filter((row) => !(row as HTMLElement).hidden).length),
    ).toBe(1)
    expect(await page.locator('.filter [role=status]').textContent()).toBe('1 av 4 rader visas')
    await page.fill('.filter input', '')
    expect(
      await rows.evaluateAll((all) => all.filter((row) => !(row as HTMLElement).hidden).length),
    ).toBe(4)
    await page.close()
  })

  test('every page reads without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${server.url}/en/index.html`)
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(10)
    expect(await page.locator('.filter').count()).toBe(0)
    await context.close()
  })

  test('a 390-pixel-wide phone never scrolls sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    for (const locale of ['en', 'sv']) {
      for (const file of pages) {
        await page.goto(`${server.url}/${locale}/${file}`)
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        expect(width, `${locale}/${file}`).toBeLessThanOrEqual(390)
      }
    }
    await page.screenshot({ path: path.join(shots, 'mobile-sv-about.png'), fullPage: true })
    await context.close()
  })
})

describe.skipIf(!hasChromium && !process.env.CI)('markup in the data stays text', () => {
  test('<script> and <img onerror> in cells are shown, and nothing runs', async () => {
    const dataset = structuredClone(require('@mfa-residency/dataset/dataset.json')) as Dataset
    const cell = dataset.tables[4]!.rows[0]!.cells['sign-in-logs']!
    cell.en = [
      '<script>window.__injected = "script"</script>',
      '<img src=x onerror="window.__injected = \'img\'">',
    ]
    cell.sv = [
      '<script>window.__injected = "skript"</script>',
      '<img src=x onerror="window.__injected = \'bild\'">',
    ]
    dataset.tables[4]!.columns[1]!.label.en =
      '<b onmouseover="window.__injected = 1">Sign-in logs</b>'
    const out = await mkdtemp(path.join(tmpdir(), 'mfa-residency-site-'))
    const site = path.join(out, 'dist')
    await writeSite(
      renderSite({ dataset, report: emptyReport, version: 'test', schema: '{}' }),
      site,
    )
    const server = await serve(site)
    const browser = await launch()
    try {
      const page = await browser.newPage()
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      for (const locale of ['en', 'sv']) {
        await page.goto(`${server.url}/${locale}/index.html`)
        await page.waitForLoadState('load')
        const text = await page.locator('body').textContent()
        expect(text).toContain(
          locale === 'en'
            ? '<script>window.__injected = "script"</script>'
            : '<script>window.__injected = "skript"</script>',
        )
        expect(text).toContain('onerror=')
        expect(
          await page.evaluate(() => (window as unknown as { __injected?: unknown }).__injected),
        ).toBeUndefined()
        expect(await page.locator('main script, main img, main b').count()).toBe(0)
      }
      expect(dialogs).toEqual([])
    } finally {
      await browser.close()
      await server.close()
      await rm(out, { recursive: true, force: true })
    }
  })
})

describe('what review found', () => {
  test('English shown on a Swedish page is marked as English, and list ids cannot collide', () => {
    const dataset = structuredClone(require('@mfa-residency/dataset/dataset.json')) as Dataset
    const table = dataset.tables[3]!
    table.section.sv = null
    table.rows[0]!.cells['component']!.sv = null
    dataset.lists[0]!.id = 'main'
    const files = renderSite({ dataset, report: emptyReport, version: 'test', schema: '{}' })
    const page = files.get(`sv/table-${table.id}.html`)!
    expect(page).toContain('<h1><span lang="en">MFA server and cloud-based MFA</span></h1>')
    expect(page).toContain('<th scope="row"><span lang="en">MFA server</span></th>')
    const lists = files.get('sv/lists.html')!
    expect(lists).toContain('id="list-main"')
    expect(lists.match(/id="main"/g)).toHaveLength(1)
  })
})
