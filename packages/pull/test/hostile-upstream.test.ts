import { mkdtemp, readFile, rm } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, test } from 'vitest'
import { english, pull, repository, snapshot, swedishPage, upstream } from './harness.js'

// Each answer a hostile or broken upstream can give, served by a real loopback server, and what a
// user sees: the message, the exit code, and docs-source/ byte-identical afterwards.

const enFile = 'docs-source/en/concept-mfa-data-residency.md'

/** A repository whose English comes from `routes['/en.md']`, Swedish from `/sv.html`. */
async function scenario(routes: Parameters<typeof upstream>[0]) {
  const server = await upstream({ '/sv.html': [200, swedishPage], ...routes })
  const root = await repository({ en: `${server.url}/en.md`, sv: `${server.url}/sv.html` })
  return { server, root, before: await snapshot(root) }
}

/** Stream `total` bytes of text lazily, 64 KiB at a time, minding backpressure; count what went. */
function endless(response: ServerResponse, total: number, sent: { bytes: number }) {
  const chunk = Buffer.alloc(64 * 1024, 'a')
  const write = () => {
    while (sent.bytes < total && !response.destroyed) {
      sent.bytes += chunk.length
      if (!response.write(chunk)) return void response.once('drain', write)
    }
    response.end()
  }
  write()
}

describe('redirects', () => {
  test('on the same host: followed, and each one reported', async () => {
    const changed = `${english}\nA new closing line.\n`
    const { server, root } = await scenario({
      '/en.md': [302, '', { location: '/moved/en.md' }],
      '/moved/en.md': [301, '', { location: `/final/en.md` }],
      '/final/en.md': [200, changed],
    })
    const result = await pull(root, ['--locale', 'en'])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(
      `redirected: ${server.url}/en.md → ${server.url}/moved/en.md\n` +
        `redirected: ${server.url}/moved/en.md → ${server.url}/final/en.md\n` +
        `en: ${server.url}/en.md → ${enFile} (updated)\n`,
    )
    expect(await readFile(path.join(root, enFile), 'utf8')).toBe(changed)
  })

  test('to another host: an error naming both', async () => {
    const other = await upstream({ '/en.md': [200, english] })
    const { server, root, before } = await scenario({
      '/en.md': [302, '', { location: `${other.url}/en.md` }],
    })
    const result = await pull(root)
    expect(result).toMatchObject({
      code: 1,
      stderr: `error: ${server.url}/en.md: expected a redirect within ${server.url}, got a redirect to another host, ${other.url.slice(7)} (${other.url}/en.md); 1 attempt, not retried\n`,
    })
    expect(other.hits).toEqual([])
    expect(await snapshot(root)).toEqual(before)
  })

  test('to an https host off the allowlist: an error naming both', async () => {
    const { server, root, before } = await scenario({
      '/en.md': [307, '', { location: 'https://evil.example/en.md' }],
    })
    const result = await pull(root)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      `error: ${server.url}/en.md: expected a redirect within ${server.url}, got a redirect to another host, evil.example (https://evil.example/en.md); 1 attempt, not retried\n`,
    )
    expect(await snapshot(root)).toEqual(before)
  })

  test('to a data: URL: an error, and its text is not written', async () => {
    const { server, root, before } = await scenario({
      '/en.md': [302, '', { location: 'data:text/plain,# Pwned' }],
    })
    const result = await pull(root)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      `error: ${server.url}/en.md: expected a redirect within ${server.url}, got a redirect to a data: URL (data:text/plain,#%20Pwned); 1 attempt, not retried\n`,
    )
    expect(await snapshot(root)).toEqual(before)
  })

  test('more than 5 in a row: an error at the 6th', async () => {
    const hops = Object.fromEntries(
      Array.from({ length: 7 }, (_, index) => [
        `/hop/${index}`,
        [302, '', { location: `/hop/${index + 1}` }] as [number, string, Record<string, string>],
      ]),
    )
    const { server, root, before } = await scenario({
      '/en.md': [302, '', { location: '/hop/0' }],
      ...hops,
    })
    const result = await pull(root)
    expect(result.code).toBe(1)
    expect(result.stderr.match(/^redirected: /gm)).toHaveLength(5)
    expect(result.stderr).toMatch(
      new RegExp(
        `error: ${server.url}/hop/4 \\(redirected from ${server.url}/en.md\\): expected at most 5 redirects, got a 6th, to ${server.url}/hop/5; 1 attempt, not retried\n$`,
      ),
    )
    expect(server.hits).not.toContain('/hop/5')
    expect(await snapshot(root)).toEqual(before)
  })
})

