import type { Dataset } from '@mfa-residency/dataset'
import type {
  HistoryQueries,
  TimelineChange,
  VersionRef,
} from '@mfa-residency/dataset/history-queries'
import { commitUrl } from './upstream-commit.js'

/** One version of the article as the site tells it: when, where from, and what it changed. */
export interface VersionStory {
  key: string
  locale: string
  date: string
  dateSource: VersionRef['dateSource'] | null
  /** The upstream repository (`owner/name`), when known. */
  repository: string | null
  commit: string | null
  /** The commit on GitHub, when the repository and the commit are both known and well-formed. */
  commitUrl: string | null
  /** The first version of its locale: there is nothing earlier to compare it with. */
  first: boolean
  changes: TimelineChange[]
  /** The dataset once this version had appeared, and just before it (`null` for the first). */
  after: Dataset
  before: Dataset | null
  /** The dataset the site shows: it names what still exists as readers know it today. */
  current: Dataset
}

/** Every version, oldest first, with the datasets around it that name what it changed. */
export function versionStories(history: HistoryQueries, current: Dataset): VersionStory[] {
  const seen = new Set<string>()
  let before: Dataset | null = null
  return history.timeline().map((point) => {
    const ref = history.versions.find(
      (version) => version.locale === point.locale && version.key === point.key,
    )
    const after = history.atVersion(point.locale, point.key)
    const story: VersionStory = {
      key: point.key,
      locale: point.locale,
      date: point.date,
      dateSource: ref?.dateSource ?? null,
      repository: ref?.repository ?? null,
      commit: point.commit,
      commitUrl: commitUrl(ref?.repository ?? null, point.commit),
      first: !seen.has(point.locale),
      changes: point.changes,
      after,
      before,
      current,
    }
    seen.add(point.locale)
    before = after
    return story
  })
}

/** The fragment that names a version on a page: `version-en-2025-06-06-1`. */
export const versionAnchor = (story: Pick<VersionStory, 'locale' | 'key'>) =>
  `version-${story.locale}-${story.key.replaceAll('.', '-')}`

/** The story with only the changes at `path` or inside it (`tables/<id>`). */
export function storyInside(story: VersionStory, path: string): VersionStory {
  const inside = story.changes.filter(
    (change) => change.path === path || change.path.startsWith(`${path}/`),
  )
  return { ...story, changes: inside }
}

/** The versions that changed data, newest first: what a feed and a history section list. */
export const newestChanging = (stories: readonly VersionStory[]): VersionStory[] =>
  stories.filter((story) => story.changes.length > 0).reverse()
