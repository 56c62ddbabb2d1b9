import { readdirSync } from 'node:fs'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  columnPath,
  type Dataset,
  entityPath,
  itemPath,
  type LocalizedText,
  valuePath,
} from '@mfa-residency/dataset'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { renderSite } from '../src/build-site.js'
import { noReleaseNotes, readReleaseNotes } from '../src/release-notes.js'
import { serve } from '../src/serve.js'
import {
  axe,
  dist,
  hasChromium,
  launch,
  normalize,
  saveScreenshot,
  visibleText,
  withSite,
} from './browser.js'
import { publishedHistory } from './published-history.js'

const require = createRequire(import.meta.url)
const pages = readdirSync(path.join(dist, 'en')).sort()
/** What the changes page shows when a test builds the site from a dataset of its own. */
const emptyReport = noReleaseNotes

/** Every text the dataset holds for a reader, by entity path: each cell value on its own. */
function everyValue(dataset: Dataset): { path: string; value: LocalizedText }[] {
  const found: { path: string; value: LocalizedText }[] = []
  for (const heading of dataset.headings)
    found.push({ path: entityPath('headings', heading.id), value: heading.text })
  for (const paragraph of dataset.paragraphs)
    found.push({ path: entityPath('paragraphs', paragraph.id), value: paragraph.text })
  for (const note of dataset.notes)
    found.push({ path: entityPath('notes', note.id), value: note.text })
  for (const list of dataset.lists)
    for (const item of list.items)
      found.push({ path: itemPath(list.id, item.id), value: item.text })
  for (const table of dataset.tables) {
    for (const column of table.columns)
      found.push({ path: columnPath(table.id, column.id), value: column.label })
    for (const row of table.rows)
      for (const [column, cell] of Object.entries(row.cells))
        for (const [index, en] of cell.en.entries())
          found.push({
            path: valuePath(table.id, row.id, column, index),
            value: { en, sv: cell.sv?.[index] ?? null },
          })
  }
  return found
}

describe.skipIf(!hasChromium && !process.env.CI)('the built site in Chromium', () => {
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

  test('has every page in both languages', () => {
    expect(pages).toContain('index.html')
    expect(readdirSync(path.join(dist, 'sv')).sort()).toEqual(pages)
    expect(pages.filter((page) => page.startsWith('table-'))).toHaveLength(5)
    expect(pages.filter((page) => page.startsWith('cloud-'))).toEqual([
      'cloud-azure-china.html',
      'cloud-azure-public.html',
      'cloud-azure-us-government.html',
    ])
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
      await saveScreenshot(page, `${locale}-${file.replace('.html', '')}`, { fullPage: true })
      await page.close()
    })
  }

  test('every value of the dataset is visible text on some page, in its own language', async () => {
    const dataset = require('@mfa-residency/dataset/dataset.json') as Dataset
    const values = everyValue(dataset)
    // A dataset that lost a whole collection must not pass by having less to find.
    for (const collection of ['headings', 'paragraphs', 'notes', 'lists', 'tables'])
      expect(
        values.some(({ path }) => path.startsWith(`${collection}/`)),
        collection,
      ).toBe(true)
    const page = await browser.newPage()
    for (const locale of ['en', 'sv'] as const) {
      const texts: string[] = []
      for (const file of pages)
        texts.push(await visibleText(page, `${server.url}/${locale}/${file}`))
      const site = texts.join('\n')
      // A missing translation is shown in English; none is missing in this dataset today.
      const absent = values
        .filter(({ value }) => !site.includes(normalize(value[locale] ?? value.en)))
        .map(({ path, value }) => `${path}: ${value[locale] ?? value.en}`)
      expect(absent, `${locale}: values no page shows`).toEqual([])
    }
    await page.close()
  })

  test('the lists page shows every list item and note as text, in both languages', async () => {
    const dataset = require('@mfa-residency/dataset/dataset.json') as Dataset
    const page = await browser.newPage()
    for (const locale of ['en', 'sv'] as const) {
      const text = await visibleText(page, `${server.url}/${locale}/lists.html`)
      for (const list of dataset.lists)
        for (const item of list.items)
          expect(text, itemPath(list.id, item.id)).toContain(
            normalize(item.text[locale] ?? item.text.en),
          )
      for (const note of dataset.notes)
        expect(text, entityPath('notes', note.id)).toContain(
          normalize(note.text[locale] ?? note.text.en),
        )
      // The regression: a text node given where children belong became attributes.
      expect(await page.locator('main li[type], main li[value], main p[type]').count()).toBe(0)
      expect(
        await page.locator('main li').evaluateAll(
          (items) =>
            // biome-ignore lint/performance/useDomNodeTextContent: an item is empty when it shows nothing.
            items.filter((item) => (item as HTMLElement).innerText.trim() === '').length,
        ),
      ).toBe(0)
    }
    await page.close()
  })

  test('the article shows every block of the outline, in document order', async () => {
    const dataset = require('@mfa-residency/dataset/dataset.json') as Dataset
    const sample = (path: string, locale: 'en' | 'sv'): string => {
      const [collection, id] = path.split('/') as [string, string]
      const pick = (value: LocalizedText) => value[locale] ?? value.en
      if (collection === 'headings')
        return pick(dataset.headings.find((entry) => entry.id === id)!.text)
      if (collection === 'paragraphs')
        return pick(dataset.paragraphs.find((entry) => entry.id === id)!.text)
      if (collection === 'notes') return pick(dataset.notes.find((entry) => entry.id === id)!.text)
      if (collection === 'lists')
        return pick(dataset.lists.find((entry) => entry.id === id)!.items[0]!.text)
      const table = dataset.tables.find((entry) => entry.id === id)!
      const cell = table.rows[0]!.cells[table.columns[0]!.id]!
      return cell[locale]?.[0] ?? cell.en[0]!
    }
    const page = await browser.newPage()
    for (const locale of ['en', 'sv'] as const) {
      const text = await visibleText(page, `${server.url}/${locale}/article.html`)
      let at = 0
      for (const path of dataset.outline) {
        const found = text.indexOf(normalize(sample(path, locale)), at)
        expect(found, `${locale}: ${path} after position ${at}`).toBeGreaterThanOrEqual(at)
        at = found
      }
      const levels = await page
        .locator('main :is(h1, h2, h3, h4, h5, h6)')
        .evaluateAll((all) => all.map((heading) => Number(heading.tagName.slice(1))))
      expect(levels).toEqual(
        dataset.outline
          .filter((path) => path.startsWith('headings/'))
          .map(
            (path) => dataset.headings.find((heading) => path === `headings/${heading.id}`)!.level,
          ),
      )
    }
    await page.close()
  })

  test('the key values: 21Vianet sign-in logs are in China, in Kina on the Swedish page, with their code', async () => {
    const page = await browser.newPage()
    for (const [locale, cloud, country] of [
      ['en', 'Microsoft Azure operated by 21Vianet AzureChinaCloud', 'China CN'],
      ['sv', 'Microsoft Azure drivs av 21Vianet AzureChinaCloud', 'Kina CN'],
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
    await saveScreenshot(page, 'mobile-sv-about', { fullPage: true })
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
    await withSite(
      renderSite({
        dataset,
        releases: emptyReport,
        version: 'test',
        schema: '{}',
        ...publishedHistory,
      }),
      async (url, browser) => {
        const page = await browser.newPage()
        const dialogs: string[] = []
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message())
          void dialog.dismiss()
        })
        for (const locale of ['en', 'sv']) {
          await page.goto(`${url}/${locale}/index.html`)
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
      },
    )
  })
})

