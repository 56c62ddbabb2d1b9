import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Dataset } from '@mfa-residency/dataset'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, test } from 'vitest'
import { renderSite } from '../src/build-site.js'
import { noReleaseNotes } from '../src/release-notes.js'
import { axe, hasChromium, normalize, saveScreenshot, withSite } from './browser.js'
import { publishedHistory } from './published-history.js'
import { checkSourceLinks } from './source-shapes.js'

// The overview on data it was not written for: the real 2025-06-06 update, which drops the tables
// that say where logs are kept, and a dataset whose upstream commit is known.
const require = createRequire(import.meta.url)
const repoRoot = path.resolve(import.meta.dirname, '../../..')
const corpus = process.env.MFA_CORPUS_DIR ?? path.resolve(repoRoot, '../shared/corpus')
const update = path.join(corpus, 'en-history/2025-06-06_14d4dbf.md')
const generator = path.join(repoRoot, 'packages/generator/dist/bin/mfa-residency-generate.js')
const canGenerate = existsSync(update) && existsSync(generator)
if (!canGenerate)
  console.warn(
    `2025-06-06 overview test skipped: needs ${update} and a built generator (${generator})`,
  )

const published = () => structuredClone(require('@mfa-residency/dataset/dataset.json')) as Dataset
const site = (dataset: Dataset) =>
  renderSite({
    dataset,
    releases: noReleaseNotes,
    version: 'test',
    schema: '{}',
    ...publishedHistory,
  })

/** The dataset `pnpm generate` writes once the 2025-06-06 English arrives, the Swedish unchanged. */
async function generateUpdate(): Promise<Dataset> {
  const root = await mkdtemp(path.join(tmpdir(), 'mfa-residency-update-'))
  try {
    await cp(path.join(repoRoot, 'docs-source'), path.join(root, 'docs-source'), {
      recursive: true,
    })
    await copyFile(update, path.join(root, 'docs-source/en/concept-mfa-data-residency.md'))
    const out = path.join(root, 'dataset.json')
    await copyFile(require.resolve('@mfa-residency/dataset/dataset.json'), out)
    await promisify(execFile)(process.execPath, [generator, '--root', root, '--out', out])
    return JSON.parse(await readFile(out, 'utf8')) as Dataset
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

/** Each block's text, and each fact's source links, as the page shows them. */
async function readBlocks(page: Page) {
  const blocks = await page
    .locator('.cloud-glance')
    // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is the point.
    .evaluateAll((all) => all.map((block) => (block as HTMLElement).innerText))
  const links = await page
    .locator('.cloud-glance :is(dd, li):not(:has(dd, li)):not(:has(.not-stated))')
    .evaluateAll((all) =>
      all.map((fact) =>
        [...fact.querySelectorAll('.sources a')].map((a) => a.getAttribute('href')),
      ),
    )
  return { blocks: blocks.map(normalize), links }
}

describe.skipIf((!hasChromium && !process.env.CI) || !canGenerate)(
  'the overview after the 2025-06-06 update',
  () => {
    let dataset: Dataset
    beforeAll(async () => {
      dataset = await generateUpdate()
    })

    test('says the article no longer states where logs are kept, and still shows what it does state', async () => {
      // The update's own shape, so this test cannot pass on a dataset that kept the tables.
      expect(dataset.tables.map((table) => table.id)).toEqual([
        'data-stored-by-microsoft-entra-multifactor-authentication',
        'data-stored-by-microsoft-entra-multifactor-authentication-2',
      ])
      await withSite(site(dataset), async (url, browser) => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
        for (const [locale, words] of [
          [
            'en',
            {
              locations: 'Where reports and logs are kept not stated in the article',
              retention: 'Log data is stored for 30 days. P30D',
              stores: 'Multifactor authentication logs: OATH token, One-way SMS, Voice call',
              caveat: 'These providers may route the SMS or phone call outside of the user',
            },
          ],
          [
            'sv',
            {
              locations: 'Var rapporter och loggar lagras anges inte i artikeln',
              retention: 'Loggdata lagras i 30 dagar. P30D',
              stores:
                'Loggar för multifaktorautentisering: OATH-token, Enkelriktade SMS, Röstsamtal',
              caveat: 'inaktuell översättning',
            },
          ],
        ] as const) {
          await page.goto(`${url}/${locale}/index.html`)
          const { blocks, links } = await readBlocks(page)
          expect(blocks).toHaveLength(3)
          for (const block of blocks) {
            expect(block).toContain(words.locations)
            expect(block).toContain(words.retention)
            expect(block).toContain(words.stores)
            // The SMS caveat the update added, or on the Swedish page the marker that its
            // translation predates it.
            expect(block).toContain(words.caveat)
            expect(block).not.toMatch(/\bChina\b|\bKina\b|Blocked users|Blockerade användare/)
          }
          checkSourceLinks(links, dataset, locale, `${locale}/index.html after the update`)
          expect(await axe(page)).toEqual([])
          await saveScreenshot(page, `${locale}-index-2025-06-06`)
        }
      })
    })
  },
)

describe.skipIf(!hasChromium && !process.env.CI)('a dataset whose upstream commit is known', () => {
  test('English facts link the file at that commit and their lines; Swedish ones only Learn', async () => {
    const dataset = published()
    const commit = '0123456789abcdef0123456789abcdef01234567'
    dataset.sources.en.upstream = { ...dataset.sources.en.upstream!, commit }
    await withSite(site(dataset), async (url, browser) => {
      const page = await browser.newPage()
      await page.goto(`${url}/en/index.html`)
      const { links } = await readBlocks(page)
      checkSourceLinks(links, dataset, 'en', 'en/index.html')
      const china = page.locator('#glance-azure-china dd', { hasText: 'China' })
      const github = china.locator('.sources a', { hasText: 'GitHub' })
      // The 21Vianet row of the sovereign-cloud table, where the article says China.
      const row = dataset.tables
        .find((table) => table.id.includes('sovereign'))!
        .rows.find((candidate) => candidate.id.includes('21vianet'))!
      expect(await github.getAttribute('href')).toBe(
        `https://github.com/MicrosoftDocs/entra-docs/blob/${commit}/docs/identity/authentication/concept-mfa-data-residency.md#L${row.source.en.line}`,
      )
      // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is the point.
      expect(normalize(await github.innerText())).toBe(`GitHub, line ${row.source.en.line}`)
      await page.goto(`${url}/sv/index.html`)
      checkSourceLinks((await readBlocks(page)).links, dataset, 'sv', 'sv/index.html')
    })
  })
})
