import { checkSize } from './input-limits.js'
import { sourceError } from './source-error.js'

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split(/\r\n|\r|\n/).length
}

/**
 * Turn a source file's bytes into text, refusing what cannot be a document: invalid UTF-8, NUL
 * bytes (binary files), files with no text, and files too large to be an article. A UTF-8 byte
 * order mark is dropped.
 */
export function decodeSource(input: string | Uint8Array, file: string): string {
  checkSize(typeof input === 'string' ? input.length : input.byteLength, file)
  let text: string
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  } else {
    try {
      text = utf8.decode(input)
    } catch {
      const lossy = new TextDecoder('utf-8').decode(input)
      throw sourceError(
        file,
        lineAt(lossy, lossy.indexOf('\uFFFD')),
        'invalid UTF-8: expected a UTF-8 text document',
      )
    }
  }
  const nul = text.indexOf('\0')
  if (nul !== -1) {
    throw sourceError(
      file,
      lineAt(text, nul),
      'NUL byte: expected a text document, not binary data',
    )
  }
  if (text.trim() === '') throw sourceError(file, 1, 'empty document: expected a title and content')
  return text
}
