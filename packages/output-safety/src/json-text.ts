import { terminalControls } from './terminal-text.js'

const unicodeEscape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`

/**
 * `JSON.stringify`, safe to print on a terminal and still the same data. `JSON.stringify` escapes
 * the C0 controls inside strings (ESC as `\u001b`) but leaves DEL, the C1 controls (U+009B is CSI)
 * and the bidirectional overrides as they are; those are written as `\uXXXX` escapes too, so a
 * reader parses back exactly the strings it would have got. A C0 character still in the output is
 * the indentation's own newline, outside any string, and stays.
 */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(terminalControls, (char) =>
    char < ' ' ? char : unicodeEscape(char),
  )
}
