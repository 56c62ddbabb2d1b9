import { type Dataset, entityPath, tableTitle } from '@mfa-residency/dataset'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { type AtomEntry, atomXml } from './atom-feed.js'
import { type SiteLocale, ui } from './i18n.js'
import { articleFeedFile, tableFeedFile, tableFile, timelineFile } from './page-files.js'
import { renderChanges, versionFacts, versionTitle } from './render-history.js'
import { absoluteUrl } from './site-url.js'
import { newestChanging, storyInside, type VersionStory, versionAnchor } from './version-stories.js'

interface FeedOf {
  file: string
  title: string
  subtitle: string
  /** The page, in the feed's language, that shows every entry under its anchor. */
  page: string
  stories: readonly VersionStory[]
  /** Places every entry leaves out because the feed already names them (its table). */
  skip: number
}

function feedXml(feed: FeedOf, locale: SiteLocale, siteUrl: string, dataset: Dataset): string {
  const t = ui[locale]
  const page = absoluteUrl(siteUrl, `${locale}/${feed.page}`)
  const entries: AtomEntry[] = newestChanging(feed.stories).map((story) => ({
    id: `${page}#${versionAnchor(story)}`,
    title: `${versionTitle(story, locale)}: ${t.historyWords.changeCount(story.changes.length)}`,
    date: story.date,
    page: `${page}#${versionAnchor(story)}`,
    related: story.commitUrl,
    html: toHtml(
      h('div', { lang: locale }, [
        versionFacts(story, locale),
        renderChanges(story, locale, { skip: feed.skip, base: absoluteUrl(siteUrl, `${locale}/`) }),
      ]),
    ),
  }))
  const self = absoluteUrl(siteUrl, feed.file)
  return atomXml({
    id: self,
    lang: locale,
    title: `${t.site}: ${feed.title}`,
    subtitle: feed.subtitle,
    author: { name: t.site, uri: siteUrl },
    rights: `${dataset.sources[locale].title ?? dataset.sources.en.title ?? ''}, Microsoft Learn, © Microsoft, CC BY 4.0`,
    self,
    page,
    since: feed.stories[0]?.date ?? '1970-01-01',
    entries,
  })
}

/** The feeds of one language: the whole article's, then one per table of the dataset. */
export function siteFeeds(
  stories: readonly VersionStory[],
  dataset: Dataset,
  locale: SiteLocale,
  siteUrl: string,
): Map<string, string> {
  const t = ui[locale]
  const feeds: FeedOf[] = [
    {
      file: articleFeedFile(locale),
      title: t.articleChanges,
      subtitle: t.timelineIntro,
      page: timelineFile,
      stories,
      skip: 0,
    },
    ...dataset.tables.map((table) => ({
      file: tableFeedFile(table.id, locale),
      title: t.feedOf(tableTitle(table, locale, dataset)),
      subtitle: t.historyIntro,
      page: tableFile(table.id),
      stories: stories.map((story) => storyInside(story, entityPath('tables', table.id))),
      skip: 1,
    })),
  ]
  return new Map(feeds.map((feed) => [feed.file, feedXml(feed, locale, siteUrl, dataset)]))
}
