import type { Rejection } from './pull-error.js'
import { quote } from './pull-error.js'

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`

/** The media type and charset of a Content-Type header, lower-cased. */
function parseContentType(header: string): { type: string; charset: string | null } {
  const [type = '', ...parameters] = header.split(';')
  let charset: string | null = null
  for (const parameter of parameters) {
    const [name, ...rest] = parameter.split('=')
    if (name?.trim().toLowerCase() === 'charset')
      charset = rest
        .join('=')
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .toLowerCase()
  }
  return { type: type.trim().toLowerCase(), charset }
}

/** The answer says it is text of one of the `accepted` media types, in UTF-8 if it names one. */
function checkContentType(headers: Headers, accepted: readonly string[]): Rejection | null {
  const expected = `Content-Type ${accepted.join(' or ')}`
  const header = headers.get('content-type')
  if (header === null) return { expected, got: 'no Content-Type' }
  const { type, charset } = parseContentType(header)
  if (!accepted.includes(type)) return { expected, got: `Content-Type ${quote(header)}` }
  if (charset !== null && charset !== 'utf-8' && charset !== 'utf8')
    return { expected: 'charset=utf-8', got: `Content-Type ${quote(header)}` }
  return null
}

/**
 * Where the first byte that does not belong to well-formed UTF-8 is (the decoder does not say),
 * or -1. The ranges are those of the Unicode standard's table 3-7: no overlong forms, no
 * surrogates, nothing past U+10FFFF.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let at = 0
  while (at < bytes.length) {
    const lead = bytes[at]!
    if (lead < 0x80) {
      at++
      continue
    }
    const following = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : 3
    if (lead < 0xc2 || lead > 0xf4) return at
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf
    for (let index = 1; index <= following; index++) {
      const byte = bytes[at + index]
      if (byte === undefined) return at
      if (index === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return at
    }
    at += following + 1
  }
  return -1
}

export interface Body {
  text: string
}

/**
 * Read a 200 answer's body as strict UTF-8 text: the Content-Type must be one of `accepted`; the
 * body is streamed with a running count and abandoned as soon as it passes `maxBytes` or the
 * announced Content-Length, so a huge or endless body costs no memory; a body shorter than
 * announced, or cut off by the connection, is refused.
 */
export async function readBody(
  response: Response,
  accepted: readonly string[],
  maxBytes: number,
): Promise<Body | Rejection> {
  const wrongType = checkContentType(response.headers, accepted)
  if (wrongType) return wrongType
  // Compressed, the Content-Length counts other bytes than the ones read here.
  const encoding = response.headers.get('content-encoding')
  const lengthHeader =
    encoding === null || encoding === 'identity' ? response.headers.get('content-length') : null
  if (lengthHeader !== null && !/^\d+$/.test(lengthHeader.trim()))
    return { expected: 'a Content-Length in bytes', got: quote(lengthHeader) }
  const announced = lengthHeader === null ? null : Number(lengthHeader.trim())
  const limit = `at most ${mib(maxBytes)}`
  if (announced !== null && announced > maxBytes)
    return { expected: limit, got: `a Content-Length of ${mib(announced)}` }
  const read = await readAll(response.body, maxBytes, announced)
  if ('expected' in read) return read
  const bytes = read.bytes
  if (announced !== null && bytes.length < announced) {
    return {
      expected: `${announced} bytes, as Content-Length announced`,
      got: `${bytes.length}: the body is truncated`,
      transient: true,
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    const at = firstInvalidUtf8(bytes)
    return {
      expected: 'UTF-8 text',
      got: `invalid UTF-8 at byte ${at} (0x${bytes[at]?.toString(16).padStart(2, '0') ?? '??'})`,
    }
  }
}

async function readAll(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  announced: number | null,
): Promise<{ bytes: Uint8Array } | Rejection> {
  if (body === null) return { bytes: new Uint8Array() }
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>
    try {
      chunk = await reader.read()
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError'
      return {
        expected: announced === null ? 'the whole body' : `${announced} bytes`,
        got: `${total} before ${timedOut ? 'the time-out' : 'the connection broke off'}: the body is truncated`,
        transient: true,
      }
    }
    if (chunk.done) break
    total += chunk.value.length
    if (total > maxBytes || (announced !== null && total > announced)) {
      await reader.cancel().catch(() => {})
      return total > maxBytes
        ? {
            expected: `at most ${mib(maxBytes)}`,
            got: `more (stopped reading after ${total} bytes)`,
          }
        : {
            expected: `${announced} bytes, as Content-Length announced`,
            got: 'a body longer than announced',
          }
    }
    chunks.push(chunk.value)
  }
  return { bytes: Buffer.concat(chunks) }
}
