import { MAX_SOURCE_BYTES } from '@mfa-residency/parser'
import { PullError, quote, type Rejection, rejected, shortUrl } from './pull-error.js'
import { readBody } from './read-body.js'
import { describeUpstreams, refuseUpstream, type UpstreamPolicy } from './upstream-policy.js'

export interface FetchOptions {
  /** Per attempt, redirects and body included. */
  timeoutMs?: number
  attempts?: number
  /** First wait between attempts; doubles each time. */
  backoffMs?: number
  /** Where the answer may come from, redirects included. */
  policy?: UpstreamPolicy
  /** Told of each redirect followed, so that the user sees where the text really came from. */
  onRedirect?: (from: string, to: string) => void
  /** The test seam: the `fetch` to call. */
  fetch?: typeof globalThis.fetch
}

export const MAX_REDIRECTS = 5
const redirects = new Set([301, 302, 303, 307, 308])
// Worth another try: time-outs, rate limits and server trouble, not 501/505 (never going to work).
const transient = (status: number) =>
  status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  if ((error as Error).name === 'TimeoutError') return 'a time-out'
  return cause?.code ?? cause?.message ?? (error as Error).message
}

type Attempt = { text: string } | { rejection: Rejection; at: URL }

/** Where a redirect from `from` leads, if it stays on the same host and within the policy. */
function redirectTarget(
  from: URL,
  location: string | null,
  policy: UpstreamPolicy,
): URL | Rejection {
  const expected = `a redirect within ${from.origin}`
  if (location === null) return { expected, got: 'a redirect without a Location' }
  let to: URL
  try {
    to = new URL(location, from)
  } catch {
    return { expected, got: `a redirect to ${quote(location)}, which is not a URL` }
  }
  const got = (what: string) => ({ expected, got: `a redirect to ${what} (${shortUrl(to)})` })
  if (to.protocol !== 'https:' && to.protocol !== 'http:') return got(`a ${to.protocol} URL`)
  if (to.host !== from.host) return got(`another host, ${to.host}`)
  if (to.protocol !== from.protocol) return got(`${to.protocol} from ${from.protocol}`)
  const refused = refuseUpstream(to, policy)
  if (refused) return { expected: describeUpstreams(policy), got: `a redirect to ${refused}` }
  return to
}

async function attemptOnce(
  url: URL,
  accepted: readonly string[],
  options: FetchOptions,
): Promise<Attempt> {
  const {
    timeoutMs = 15_000,
    policy = {},
    onRedirect,
    fetch: fetchImpl = globalThis.fetch,
  } = options
  const done = new AbortController()
  const signal = AbortSignal.any([done.signal, AbortSignal.timeout(timeoutMs)])
  let at = url
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetchImpl(at.href, {
        redirect: 'manual',
        signal,
        // Uncompressed, so that Content-Length counts the bytes read.
        headers: { accept: accepted.join(', '), 'accept-encoding': 'identity' },
      })
      if (redirects.has(response.status)) {
        await response.body?.cancel().catch(() => {})
        const next = redirectTarget(at, response.headers.get('location'), policy)
        if (!(next instanceof URL)) return { rejection: next, at }
        if (hop === MAX_REDIRECTS)
          return {
            rejection: {
              expected: `at most ${MAX_REDIRECTS} redirects`,
              got: `a ${hop + 1}th, to ${shortUrl(next)}`,
            },
            at,
          }
        onRedirect?.(at.href, next.href)
        at = next
        continue
      }
      if (response.status !== 200) {
        await response.body?.cancel().catch(() => {})
        const status = response.status
        return {
          rejection: { expected: 'HTTP 200', got: `HTTP ${status}`, transient: transient(status) },
          at,
        }
      }
      const body = await readBody(response, accepted, MAX_SOURCE_BYTES)
      return 'text' in body ? body : { rejection: body, at }
    }
  } catch (error) {
    const reason = networkReason(error)
    const got = `${reason} (offline, or the host is unreachable?)`
    return {
      rejection: {
        expected: 'an answer',
        got: reason === 'a time-out' ? `${reason} after ${timeoutMs} ms` : got,
        transient: true,
      },
      at,
    }
  } finally {
    // Whatever is still open (a body not read to the end) is dropped with the connection.
    done.abort()
  }
}

/**
 * GET a text document from an allowed upstream (`options.policy`) as strict UTF-8 of one of the
 * `accepted` media types, at most `MAX_SOURCE_BYTES` long. Redirects are followed by hand, on the
 * same host only and at most `MAX_REDIRECTS` times. Network failures, truncated bodies, time-outs
 * and 5xx/429 answers are retried with exponential backoff; everything else fails at once. The
 * `PullError` says what was expected, what came, and how many attempts were made.
 */
export async function fetchText(
  url: string,
  accepted: readonly string[],
  options: FetchOptions = {},
): Promise<string> {
  const { backoffMs = 500, policy = {} } = options
  const attempts = Math.max(1, options.attempts ?? 3)
  let start: URL
  try {
    start = new URL(url)
  } catch {
    throw new PullError(`${quote(url)}: expected ${describeUpstreams(policy)}, got no URL`)
  }
  const refused = refuseUpstream(start, policy)
  if (refused)
    throw rejected(shortUrl(start), { expected: describeUpstreams(policy), got: refused })
  let last: Extract<Attempt, { rejection: Rejection }> | undefined
  let made = 0
  while (made < attempts) {
    if (made > 0) await sleep(backoffMs * 2 ** (made - 1))
    made++
    const attempt = await attemptOnce(start, accepted, options)
    if ('text' in attempt) return attempt.text
    last = attempt
    if (!attempt.rejection.transient) break
  }
  const subject =
    last!.at.href === start.href
      ? shortUrl(start)
      : `${shortUrl(last!.at)} (redirected from ${shortUrl(start)})`
  const retried = last!.rejection.transient || made === attempts ? '' : ', not retried'
  throw rejected(subject, last!.rejection, `; ${made} attempt${made === 1 ? '' : 's'}${retried}`)
}
