// Source spans, kept apart from the packed datasets: see `unpackSnapshot` for the format.

type Node = Record<string, unknown>

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The spans of an unchanged part, in document order, as `encode` would have collected them. */
export function collectSpans(node: unknown, locales: readonly string[], spans: string[][]): void {
  if (Array.isArray(node)) for (const item of node) collectSpans(item, locales, spans)
  else if (isNode(node))
    for (const [key, value] of Object.entries(node)) {
      const span = key === 'source' ? spanParts(value, locales) : null
      if (span) for (const [at, part] of span.entries()) spans[at]?.push(part)
      else collectSpans(value, locales, spans)
    }
}

/**
 * A source span's parts per locale (`~` for a locale it does not name), or null when the value is
 * not a span: an object naming some of the locales, in their order, each a position or null.
 */
export function spanParts(value: unknown, locales: readonly string[]): string[] | null {
  if (!isNode(value)) return null
  const keys = Object.keys(value)
  const order = keys.map((key) => locales.indexOf(key))
  if (
    keys.length === 0 ||
    order.some((at, index) => at < 0 || (index > 0 && at <= order[index - 1]!))
  )
    return null
  const parts = locales.map((locale) =>
    Object.hasOwn(value, locale) ? spanText(value[locale]) : '~',
  )
  return parts.every((part) => part !== null) ? (parts as string[]) : null
}

function spanText(value: unknown): string | null {
  if (value === null) return '-'
  if (!isNode(value) || Object.keys(value).join() !== 'line,endLine') return null
  const { line, endLine } = value
  if (!Number.isInteger(line) || !Number.isInteger(endLine)) return null
  return line === endLine ? `${line}` : `${line}-${endLine}`
}
