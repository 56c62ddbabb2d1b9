import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, ui } from '../i18n.js'
import type { Page } from '../layout.js'
import type { ReleaseNote, ReleaseNotes } from '../release-notes.js'

/** Release notes are written in English; on other pages they say so (lang="en"). */
function notesList(notes: readonly ReleaseNote[], locale: SiteLocale): ElementContent {
  const english = locale === 'en' ? {} : { lang: 'en' }
  return h(
    'ul.release-notes',
    english,
    notes.map((note) =>
      h('li', [
        note.text,
        ...(note.details.length > 0
          ? [
              h(
                'ul',
                note.details.map((detail) => h('li', detail)),
              ),
            ]
          : []),
      ]),
    ),
  )
}

/**
 * What changed in the data, as the release flow records it: the changesets waiting for the next
 * release, then the latest release from the dataset's changelog. Building the site parses no docs.
 */
export function changesPage(releases: ReleaseNotes, locale: SiteLocale): Page {
  const t = ui[locale]
  const body: ElementContent[] = [h('h1', t.changes), h('p.lead', t.changesIntro)]
  body.push(h('h2', t.unreleased))
  if (releases.pending.length === 0) body.push(h('p.no-changes', t.noPendingChanges))
  for (const change of releases.pending) {
    body.push(h('p', h('strong', `${t.bump}: ${change.bump}`)), notesList(change.notes, locale))
  }
  body.push(
    h('h2', releases.latest ? `${t.latestRelease}: ${releases.latest.version}` : t.latestRelease),
  )
  if (!releases.latest) body.push(h('p.no-release', t.noRelease))
  for (const section of releases.latest?.sections ?? []) {
    body.push(
      h('h3', locale === 'en' ? {} : { lang: 'en' }, section.title),
      notesList(section.notes, locale),
    )
  }
  return {
    file: 'changes.html',
    nav: 'changes',
    title: t.changes,
    description: t.changesIntro,
    body,
  }
}
