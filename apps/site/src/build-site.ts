import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type { Dataset } from '@mfa-residency/dataset'
import { createHistory, type HistoryQueries } from '@mfa-residency/dataset/history-queries'
import { findRepositoryRoot, replaceFolder } from '@mfa-residency/repository'
import { build } from 'esbuild'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { downloads } from './downloads.js'
import { siteLocales, ui } from './i18n.js'
import { articleFeed, layout, type Page } from './layout.js'
import { clouds } from './page-files.js'
import { aboutPage } from './pages/about.js'
import { articlePage } from './pages/article.js'
import { changesPage } from './pages/changes.js'
import { cloudPage } from './pages/cloud.js'
import { homePage } from './pages/home.js'
import { listsPage } from './pages/lists.js'
import { tablePage } from './pages/table.js'
import { timelinePage } from './pages/timeline.js'
import { type ReleaseNotes, readReleaseNotes } from './release-notes.js'
import { siteFeeds } from './site-feeds.js'
import { siteUrlFrom, siteUrlVariable } from './site-url.js'
import { type VersionStory, versionStories } from './version-stories.js'

const require = createRequire(import.meta.url)
const here = path.dirname(fileURLToPath(import.meta.url))

export interface SiteInput {
  dataset: Dataset
  /** What the changes page shows. */
  releases: ReleaseNotes
  version: string
  schema: string
  /** What the timeline, the tables' history sections and the feeds tell. */
  history: HistoryQueries
  /** Where the site is published (`siteUrlFrom`): the feeds' absolute URLs start with it. */
  siteUrl: string
}

function pages(
  input: SiteInput,
  stories: readonly VersionStory[],
  locale: (typeof siteLocales)[number],
): Page[] {
  return [
    homePage(input.dataset, locale),
    articlePage(input.dataset, locale),
    ...input.dataset.tables.map((table) => tablePage(table, input.dataset, stories, locale)),
    ...clouds(input.dataset).map((cloud) => cloudPage(cloud, input.dataset, locale)),
    listsPage(input.dataset, locale),
    timelinePage(stories, locale),
    changesPage(input.releases, locale),
    aboutPage(input.dataset, locale, input.version),
  ]
}

/** Every file of the site, by path. Text from the data reaches HTML only through hast: escaped. */
export function renderSite(input: SiteInput): Map<string, string> {
  const files = new Map<string, string>()
  const stories = versionStories(input.history, input.dataset)
  for (const locale of siteLocales) {
    const t = ui[locale]
    const footer = [
      h('p', [
        `${t.source}: `,
        h('cite', input.dataset.sources[locale].title ?? input.dataset.sources.en.title ?? ''),
        ', Microsoft Learn, © Microsoft, ',
        h(
          'a',
          { href: 'https://creativecommons.org/licenses/by/4.0/', rel: 'license' },
          'CC BY 4.0',
        ),
        `. @mfa-residency/dataset ${input.version}. `,
        h('a', { href: 'about.html' }, t.about),
      ]),
    ]
    for (const page of pages(input, stories, locale))
      files.set(`${locale}/${page.file}`, toHtml(layout(page, locale, footer)))
    for (const [file, xml] of siteFeeds(stories, input.dataset, locale, input.siteUrl))
      files.set(file, xml)
  }
  files.set(
    'index.html',
    toHtml({
      type: 'root',
      children: [
        { type: 'doctype' },
        h('html', { lang: 'en' }, [
          h('head', [
            h('meta', { charSet: 'utf-8' }),
            h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
            h('meta', { httpEquiv: 'refresh', content: '0; url=en/index.html' }),
            h('title', ui.en.site),
            h('link', { rel: 'alternate', hrefLang: 'en', href: 'en/index.html' }),
            h('link', { rel: 'alternate', hrefLang: 'sv', href: 'sv/index.html' }),
            ...siteLocales.map((locale) =>
              h('link', {
                rel: 'alternate',
                type: 'application/atom+xml',
                hrefLang: locale,
                href: articleFeed(locale).file,
                title: articleFeed(locale).title,
              }),
            ),
          ]),
          h(
            'body',
            h('main', [
              h('h1', ui.en.site),
              h('p', [
                h('a', { href: 'en/index.html' }, 'English'),
                ' · ',
                h('a', { href: 'sv/index.html', lang: 'sv' }, 'Svenska'),
              ]),
            ]),
          ),
        ]),
      ],
    }),
  )
  for (const [name, contents] of downloads(input.dataset, input.schema))
    files.set(`downloads/${name}`, contents)
  return files
}

/** Write the site to `out` through a staging folder, so a failed build leaves the old site whole. */
export async function writeSite(files: Map<string, string>, out: string): Promise<void> {
  await replaceFolder(out, async (staging) => {
    for (const [file, contents] of files) staging.write(file, contents)
    staging.write('assets/site.css', await readFile(path.join(here, '../src/site.css')))
    // Kept in memory, then written through the staging folder like every other file.
    const { outputFiles } = await build({
      entryPoints: [path.join(here, '../src/client/site.ts')],
      outfile: path.join(staging.path, 'assets/site.js'),
      write: false,
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      logLevel: 'warning',
    })
    for (const output of outputFiles)
      staging.write(path.relative(staging.path, output.path), output.contents)
  })
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dataset: { type: 'string' },
      history: { type: 'string' },
      out: { type: 'string' },
    },
  })
  const datasetPath = values.dataset ?? require.resolve('@mfa-residency/dataset/dataset.json')
  const dataset = JSON.parse(await readFile(datasetPath, 'utf8')) as Dataset
  const historyPath = values.history ?? require.resolve('@mfa-residency/dataset/history.json')
  const history = createHistory(JSON.parse(await readFile(historyPath, 'utf8')))
  // The changes page: what the release flow wrote (changelog, pending changesets), not a new diff.
  const root = findRepositoryRoot(here)
  if (!root) throw new Error('no docs-source/manifest.json in this folder or above')
  const datasetPackage = path.dirname(require.resolve('@mfa-residency/dataset/package.json'))
  const input: SiteInput = {
    dataset,
    releases: readReleaseNotes(root, datasetPackage, '@mfa-residency/dataset'),
    version: (require('@mfa-residency/dataset/package.json') as { version: string }).version,
    schema: await readFile(require.resolve('@mfa-residency/dataset/dataset.schema.json'), 'utf8'),
    history,
    siteUrl: siteUrlFrom(process.env[siteUrlVariable]),
  }
  const out = path.resolve(values.out ?? path.join(here, '../dist'))
  const started = performance.now()
  const files = renderSite(input)
  await writeSite(files, out)
  console.log(
    `${path.relative(process.cwd(), out) || out}: ${files.size} files in ${Math.round(performance.now() - started)} ms`,
  )
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(`error: ${(error as Error).message}`)
    process.exitCode = 1
  })
}
