import type { Dataset, Locale, SourcePosition, UpstreamFile } from './types.generated.js'

/** Where a reader can check a value: the published page, and the upstream file it is built from. */
export interface SourceLinks {
  /** The Learn page for the locale, or `null` when the dataset does not know it. */
  page: string | null
  /**
   * The upstream file on GitHub: pinned to the commit the page was built from, with a line anchor
   * for the span, when the commit is known; the file on `HEAD`, without an anchor, when not (a line
   * anchor on a moving branch points at whatever text is there now). `null` without an upstream.
   */
  upstream: string | null
  /** True when `upstream` names a commit, so its line anchor is the span's. */
  pinned: boolean
}

/** The lines of a span; `endLine` defaults to `line`. */
export type SourceSpan = Pick<SourcePosition, 'line'> & Partial<Pick<SourcePosition, 'endLine'>>

// GitHub's own limits: an owner is up to 39 letters, digits and inner hyphens; a repository name
// is letters, digits, '.', '_' and '-'. The text comes from a page, so anything else is refused.
const repositoryPattern = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/
const commitPattern = /^[0-9a-f]{40}$/

/**
 * The links that show where a locale's text comes from, at `span` when given.
 *
 * @example sourceLinks(dataset, 'en', { line: 113 }).page // 'https://learn.microsoft.com/en-us/…'
 */
export function sourceLinks(dataset: Dataset, locale: Locale, span?: SourceSpan): SourceLinks {
  const source = dataset.sources[locale]
  const page = webPage(source.url ?? null)
  const file = source.upstream ? upstreamFile(source.upstream) : null
  if (file === null) return { page, upstream: null, pinned: false }
  const commit = source.upstream?.commit?.toLowerCase() ?? null
  if (commit === null || !commitPattern.test(commit))
    return { page, upstream: `${file.base}/blob/HEAD/${file.path}`, pinned: false }
  const anchor = span ? lineAnchor(span) : ''
  return { page, upstream: `${file.base}/blob/${commit}/${file.path}${anchor}`, pinned: true }
}

/** An http(s) address as a URL parser writes it; anything else (`javascript:`, junk) is no page. */
function webPage(url: string | null): string | null {
  if (url === null || !URL.canParse(url)) return null
  const parsed = new URL(url)
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
}

/** The repository's address and the file's encoded path, or `null` when either is malformed. */
function upstreamFile(upstream: UpstreamFile): { base: string; path: string } | null {
  if (!repositoryPattern.test(upstream.repository)) return null
  const [owner, name] = upstream.repository.split('/')
  if (name === '.' || name === '..') return null
  const segments = upstream.path.split('/')
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null
  const path = segments.map(encodeURIComponent).join('/')
  return { base: `https://github.com/${owner}/${name}`, path }
}

function lineAnchor({ line, endLine = line }: SourceSpan): string {
  if (!Number.isSafeInteger(line) || line < 1 || !Number.isSafeInteger(endLine) || endLine < line)
    throw new RangeError(`a source span runs from line 1 up, got ${line}-${endLine}`)
  return endLine === line ? `#L${line}` : `#L${line}-L${endLine}`
}
