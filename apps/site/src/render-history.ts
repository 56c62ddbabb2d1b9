import type { Locale } from '@mfa-residency/dataset'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { type ChangeInWords, describeChange, type Worded } from './describe-change.js'
import { type SiteLocale, ui } from './i18n.js'
import { type VersionStory, versionAnchor } from './version-stories.js'

/** A text in its own language: marked with `lang` when it is not the page's. */
function worded(text: Worded, locale: SiteLocale): ElementContent {
  return text.lang === locale
    ? { type: 'text', value: text.text }
    : h('span', { lang: text.lang }, [text.text])
}

/** How a list of changes is shown: on a page of the site, or in a feed away from it. */
export interface ChangesOptions {
  /** How many outer places to leave out, because the page already names them (its table). */
  skip?: number
  /** What a link to a page of the site starts with: the locale folder's URL in a feed. */
  base?: string
}

/** `table “…”, row “…”, column “…”`, a table the site still has linked to its page. */
function placeContent(
  change: ChangeInWords,
  locale: SiteLocale,
  { skip = 0, base = '' }: ChangesOptions,
): ElementContent[] {
  const words = ui[locale].historyWords
  const places = change.places.slice(skip)
  if (places.length === 0) return [{ type: 'text', value: words.thisTable }]
  return places.flatMap((place, index) => {
    const separator: ElementContent[] = index === 0 ? [] : [{ type: 'text', value: ', ' }]
    if (!place.name) return [...separator, { type: 'text', value: place.word }]
    const [open, close] = words.quotes
    return [
      ...separator,
      { type: 'text', value: `${place.word} ${open}` },
      place.file
        ? h('a', { href: `${base}${place.file}` }, [worded(place.name, locale)])
        : worded(place.name, locale),
      { type: 'text', value: close },
    ]
  })
}

function renderChange(
  change: ChangeInWords,
  locale: SiteLocale,
  options: ChangesOptions,
): ElementContent {
  const words = ui[locale].historyWords
  const texts: ElementContent[] = []
  if (change.before)
    texts.push(h('span.before', [`${words.before}: `, h('del', [worded(change.before, locale)])]))
  if (change.after)
    texts.push(h('span.after', [`${words.after}: `, h('ins', [worded(change.after, locale)])]))
  return h(`li.change.change-${change.kind}`, [
    h('strong', words.kinds[change.kind]),
    ': ',
    ...placeContent(change, locale, options),
    ...texts.flatMap((text): ElementContent[] => [{ type: 'text', value: ' ' }, text]),
  ])
}

/** What the version changed, one item per change. */
export function renderChanges(
  story: VersionStory,
  locale: SiteLocale,
  options: ChangesOptions = {},
): ElementContent {
  const words = ui[locale].historyWords
  if (story.changes.length === 0)
    return h('p.no-changes', story.first ? words.firstVersion : words.noChanges)
  return h(
    'ul.changes',
    story.changes.map((change) =>
      renderChange(describeChange(change, story, locale), locale, options),
    ),
  )
}

/** "2025-06-06 · English version 2025-06-06.1": the day, then which version of which language. */
export function versionTitle(story: VersionStory, locale: SiteLocale): string {
  const version = ui[locale].historyWords.version[story.locale as Locale] ?? story.locale
  return `${story.date} · ${version} ${story.key}`
}

/** How many changes, where the date comes from, and the upstream commit when it is known. */
export function versionFacts(story: VersionStory, locale: SiteLocale): ElementContent {
  const words = ui[locale].historyWords
  const facts: ElementContent[] = [{ type: 'text', value: words.changeCount(story.changes.length) }]
  if (story.dateSource)
    facts.push({ type: 'text', value: ` · ${words.dateSources[story.dateSource]}` })
  facts.push({ type: 'text', value: ' · ' })
  facts.push(
    story.commitUrl
      ? h('a.commit', { href: story.commitUrl, hrefLang: 'en' }, [
          `${words.commit} ${story.commit!.slice(0, 7)}`,
          h('span.repository', ` (${story.repository})`),
        ])
      : h('span.commit-unknown', words.commitUnknown),
  )
  return h('p.version-facts', facts)
}

/** One version as a section of a page: its heading (an anchor feeds link to), facts and changes. */
export function renderVersion(
  story: VersionStory,
  locale: SiteLocale,
  heading: 'h2' | 'h3',
  options: ChangesOptions = {},
): ElementContent {
  const anchor = versionAnchor(story)
  return h('section.version', { id: anchor, ariaLabelledby: `${anchor}-title` }, [
    h(heading, { id: `${anchor}-title` }, versionTitle(story, locale)),
    versionFacts(story, locale),
    renderChanges(story, locale, options),
  ])
}
