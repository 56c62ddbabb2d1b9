/**
 * `JSON.parse` for a file a person edits (a manifest, a versions.json): a syntax error names the
 * file, and the line where V8 tells the position (`… in JSON at position N`). Some of its messages
 * ("Unexpected token …") name none; then the file alone is named.
 */
export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const { message } = error as Error
    const position = /\bat position (\d+)/.exec(message)
    const line = position ? `:${text.slice(0, Number(position[1])).split(/\r\n|\r|\n/).length}` : ''
    throw new Error(`${file}${line}: invalid JSON: ${message}`)
  }
}
