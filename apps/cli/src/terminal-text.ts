/*
 * Document text is untrusted, and with `--dataset <file>` so is every string in the data. On a
 * terminal a stray ESC, carriage return or bidirectional override can recolour, overwrite or
 * reorder what the reader sees, so text output shows such characters as `\u{…}` instead.
 * Newlines and tabs stay: code blocks are paragraphs.
 */
const unsafe =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

/** The text with every character that could steer the terminal written out as `\u{…}`. */
export function terminalSafe(text: string): string {
  return text.replace(unsafe, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`)
}

/** A copy of a JSON value with every string, keys included, made terminal-safe. */
export function terminalSafeCopy<T>(value: T): T {
  if (typeof value === 'string') return terminalSafe(value) as T
  if (Array.isArray(value)) return value.map(terminalSafeCopy) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [terminalSafe(key), terminalSafeCopy(inner)]),
    ) as T
  }
  return value
}
