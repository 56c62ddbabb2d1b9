import fc from 'fast-check'

/**
 * Every code point a terminal may act on, written out by hand rather than taken from the module
 * under test: C0, DEL, C1, and the bidirectional controls.
 */
export function steers(codePoint: number): boolean {
  return (
    codePoint <= 0x1f ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    [0x61c, 0x200e, 0x200f].includes(codePoint) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069)
  )
}

/** The characters of `text` that steer a terminal; `allowed` are let through (our own newlines). */
export const steeringIn = (text: string, allowed = ''): string[] =>
  [...text].filter((char) => steers(char.codePointAt(0)!) && !allowed.includes(char))

/** One character, often one a terminal acts on: any code point would rarely pick them. */
export const hostileChar = fc.oneof(
  fc.constantFrom('\u001b', '\u0007', '\u009b', '\u0085', '\u007f', '\r', '\t', '\n', '\u202e'),
  fc.constantFrom('\u2066', '\u061c', '=', '"', ',', "'"),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
)
export const hostileText = fc.string({ unit: hostileChar })
