/*
 * Document text is untrusted, and so is every string of a dataset file named on a command line.
 * A terminal obeys what it receives: ESC and the C1 CSI (U+009B) start sequences that clear the
 * screen (`ESC[2J`), set the window title (OSC 0), write the clipboard (OSC 52) or hide a link
 * under harmless words (OSC 8); BEL ends them; a carriage return or backspace overwrites what was
 * shown; a bidirectional override reorders it. Tabs and newlines are listed too: the documents'
 * text never holds them (the parser collapses white space), and in a table cell they would break
 * the layout or start a line that looks like output of its own.
 */
export const terminalControls =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

/**
 * The text with every character that could steer a terminal written out as `\u{…}` (ESC becomes
 * the six characters `\u{1b}`): visible, and inert.
 */
export function terminalText(text: string): string {
  return text.replace(terminalControls, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`)
}

/**
 * An error message for the terminal: each of its lines through `terminalText`, the line breaks
 * between them kept. Messages quote what they refuse: a file name, a document's text.
 */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalText).join('\n')
}

/** A copy of a JSON value with every string, keys included, passed through `terminalText`. */
export function terminalTextCopy<T>(value: T): T {
  if (typeof value === 'string') return terminalText(value) as T
  if (Array.isArray(value)) return value.map(terminalTextCopy) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [terminalText(key), terminalTextCopy(inner)]),
    ) as T
  }
  return value
}
