import { jsonText } from '@mfa-residency/output-safety'
/** A failed pull, in one line: what was asked, what was expected and what came instead. */
export class PullError extends Error {
  override name = 'PullError'
}

/** What an answer, a URL or a path got wrong: the phrases a message is made of. */
export interface Rejection {
  expected: string
  got: string
  /** Worth another attempt: the same request may well succeed. */
  transient?: boolean
}

/** `subject: expected …, got …`, the shape of every rejection `docs:pull` prints. */
export function rejected(subject: string, rejection: Rejection, suffix = ''): PullError {
  return new PullError(`${subject}: expected ${rejection.expected}, got ${rejection.got}${suffix}`)
}

/**
 * Text from upstream or from the manifest, fit for a one-line message: JSON-quoted, so control
 * characters (a terminal's escape sequences) show as `\u001b`, and cut short when long.
 */
export function quote(text: string, max = 200): string {
  return jsonText(text.length > max ? `${text.slice(0, max)}…` : text)
}

/** A parsed URL is printable as it is (the URL parser percent-encodes controls); cut it short. */
export function shortUrl(url: URL, max = 200): string {
  return url.href.length > max ? `${url.href.slice(0, max)}…` : url.href
}
