import { describe, expect, test } from 'vitest'
import { type FetchOptions, fetchText, PullError } from '../src/index.js'
import { firstInvalidUtf8 } from '../src/read-body.js'
import { parseAllowedHost, refuseUpstream } from '../src/upstream-policy.js'

// fetchText through its seam, an injected fetch: the answers a real server cannot easily give.

const text = ['text/plain', 'text/markdown']
const page = 'https://raw.githubusercontent.com/MicrosoftDocs/entra-docs/main/a.md'

/** An injected fetch answering each call with the next response; records what was asked. */
function answers(...responses: (Response | Error)[]) {
  const calls: { url: string; init: RequestInit | undefined }[] = []
  const fetch = (async (url: string, init?: RequestInit) => {
    calls.push({ url, init })
    const next = responses.shift()
    if (!next) throw new Error('no more answers')
    if (next instanceof Error) throw next
    return next
  }) as typeof globalThis.fetch
  return { calls, options: { fetch, backoffMs: 0 } satisfies FetchOptions }
}

const ok = (
  body: ConstructorParameters<typeof Response>[0],
  headers: Record<string, string> = {},
) => new Response(body, { status: 200, headers: { 'content-type': 'text/plain', ...headers } })
const redirect = (location: string | null, status = 302) =>
  new Response(null, { status, headers: location === null ? {} : { location } })
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(PullError)
      return (error as Error).message
    },
  )

describe('fetchText', () => {
  test('asks for the accepted types, uncompressed, following no redirect by itself', async () => {
    const { calls, options } = answers(ok('# Title\n'))
    expect(await fetchText(page, text, options)).toBe('# Title\n')
    expect(calls[0]!.init).toMatchObject({
      redirect: 'manual',
      headers: { accept: 'text/plain, text/markdown', 'accept-encoding': 'identity' },
    })
  })

  test('a body longer than its Content-Length is refused', async () => {
    const { options } = answers(ok('0123456789', { 'content-length': '5' }))
    expect(await failure(fetchText(page, text, options))).toBe(
      `${page}: expected 5 bytes, as Content-Length announced, got a body longer than announced; 1 attempt, not retried`,
    )
  })

  test('a body that ends cleanly short of its Content-Length is truncated, and retried', async () => {
    const { calls, options } = answers(
      ok('01234', { 'content-length': '10' }),
      ok('01234', { 'content-length': '10' }),
    )
    expect(await failure(fetchText(page, text, { ...options, attempts: 2 }))).toBe(
      `${page}: expected 10 bytes, as Content-Length announced, got 5: the body is truncated; 2 attempts`,
    )
    expect(calls).toHaveLength(2)
  })

  test('a Content-Length past the limit is refused without reading the body', async () => {
    let pulls = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++
        controller.enqueue(new Uint8Array(1024))
      },
    })
    const { options } = answers(ok(body, { 'content-length': String(6 * 1024 * 1024) }))
    expect(await failure(fetchText(page, text, options))).toBe(
      `${page}: expected at most 1 MiB, got a Content-Length of 6 MiB; 1 attempt, not retried`,
    )
    expect(pulls).toBeLessThanOrEqual(1) // the stream's own start-up pull, no more
  })

  test('a compressed body: its Content-Length counts other bytes, so only the limit applies', async () => {
    const { options } = answers(
      ok('0123456789', { 'content-length': '4', 'content-encoding': 'gzip' }),
    )
    expect(await fetchText(page, text, options)).toBe('0123456789')
  })

  test('a Content-Length that is not a number is refused', async () => {
    const { options } = answers(ok('abc', { 'content-length': 'lots' }))
    expect(await failure(fetchText(page, text, options))).toBe(
      `${page}: expected a Content-Length in bytes, got "lots"; 1 attempt, not retried`,
    )
  })

  test('charset, when given, must be UTF-8; a quoted utf-8 is fine', async () => {
    const quoted = answers(ok('é', { 'content-type': 'text/plain; charset="UTF-8"' }))
    expect(await fetchText(page, text, quoted.options)).toBe('é')
    const latin = answers(ok('e', { 'content-type': 'text/markdown;charset=windows-1252' }))
    expect(await failure(fetchText(page, text, latin.options))).toBe(
      `${page}: expected charset=utf-8, got Content-Type "text/markdown;charset=windows-1252"; 1 attempt, not retried`,
    )
  })

  test('a byte-order mark is dropped; an overlong or surrogate sequence is an error', async () => {
    const bom = answers(ok(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])))
    expect(await fetchText(page, text, bom.options)).toBe('A')
    const surrogate = answers(ok(new Uint8Array([0x41, 0xed, 0xa0, 0x80])))
    expect(await failure(fetchText(page, text, surrogate.options))).toBe(
      `${page}: expected UTF-8 text, got invalid UTF-8 at byte 1 (0xed); 1 attempt, not retried`,
    )
  })

  test('network errors and 5xx are retried, with the count told; 501 and 4xx are not', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } })
    const flaky = answers(refused, new Response('', { status: 503 }), ok('fine'))
    expect(await fetchText(page, text, flaky.options)).toBe('fine')
    expect(flaky.calls).toHaveLength(3)
    const down = answers(refused, refused)
    expect(await failure(fetchText(page, text, { ...down.options, attempts: 2 }))).toBe(
      `${page}: expected an answer, got ENOTFOUND (offline, or the host is unreachable?); 2 attempts`,
    )
    const gone = answers(new Response('', { status: 503 }), new Response('', { status: 410 }))
    expect(await failure(fetchText(page, text, gone.options))).toBe(
      `${page}: expected HTTP 200, got HTTP 410; 2 attempts, not retried`,
    )
    const never = answers(new Response('', { status: 501 }))
    expect(await failure(fetchText(page, text, never.options))).toBe(
      `${page}: expected HTTP 200, got HTTP 501; 1 attempt, not retried`,
    )
    const notModified = answers(new Response(null, { status: 304 }))
    expect(await failure(fetchText(page, text, { ...notModified.options, attempts: 1 }))).toBe(
      `${page}: expected HTTP 200, got HTTP 304; 1 attempt`,
    )
  })
})

