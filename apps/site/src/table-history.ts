import { type Dataset, entityPath, type Table, tableTitle } from '@mfa-residency/dataset'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, ui } from './i18n.js'
import { tableFeedFile } from './page-files.js'
import { feedLink } from './pages/timeline.js'
import { renderVersion } from './render-history.js'
import { newestChanging, storyInside, type VersionStory } from './version-stories.js'

/** The table's own feed, for the page's head and its history section. */
export const tableFeed = (table: Table, dataset: Dataset, locale: SiteLocale) => ({
  file: tableFeedFile(table.id, locale),
  title: `${ui[locale].site}: ${ui[locale].feedOf(tableTitle(table, locale, dataset))}`,
})

/**
 * What each version changed in the table, newest first, under the page's own heading: the table
 * is the page's, so a change names only what is inside it ("row “Voice call”, column …").
 */
export function tableHistory(
  table: Table,
  dataset: Dataset,
  stories: readonly VersionStory[],
  locale: SiteLocale,
): ElementContent {
  const t = ui[locale]
  const path = entityPath('tables', table.id)
  const changing = newestChanging(stories.map((story) => storyInside(story, path)))
  return h('section.history', { ariaLabelledby: 'history' }, [
    h('h2#history', t.history),
    h('p', t.historyIntro),
    feedLink(tableFeed(table, dataset, locale), locale),
    ...(changing.length === 0
      ? [h('p.no-changes', t.noTableChanges)]
      : changing.map((story) => renderVersion(story, locale, 'h3', { skip: 1 }))),
  ])
}