describe.skipIf(!hasChromium && !process.env.CI)('stale and missing translations', () => {
  test('a stale translation shows a marker and the English it translates; a missing one shows the English', async () => {
    const dataset = structuredClone(require('@mfa-residency/dataset/dataset.json')) as Dataset
    const stale = (path: string, translates: string): Dataset['translationGaps'][number] => ({
      kind: 'stale',
      locale: 'sv',
      path,
      reason: 'en changed since the sv translation',
      translates,
      source: {},
    })
    // The English moved on; the Swedish still translates what it said before.
    const paragraph = dataset.paragraphs.find(
      (entry) => entry.id === 'this-information-is-retained-for',
    )!
    paragraph.text.en = 'This information is retained for 120 days.'
    const list = dataset.lists[1]!
    const item = list.items[0]!
    item.text.en = 'Blocked and flagged users'
    const sovereign = dataset.tables[4]!
    const row = sovereign.rows[0]!
    row.cells['sign-in-logs']!.en = ['China (mainland)']
    const untranslated = dataset.paragraphs.find(
      (entry) => entry.id === 'for-more-information-about-what',
    )!
    untranslated.text.sv = null
    dataset.translationGaps.push(
      stale(entityPath('paragraphs', paragraph.id), 'This information is retained for 90 days.'),
      stale(itemPath(list.id, item.id), 'Blocked users'),
      stale(valuePath(sovereign.id, row.id, 'sign-in-logs', 0), 'China'),
      {
        kind: 'missing',
        locale: 'sv',
        path: entityPath('paragraphs', untranslated.id),
        reason: 'new in en since the sv translation',
        source: {},
      },
    )
    await withSite(
      renderSite({
        dataset,
        releases: emptyReport,
        version: 'test',
        schema: '{}',
        ...publishedHistory,
      }),
      async (url, browser) => {
        const page = await browser.newPage()
        const sv = (file: string) => visibleText(page, `${url}/sv/${file}`)
        const article = await sv('article.html')
        expect(article).toContain(
          'Den här informationen behålls i 90 dagar. inaktuell översättning översatt från: This information is retained for 90 days.',
        )
        expect(article).toContain(
          'Blockerade användare inaktuell översättning översatt från: Blocked users',
        )
        expect(article).toContain('Kina CN inaktuell översättning översatt från: China')
        expect(article).toContain(normalize(untranslated.text.en))
        expect(
          await page.locator('main span[lang=en]', { hasText: untranslated.text.en }).count(),
        ).toBe(1)
        expect(await page.locator('main .stale-badge').count()).toBe(3)
        expect(await axe(page)).toEqual([])
        await saveScreenshot(page, 'sv-article-stale', { fullPage: true })
        // Everywhere else the same values are shown, the marker goes with them.
        expect(await sv('lists.html')).toContain(
          'Blockerade användare inaktuell översättning översatt från: Blocked users',
        )
        expect(await sv(`table-${sovereign.id}.html`)).toContain(
          'Kina CN inaktuell översättning översatt från: China',
        )
        await page.setViewportSize({ width: 390, height: 844 })
        await page.goto(`${url}/sv/table-${sovereign.id}.html`)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          390,
        )
        // English pages show the current English, and nothing is stale in the source language.
        const english = await visibleText(page, `${url}/en/article.html`)
        expect(english).toContain('This information is retained for 120 days.')
        expect(english).toContain('Blocked and flagged users')
        expect(english).toContain('China (mainland)')
        expect(english).not.toContain('stale translation')
        expect(await page.locator('main .stale').count()).toBe(0)
      },
    )
  })
})

