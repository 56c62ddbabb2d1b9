import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Dataset } from '@mfa-residency/dataset'
import { createHistory, type History } from '@mfa-residency/dataset/history-queries'
import { parseAtomFeed } from 'feedsmith'
import { beforeAll, describe, expect, test } from 'vitest'
import { renderSite } from '../src/build-site.js'
import { noReleaseNotes } from '../src/release-notes.js'
import { defaultSiteUrl } from '../src/site-url.js'
import { axe, hasChromium, normalize, saveScreenshot, withSite } from './browser.js'

// The site through the real 2025-06-06 update: its English versions imported from the corpus into
// a copy of the repository, as `docs:history import` and `pnpm generate` do, then built.
const repoRoot = path.resolve(import.meta.dirname, '../../..')
const corpus = process.env.MFA_CORPUS_DIR ?? path.resolve(repoRoot, '../shared/corpus')
const englishHistory = path.join(corpus, 'en-history')
const historyCli = path.join(repoRoot, 'packages/history/dist/cli.js')
const generator = path.join(repoRoot, 'packages/generator/dist/bin/mfa-residency-generate.js')
const canImport = [path.join(englishHistory, 'index.tsv'), historyCli, generator].every(existsSync)
if (!canImport)
  console.warn(
    `2025-06-06 history test skipped: needs ${englishHistory}, a built history (${historyCli}) and generator (${generator})`,
  )

const commit = '14d4dbf998504e1002b13492dfb4a1d1f441c047'
const commitUrl = `https://github.com/MicrosoftDocs/entra-docs/commit/${commit}`

/** A copy of the repository with the corpus's English versions imported: its dataset and history. */
async function importUpdate(): Promise<{ dataset: Dataset; history: History }> {
  const root = await mkdtemp(path.join(tmpdir(), 'mfa-residency-site-history-'))
  const run = (cli: string, args: string[]) =>
    promisify(execFile)(process.execPath, [cli, ...args], { cwd: root, maxBuffer: 1 << 24 })
  try {
    await cp(path.join(repoRoot, 'docs-source'), path.join(root, 'docs-source'), {
      recursive: true,
    })
    await mkdir(path.join(root, 'data'))
    const dataset = path.join(root, 'data/dataset.json')
    await cp(path.join(repoRoot, 'packages/dataset/data/dataset.json'), dataset)
    await run(historyCli, ['import', '--root', root, '--from', englishHistory])
    await run(generator, ['--root', root, '--out', dataset])
    const history = path.join(root, 'data/history.json')
    await run(historyCli, ['generate', '--root', root, '--dataset', dataset, '--out', history])
    return {
      dataset: JSON.parse(await readFile(dataset, 'utf8')),
      history: JSON.parse(await readFile(history, 'utf8')),
    }
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

describe.skipIf((!hasChromium && !process.env.CI) || !canImport)(
  'the timeline after the 2025-06-06 update',
  () => {
    let files: Map<string, string>
    beforeAll(async () => {
      const { dataset, history } = await importUpdate()
      files = renderSite({
        dataset,
        releases: noReleaseNotes,
        version: 'test',
        schema: '{}',
        history: createHistory(history),
        siteUrl: defaultSiteUrl,
      })
    }, 300_000)

    test('shows the Blocked users item removed, with a link to the commit that removed it', async () => {
      await withSite(files, async (url, browser) => {
        const page = await browser.newPage()
        for (const [locale, words] of [
          [
            'en',
            {
              title: '2025-06-06 · English version 2025-06-06.1',
              removal:
                'Removed: list “Personal data stored by Microsoft Entra multifactor authentication”, item Before: Blocked users',
              commit: 'Commit 14d4dbf (MicrosoftDocs/entra-docs)',
            },
          ],
          [
            'sv',
            {
              title: '2025-06-06 · Engelsk version 2025-06-06.1',
              removal:
                'Borttagning: lista ”Personuppgifter som lagras av Microsoft Entra multifaktorautentisering”, punkt Före: Blocked users',
              commit: 'Commit 14d4dbf (MicrosoftDocs/entra-docs)',
            },
          ],
        ] as const) {
          await page.goto(`${url}/${locale}/timeline.html`)
          const section = page.locator('#version-en-2025-06-06-1')
          // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is the point.
          const text = normalize(await section.innerText())
          expect(text.startsWith(words.title)).toBe(true)
          expect(text).toContain(words.removal)
          expect(text).toContain(words.commit)
          expect(await section.locator('a.commit').getAttribute('href')).toBe(commitUrl)
          // The English text on the Swedish page is marked as English.
          if (locale === 'sv')
            expect(
              await section.locator('del[lang="en"], del [lang="en"]').count(),
            ).toBeGreaterThan(0)
          expect(await axe(page)).toEqual([])
          await saveScreenshot(page, `${locale}-timeline-2025-06-06`)
        }
        // The table that lost "Blocked users" from its cells says so in its history.
        await page.goto(
          `${url}/en/table-data-stored-by-microsoft-entra-multifactor-authentication.html`,
        )
        const history = page.locator('section.history #version-en-2025-06-06-1')
        // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is the point.
        expect(normalize(await history.innerText())).toContain(
          'Changed: row “Voice call”, column “Data store type” Before: Multifactor authentication logs; Multifactor authentication activity report data store; Blocked users (if fraud was reported) After: Multifactor authentication logs; Multifactor authentication activity report data store',
        )
        expect(await history.locator('a.commit').getAttribute('href')).toBe(commitUrl)
      })
    })

    test('the article feed has the update as an entry, linked to its commit', () => {
      const feed = parseAtomFeed(files.get('feeds/article.en.atom')!)
      const entry = feed.entries!.find((one) => one.id?.endsWith('#version-en-2025-06-06-1'))!
      expect(entry.updated).toBe('2025-06-06T00:00:00Z')
      expect(entry.links?.find((link) => link.rel === 'related')?.href).toBe(commitUrl)
      expect(entry.content?.value).toContain('Blocked users')
      // The two later 2025-06-06 versions only changed front matter: no entry of their own.
      expect(feed.entries!.filter((one) => one.updated === '2025-06-06T00:00:00Z')).toHaveLength(1)
    })
  },
)
