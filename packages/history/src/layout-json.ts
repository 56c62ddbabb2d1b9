/**
 * JSON with two-space indentation down to a depth and each deeper value on one line, so that a
 * large generated file stays small and a change in it still shows as a changed line.
 * `compactAfter(key, depth)` says which values to write on one line.
 */
export function layoutJson(
  value: unknown,
  compactAfter: (key: string, depth: number) => boolean,
): string {
  const write = (node: unknown, key: string, depth: number, indent: string): string => {
    if (typeof node !== 'object' || node === null || compactAfter(key, depth))
      return JSON.stringify(node)
    const inner = `${indent}  `
    if (Array.isArray(node)) {
      if (node.length === 0) return '[]'
      const items = node.map((item) => `${inner}${write(item, key, depth + 1, inner)}`)
      return `[\n${items.join(',\n')}\n${indent}]`
    }
    const entries = Object.entries(node)
    if (entries.length === 0) return '{}'
    const fields = entries.map(
      ([name, child]) => `${inner}${JSON.stringify(name)}: ${write(child, name, depth + 1, inner)}`,
    )
    return `{\n${fields.join(',\n')}\n${indent}}`
  }
  return `${write(value, '', 0, '')}\n`
}