describe('fetchText: redirects', () => {
  test('followed by hand and reported, relative ones resolved against the last URL', async () => {
    const seen: string[] = []
    const { calls, options } = answers(redirect('../b.md', 308), ok('# B\n'))
    const onRedirect = (from: string, to: string) => seen.push(`${from} → ${to}`)
    expect(await fetchText(page, text, { ...options, onRedirect })).toBe('# B\n')
    const to = 'https://raw.githubusercontent.com/MicrosoftDocs/entra-docs/b.md'
    expect(seen).toEqual([`${page} → ${to}`])
    expect(calls.map((call) => call.url)).toEqual([page, to])
  })

  test.each([
    [
      null,
      `${page}: expected a redirect within https://raw.githubusercontent.com, got a redirect without a Location`,
    ],
    [
      'http://raw.githubusercontent.com/MicrosoftDocs/x.md',
      `${page}: expected a redirect within https://raw.githubusercontent.com, got a redirect to http: from https: (http://raw.githubusercontent.com/MicrosoftDocs/x.md)`,
    ],
    [
      '/evil/docs/a.md',
      `${page}: expected an https: URL on raw.githubusercontent.com/MicrosoftDocs/… or learn.microsoft.com, got a redirect to a URL on raw.githubusercontent.com outside /MicrosoftDocs/ (/evil/docs/a.md)`,
    ],
    [
      'https://learn.microsoft.com/en-us/x',
      `${page}: expected a redirect within https://raw.githubusercontent.com, got a redirect to another host, learn.microsoft.com (https://learn.microsoft.com/en-us/x)`,
    ],
    [
      'file:///etc/passwd',
      `${page}: expected a redirect within https://raw.githubusercontent.com, got a redirect to a file: URL (file:///etc/passwd)`,
    ],
  ])('to %j: refused', async (location, message) => {
    const { calls, options } = answers(redirect(location))
    expect(await failure(fetchText(page, text, options))).toBe(`${message}; 1 attempt, not retried`)
    expect(calls).toHaveLength(1)
  })

  test('an upstream off the allowlist is refused before any request', async () => {
    const { calls, options } = answers()
    expect(await failure(fetchText('data:text/plain,hi', text, options))).toBe(
      'data:text/plain,hi: expected an https: URL on raw.githubusercontent.com/MicrosoftDocs/… or learn.microsoft.com, got a data: URL',
    )
    expect(calls).toEqual([])
    expect(await failure(fetchText('not a url', text, options))).toMatch(
      /^"not a url": expected an https: URL on .*, got no URL$/,
    )
  })
})