describe.skipIf(!hasChromium && !process.env.CI)('the changes page', () => {
  test("shows pending changesets and the latest release from the changelog, read by nobody's parser", async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'mfa-residency-releases-'))
    await mkdir(path.join(root, '.changeset'), { recursive: true })
    await mkdir(path.join(root, 'packages/dataset'), { recursive: true })
    await writeFile(path.join(root, '.changeset/README.md'), '# Changesets\n')
    await writeFile(
      path.join(root, '.changeset/retention.md'),
      '---\n"@mfa-residency/dataset": patch\n---\n\nRetention: 90 → 60 days.\n',
    )
    await writeFile(
      path.join(root, 'packages/dataset/CHANGELOG.md'),
      '# @mfa-residency/dataset\n\n## 2.0.0\n\n### Major Changes\n\n- 0123abc: Schema version 2: the whole article as data.\n\n  - New `headings`, `paragraphs` and `outline`.\n\n## 1.0.0\n\n### Major Changes\n\n- fedcba9: First release.\n',
    )
    const releases = readReleaseNotes(
      root,
      path.join(root, 'packages/dataset'),
      '@mfa-residency/dataset',
    )
    const dataset = require('@mfa-residency/dataset/dataset.json') as Dataset
    await withSite(
      renderSite({ dataset, releases, version: 'test', schema: '{}', ...publishedHistory }),
      async (url, browser) => {
        const page = await browser.newPage()
        for (const [locale, words] of [
          ['en', ['Not released yet', 'Release: patch', 'Latest release: 2.0.0']],
          ['sv', ['Ännu inte släppt', 'Version: patch', 'Senaste versionen: 2.0.0']],
        ] as const) {
          await page.goto(`${url}/${locale}/changes.html`)
          // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is the point.
          const text = await page.locator('main').innerText()
          for (const word of words) expect(text).toContain(word)
          expect(text).toContain('Retention: 90 → 60 days.')
          expect(text).toContain('Schema version 2: the whole article as data.')
          expect(text).toContain('New `headings`, `paragraphs` and `outline`.')
          // Only the latest release, and without the commit prefix.
          expect(text).not.toContain('First release.')
          expect(text).not.toContain('0123abc')
          expect(await axe(page)).toEqual([])
        }
      },
      root,
    )
  })
})

describe('what review found', () => {
  test('English shown on a Swedish page is marked as English, and list ids cannot collide', () => {
    const dataset = structuredClone(require('@mfa-residency/dataset/dataset.json')) as Dataset
    const table = dataset.tables[3]!
    table.section.sv = null
    table.rows[0]!.cells.component!.sv = null
    // v2: the outline names the list by its id too.
    dataset.outline = dataset.outline.map((path) =>
      path === `lists/${dataset.lists[0]!.id}` ? 'lists/main' : path,
    )
    dataset.lists[0]!.id = 'main'
    const files = renderSite({
      dataset,
      releases: emptyReport,
      version: 'test',
      schema: '{}',
      ...publishedHistory,
    })
    const page = files.get(`sv/table-${table.id}.html`)!
    expect(page).toContain('<h1><span lang="en">MFA server and cloud-based MFA</span></h1>')
    expect(page).toContain('<th scope="row"><span lang="en">MFA server</span></th>')
    const lists = files.get('sv/lists.html')!
    expect(lists).toContain('id="list-main"')
    expect(lists.match(/id="main"/g)).toHaveLength(1)
  })

  test('an outline path that names no block fails the build instead of leaving a hole', () => {
    const dataset = structuredClone(require('@mfa-residency/dataset/dataset.json')) as Dataset
    dataset.outline.push('paragraphs/no-such-paragraph')
    expect(() =>
      renderSite({
        dataset,
        releases: emptyReport,
        version: 'test',
        schema: '{}',
        ...publishedHistory,
      }),
    ).toThrow('dataset outline: paragraphs/no-such-paragraph names no block')
  })
})
