import type { Colors } from './context.js'

/** Break text into lines of at most `width` characters, at spaces where possible. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    let rest = word
    while (rest.length > width) {
      if (line) lines.push(line)
      line = ''
      lines.push(rest.slice(0, width))
      rest = rest.slice(width)
    }
    if (!line) line = rest
    else if (line.length + 1 + rest.length <= width) line += ` ${rest}`
    else {
      lines.push(line)
      line = rest
    }
  }
  if (line || lines.length === 0) lines.push(line)
  return lines
}

/** Wrapped text whose first line starts with `first` and the rest with as many spaces. */
export function hang(text: string, width: number, first = ''): string {
  const indent = ' '.repeat(first.length)
  return wrap(text, Math.max(width - first.length, 20))
    .map((line, index) => `${index === 0 ? first : indent}${line}`)
    .join('\n')
}

/**
 * A table that fits `width`: each cell is a list of values, one per line, wrapped inside its
 * column. Narrow columns keep their natural width; the rest share what is left.
 */
export function renderTable(
  headers: string[],
  rows: string[][][],
  width: number,
  colors: Colors,
): string {
  const gap = 3
  const natural = headers.map((header, column) =>
    Math.max(
      header.length,
      ...rows.flatMap((row) => (row[column] ?? []).map((value) => value.length)),
    ),
  )
  const available = Math.max(width - gap * (headers.length - 1), headers.length * 8)
  // A column shrinks no further than its longest word while another column still can.
  const longestWord = headers.map((header, column) =>
    Math.max(
      ...[header, ...rows.flatMap((row) => row[column] ?? [])].flatMap((text) =>
        text.split(' ').map((word) => word.length),
      ),
    ),
  )
  const widths = [...natural]
  let total = widths.reduce((sum, value) => sum + value, 0)
  while (total > available) {
    const slack = widths.map((value, column) => value - longestWord[column]!)
    const roomy = slack.indexOf(Math.max(...slack))
    const column = slack[roomy]! > 0 ? roomy : widths.indexOf(Math.max(...widths))
    if (widths[column]! <= 8) break
    widths[column]!--
    total--
  }
  const renderRow = (cells: string[][], style: (text: string) => string) => {
    const wrapped = cells.map((values, column) =>
      values.flatMap((value) => wrap(value, widths[column]!)),
    )
    const height = Math.max(1, ...wrapped.map((lines) => lines.length))
    const lines: string[] = []
    for (let index = 0; index < height; index++) {
      const parts = wrapped.map((cellLines, column) =>
        (cellLines[index] ?? '').padEnd(widths[column]!),
      )
      lines.push(style(parts.join(' '.repeat(gap)).trimEnd()))
    }
    return lines
  }
  const header = renderRow(
    headers.map((text) => [text]),
    colors.bold,
  )
  const rule = colors.dim(widths.map((value) => '─'.repeat(value)).join(' '.repeat(gap)))
  const body = rows.flatMap((row, index) => [
    ...(index > 0 ? [''] : []),
    ...renderRow(row, (text) => text),
  ])
  return [...header, rule, ...body].join('\n')
}