describe('the allowlist', () => {
  const url = (href: string) => new URL(href)

  test.each([
    ['https://learn.microsoft.com/sv-se/entra/x', {}, null],
    ['https://raw.githubusercontent.com/MicrosoftDocs/entra-docs/main/a.md', {}, null],
    [
      'https://raw.githubusercontent.com/microsoftdocs/a.md',
      {},
      'a URL on raw.githubusercontent.com outside /MicrosoftDocs/ (/microsoftdocs/a.md)',
    ],
    [
      'https://raw.githubusercontent.com/MicrosoftDocs%2F../a.md',
      {},
      'a URL on raw.githubusercontent.com outside /MicrosoftDocs/ (/MicrosoftDocs%2F../a.md)',
    ],
    ['https://learn.microsoft.com:8443/x', {}, 'a URL on learn.microsoft.com:8443'],
    ['https://learn.microsoft.com.evil.example/x', {}, 'a URL on learn.microsoft.com.evil.example'],
    ['https://mirror.example/x', { allowHosts: ['mirror.example'] }, null],
    ['http://mirror.example/x', { allowHosts: ['mirror.example'] }, 'a http: URL'],
    ['http://127.0.0.1:8080/x', {}, 'a http: URL'],
    ['http://127.0.0.1:8080/x', { allowLoopback: true }, null],
    ['http://localhost:8080/x', { allowLoopback: true }, 'a http: URL'],
    ['http://[::1]:8080/x', { allowLoopback: true }, 'a http: URL'],
    ['http://127.0.0.2:8080/x', { allowLoopback: true }, 'a http: URL'],
    ['http://u:p@127.0.0.1:8080/x', { allowLoopback: true }, 'a URL with a user name or password'],
  ])('%s with %j: %s', (href, policy, problem) => {
    expect(refuseUpstream(url(href), policy)).toBe(problem)
  })

  test.each([
    ['mirror.example', 'mirror.example'],
    ['Mirror.Example:8443', 'mirror.example:8443'],
    ['mirror.example:443', 'mirror.example'],
    ['https://mirror.example', null],
    ['mirror.example/path', null],
    ['user@mirror.example', null],
    ['', null],
  ])('--allow-host %j is %j', (value, host) => {
    expect(parseAllowedHost(value)).toBe(host)
  })
})

test('firstInvalidUtf8 agrees with a strict TextDecoder on random bytes', () => {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let seed = 15
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
  // Mostly valid text with stray bytes from the ranges where mistakes hide.
  const pieces = [
    'a',
    'é',
    '€',
    '😀',
    '\u{10ffff}',
    [0x80],
    [0xc0, 0x80],
    [0xe0, 0x80],
    [0xed, 0xa0],
    [0xf4, 0x90],
    [0xf5],
    [0xe2, 0x82],
  ]
  for (let run = 0; run < 2000; run++) {
    const bytes: number[] = []
    for (let index = 0; index < 1 + Math.floor(random() * 8); index++) {
      const piece = pieces[Math.floor(random() * (random() < 0.8 ? 5 : pieces.length))]!
      bytes.push(...(typeof piece === 'string' ? new TextEncoder().encode(piece) : piece))
    }
    const array = new Uint8Array(bytes)
    const at = firstInvalidUtf8(array)
    const valid = (slice: Uint8Array) => {
      try {
        decoder.decode(slice)
        return true
      } catch {
        return false
      }
    }
    expect(at === -1, `${bytes}`).toBe(valid(array))
    if (at !== -1) expect(valid(array.subarray(0, at)), `${bytes} before ${at}`).toBe(true)
  }
})
