/** A failed pull, in one line: what was asked, what went wrong. */
export class PullError extends Error {
  override name = 'PullError'
}

export interface FetchOptions {
  /** Per attempt. */
  timeoutMs?: number
  attempts?: number
  /** First wait between attempts; doubles each time. */
  backoffMs?: number
}

// Worth another try: time-outs, rate limits and server trouble, not 501/505 (never going to work).
const transient = (status: number) =>
  status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function reason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  if ((error as Error).name === 'TimeoutError') return 'timed out'
  return cause?.code ?? cause?.message ?? (error as Error).message
}

/**
 * GET a text document. Network failures, time-outs and 5xx/429 answers are retried with
 * exponential backoff; other answers fail at once.
 */
export async function fetchText(url: string, options: FetchOptions = {}): Promise<string> {
  const { timeoutMs = 15_000, attempts = 3, backoffMs = 500 } = options
  let last = ''
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep(backoffMs * 2 ** (attempt - 2))
    let response: Response
    try {
      response = await fetch(url, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { accept: 'text/markdown, text/html, text/plain' },
      })
      // The body can fail or time out too, after the headers: that is a retry as well.
      if (response.ok) return await response.text()
    } catch (error) {
      last = `cannot fetch ${url}: ${reason(error)} (offline, or the host is unreachable?)`
      continue
    }
    last = `${url} answered HTTP ${response.status}`
    if (!transient(response.status)) break
  }
  throw new PullError(`${last}; tried ${attempts} time(s)`)
}
