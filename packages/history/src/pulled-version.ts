import type { ParsedDocument } from '@mfa-residency/parser'
import type { SourceFormat } from '@mfa-residency/repository'
import type { IncomingVersion } from './append-versions.js'
import { upstreamOf } from './upstream-of.js'
import { versionDate } from './version-date.js'

/** `https://github.com/<owner>/<repo>/blob/<ref>/<path>`, as Learn's original_content_git_url. */
function blobFile(address: string | null | undefined): { repository: string; path: string } | null {
  if (!address || !URL.canParse(address)) return null
  const url = new URL(address)
  const [owner, name, blob, _ref, ...rest] = url.pathname.split('/').slice(1)
  return url.hostname === 'github.com' && owner && name && blob === 'blob' && rest.length > 0
    ? { repository: `${owner}/${name}`, path: rest.map(decodeURIComponent).join('/') }
    : null
}

/**
 * The version docs:pull fetched: dated by its ms.date (front matter, or the Learn page's
 * metadata), or by the day it entered docs-source; with the commit when Learn's metadata names
 * it (`git_commit_id`), and the file its page was built from.
 */
export function pulledVersion(
  document: ParsedDocument,
  bytes: Uint8Array,
  format: SourceFormat,
  upstreamUrl: string,
  today: string,
): IncomingVersion {
  const page = document.pageMetadata
  const file = blobFile(page?.originalContentGitUrl) ?? upstreamOf(upstreamUrl)
  const commit =
    page?.gitCommitId && /^[0-9a-f]{40}$/.test(page.gitCommitId) ? page.gitCommitId : null
  return {
    ...versionDate(document, { entered: today })!,
    repository: file?.repository ?? null,
    path: file?.path ?? null,
    commit,
    provenance: commit ? 'commit' : 'unknown',
    presumed: [],
    format,
    bytes,
    origin: upstreamUrl,
  }
}