describe('bodies cut short are rejected, never accepted', () => {
  test('shorter than its Content-Length: retried, then refused as truncated', async () => {
    const { server, root, before } = await scenario({
      '/en.md': (_request, response) => {
        response.writeHead(200, {
          'content-type': 'text/plain; charset=utf-8',
          'content-length': String(Buffer.byteLength(english)),
        })
        response.write(english.slice(0, 1000))
        setTimeout(() => response.socket?.destroy(), 50)
      },
    })
    const result = await pull(root, ['--retries', '1'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      new RegExp(
        `^error: ${server.url}/en.md: expected ${Buffer.byteLength(english)} bytes, got \\d+ before the connection broke off: the body is truncated; 2 attempts\n$`,
      ),
    )
    expect(server.hits).toEqual(['/en.md', '/en.md'])
    expect(await snapshot(root)).toEqual(before)
  })

  test('without a Content-Length, the connection closed mid-body: refused as truncated', async () => {
    const { server, root, before } = await scenario({
      '/en.md': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
        response.write(english.slice(0, english.length / 2))
        setTimeout(() => response.socket?.destroy(), 50)
      },
    })
    const result = await pull(root, ['--retries', '0'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      new RegExp(
        `^error: ${server.url}/en.md: expected the whole body, got \\d+ before the connection broke off: the body is truncated; 1 attempt\n$`,
      ),
    )
    expect(await snapshot(root)).toEqual(before)
  })
})

describe('a 600 MiB body', () => {
  const total = 600 * 1024 * 1024

  test('streamed: abandoned past 1 MiB, with a size error, in little memory', async () => {
    const sent = { bytes: 0 }
    const { server, root, before } = await scenario({
      '/en.md': (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
        endless(response, total, sent)
      },
    })
    const measure = await mkdtemp(path.join(tmpdir(), 'peak-memory-'))
    const file = path.join(measure, 'peak')
    process.env.PEAK_MEMORY_FILE = file
    const preload = pathToFileURL(path.join(import.meta.dirname, 'peak-memory.mjs')).href
    const result = await pull(root, [], ['--import', preload])
    delete process.env.PEAK_MEMORY_FILE
    const peakKb = Number(await readFile(file, 'utf8'))
    await rm(measure, { recursive: true, force: true })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      new RegExp(
        `^error: ${server.url}/en.md: expected at most 1 MiB, got more \\(stopped reading after \\d+ bytes\\); 1 attempt, not retried\n$`,
      ),
    )
    console.info(
      `600 MiB stream: peak RSS of docs:pull ${(peakKb / 1024).toFixed(1)} MB; the server sent ${(sent.bytes / 1024 / 1024).toFixed(1)} MiB`,
    )
    expect(peakKb * 1024).toBeLessThan(200 * 1024 * 1024)
    // Abandoned, not drained: the server stopped long before 600 MiB (the rest is socket buffers).
    expect(sent.bytes).toBeLessThan(64 * 1024 * 1024)
    expect(await snapshot(root)).toEqual(before)
  })

  test('announced in Content-Length: refused before reading', async () => {
    const sent = { bytes: 0 }
    const { server, root, before } = await scenario({
      '/en.md': (_request, response) => {
        response.writeHead(200, {
          'content-type': 'text/plain; charset=utf-8',
          'content-length': String(total),
        })
        endless(response, total, sent)
      },
    })
    const result = await pull(root)
    expect(result).toMatchObject({
      code: 1,
      stderr: `error: ${server.url}/en.md: expected at most 1 MiB, got a Content-Length of 600 MiB; 1 attempt, not retried\n`,
    })
    expect(sent.bytes).toBeLessThan(64 * 1024 * 1024)
    expect(await snapshot(root)).toEqual(before)
  })
})

describe('what the body must be', () => {
  test.each([
    [
      'HTML for a markdown document',
      '/en.md',
      'text/html; charset=utf-8',
      'Content-Type text/plain or text/markdown',
    ],
    ['markdown for a Learn page', '/sv.html', 'text/markdown', 'Content-Type text/html'],
    ['no type at all', '/en.md', '', 'Content-Type text/plain or text/markdown'],
    ['Latin-1 text', '/en.md', 'text/plain; charset=ISO-8859-1', 'charset=utf-8'],
  ])('a wrong Content-Type: %s', async (_name, route, type, expected) => {
    const body = route === '/en.md' ? english : swedishPage
    const { server, root, before } = await scenario({
      [route]: (_request, response) => {
        response.writeHead(200, type ? { 'content-type': type } : {}).end(body)
      },
    })
    const result = await pull(root, ['--locale', route === '/en.md' ? 'en' : 'sv'])
    const got = type ? `Content-Type ${JSON.stringify(type)}` : 'no Content-Type'
    expect(result).toMatchObject({
      code: 1,
      stderr: `error: ${server.url}${route}: expected ${expected}, got ${got}; 1 attempt, not retried\n`,
    })
    expect(await snapshot(root)).toEqual(before)
  })

  test('invalid UTF-8: an error naming the byte, never replaced with U+FFFD', async () => {
    const bytes = Buffer.from(english)
    const at = bytes.indexOf('Microsoft')
    bytes[at] = 0xff
    const { server, root, before } = await scenario({ '/en.md': [200, bytes] })
    const result = await pull(root)
    expect(result).toMatchObject({
      code: 1,
      stderr: `error: ${server.url}/en.md: expected UTF-8 text, got invalid UTF-8 at byte ${at} (0xff); 1 attempt, not retried\n`,
    })
    expect(await snapshot(root)).toEqual(before)
  })
})

describe('retries are counted truthfully', () => {
  test('a 404 is one attempt, not retried', async () => {
    const { server, root, before } = await scenario({ '/en.md': [404, 'Not Found'] })
    const result = await pull(root, ['--retries', '2'])
    expect(result).toMatchObject({
      code: 1,
      stderr: `error: ${server.url}/en.md: expected HTTP 200, got HTTP 404; 1 attempt, not retried\n`,
    })
    expect(server.hits).toEqual(['/en.md'])
    expect(await snapshot(root)).toEqual(before)
  })

  test('a 503 that recovers: the pull succeeds on the next attempt', async () => {
    let calls = 0
    const { server, root } = await scenario({
      '/en.md': (_request, response) => {
        calls++
        const status = calls === 1 ? 503 : 200
        response.writeHead(status, { 'content-type': 'text/plain' }).end(english)
      },
    })
    const result = await pull(root, ['--locale', 'en'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(`en: ${server.url}/en.md → ${enFile} (unchanged)\n`)
    expect(server.hits).toEqual(['/en.md', '/en.md'])
  })
})
