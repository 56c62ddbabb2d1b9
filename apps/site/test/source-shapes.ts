import type { Dataset } from '@mfa-residency/dataset'
import { expect } from 'vitest'

const learn = { en: 'https://learn.microsoft.com/en-us/', sv: 'https://learn.microsoft.com/sv-se/' }
// Offline shape checks, no fetch: a commit-pinned file with a line anchor, or the file on HEAD
// without one (an anchor on a moving branch would point at other text).
const pinned = /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/blob\/[0-9a-f]{40}\/[^#?]+#L\d+(-L\d+)?$/
const head = /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/blob\/HEAD\/[^#?]+$/

/**
 * Each fact's source links (hrefs, in order) as a page in `locale` shows them: the Learn page in
 * that language first; on English pages the upstream file, pinned when the dataset knows the commit.
 */
export function checkSourceLinks(
  facts: readonly (string | null)[][],
  dataset: Dataset,
  locale: 'en' | 'sv',
  where: string,
): void {
  const commit = dataset.sources.en.upstream?.commit ?? null
  for (const links of facts) {
    const [page, upstream, ...more] = links
    expect(page, `${where}: a Learn link`).toBe(dataset.sources[locale].url)
    expect(page!.startsWith(learn[locale]), `${where}: ${page}`).toBe(true)
    expect(more, where).toEqual([])
    if (locale === 'sv')
      expect(upstream, `${where}: no English file on a Swedish page`).toBe(undefined)
    else if (dataset.sources.en.upstream) {
      expect(upstream, `${where}: ${upstream}`).toMatch(commit ? pinned : head)
      if (commit) expect(upstream).toContain(`/blob/${commit}/`)
    }
  }
}
