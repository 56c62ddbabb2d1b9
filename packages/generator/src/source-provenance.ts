import type { SourceDocument, UpstreamFile } from '@mfa-residency/dataset'
import type { LearnPageMetadata } from '@mfa-residency/parser'

/** Where a document is published and where it comes from: `sources.<locale>` since schema 2.3. */
export type Provenance = Required<
  Pick<SourceDocument, 'url' | 'upstream' | 'translationType' | 'translatedFrom'>
>

/** What a source's manifest entry says about it, when it has one (a corpus article has none). */
export interface ProvenanceHints {
  pageUrl?: string
  upstreamUrl?: string
}

const segment = /^[A-Za-z0-9_.-]+$/

/** `https://raw.githubusercontent.com/MicrosoftDocs/<repo>/<ref>/<path>` */
function fromRaw(url: URL): Omit<UpstreamFile, 'commit'> | null {
  if (url.hostname !== 'raw.githubusercontent.com') return null
  const [owner, repo, _ref, ...rest] = url.pathname.split('/').slice(1)
  return owner === 'MicrosoftDocs' && repo && segment.test(repo) && rest.length > 0
    ? { repository: `${owner}/${repo}`, path: rest.map(decodeURIComponent).join('/') }
    : null
}

/** `https://github.com/MicrosoftDocs/<repo>/blob/<ref>/<path>`, as in `original_content_git_url`. */
function fromBlob(url: URL): Omit<UpstreamFile, 'commit'> | null {
  if (url.hostname !== 'github.com') return null
  const [owner, repo, blob, _ref, ...rest] = url.pathname.split('/').slice(1)
  return owner === 'MicrosoftDocs' &&
    repo &&
    segment.test(repo) &&
    blob === 'blob' &&
    rest.length > 0
    ? { repository: `${owner}/${repo}`, path: rest.map(decodeURIComponent).join('/') }
    : null
}

function upstreamFile(address: string | null | undefined): Omit<UpstreamFile, 'commit'> | null {
  if (!address || !URL.canParse(address)) return null
  const url = new URL(address)
  if (url.protocol !== 'https:') return null
  return fromRaw(url) ?? fromBlob(url)
}

/**
 * The provenance of one source. The page's own metadata wins over the manifest: it names the file
 * and commit the page was built from. A source with neither (rendered text, a corpus article) has
 * `null` wherever nothing is known.
 */
export function sourceProvenance(
  hints: ProvenanceHints,
  page: LearnPageMetadata | undefined,
): Provenance {
  const file = upstreamFile(page?.originalContentGitUrl) ?? upstreamFile(hints.upstreamUrl)
  return {
    url: hints.pageUrl ?? null,
    upstream: file ? { ...file, commit: page?.gitCommitId ?? null } : null,
    translationType: page?.translationType ?? null,
    translatedFrom: page?.sourceGitCommit ?? null,
  }
}
