import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, ui } from '../i18n.js'
import { articleFeed, type Page } from '../layout.js'
import { timelineFile } from '../page-files.js'
import { renderVersion } from '../render-history.js'
import type { VersionStory } from '../version-stories.js'

/** A visible link to a feed, beside the `<link rel="alternate">` in the head. */
export const feedLink = (feed: { file: string }, locale: SiteLocale): ElementContent =>
  h('p.feed', h('a', { href: `../${feed.file}`, type: 'application/atom+xml' }, ui[locale].feed))

/** Every version of the article, newest first, with what it changed and its upstream commit. */
export function timelinePage(stories: readonly VersionStory[], locale: SiteLocale): Page {
  const t = ui[locale]
  return {
    file: timelineFile,
    nav: 'timeline',
    title: t.timeline,
    description: t.timelineIntro,
    body: [
      h('h1', t.timeline),
      h('p.lead', t.timelineIntro),
      feedLink(articleFeed(locale), locale),
      ...[...stories].reverse().map((story) => renderVersion(story, locale, 'h2')),
    ],
  }
}
