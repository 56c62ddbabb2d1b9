import type { Change, SourceLines } from '@mfa-residency/compare'
import type { PhrasingContent } from 'mdast'
import { code, text } from './build.js'

export interface LinkOptions {
  /** Prefix for links to source lines, e.g. `https://github.com/o/r/blob/<sha>/`. */
  linkBase?: string | undefined
  /** Without links: the file most lines are in, per side, named once at the top of the report. */
  files?: { base?: string | undefined; head?: string | undefined } | undefined
}

const range = (lines: SourceLines) =>
  lines.endLine > lines.line ? `${lines.line}–${lines.endLine}` : `${lines.line}`

const fileName = (file: string) => file.slice(file.lastIndexOf('/') + 1)

/** Lines of a source file: a link with a link base; else `L12` or `name:12` for a side, `path:12` alone. */
export function sourceLink(
  lines: SourceLines,
  options: LinkOptions,
  side?: 'base' | 'head',
): PhrasingContent {
  if (!options.linkBase) {
    // In a row, a side's main file (named at the top) goes unsaid and another goes by its name;
    // alone, a file is named in full.
    if (side === undefined) return code(`${lines.file}:${range(lines)}`)
    const main = options.files?.[side] === lines.file
    return code(main ? `L${range(lines)}` : `${fileName(lines.file)}:${range(lines)}`)
  }
  const anchor =
    lines.endLine > lines.line ? `#L${lines.line}-L${lines.endLine}` : `#L${lines.line}`
  const file = lines.file.split('/').map(encodeURIComponent).join('/')
  return {
    type: 'link',
    url: `${options.linkBase}${file}${anchor}`,
    children: [text(`L${range(lines)}`)],
  }
}

/** Where a change is on each side: `base → head`, or once when both are the same lines. */
export function changeSource(change: Change, options: LinkOptions): PhrasingContent[] {
  const { base, head } = change
  const sameLines =
    base && head && !options.linkBase && base.line === head.line && base.endLine === head.endLine
  if (sameLines && (options.files?.base === base.file) === (options.files?.head === head.file))
    return [sourceLink(head, options, 'head')]
  const sides = (['base', 'head'] as const).filter((side) => change[side] !== undefined)
  return sides.flatMap((side, index) => [
    ...(index > 0 ? [text(' → ')] : []),
    sourceLink(change[side]!, options, side),
  ])
}

/** The file most of a report's lines are in, on each side. */
export function mainFiles(changes: readonly Change[]): { base?: string; head?: string } {
  const most = (side: 'base' | 'head') => {
    const counts = new Map<string, number>()
    for (const change of changes) {
      const file = change[side]?.file
      if (file !== undefined) counts.set(file, (counts.get(file) ?? 0) + 1)
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
  }
  const base = most('base')
  const head = most('head')
  return { ...(base ? { base } : {}), ...(head ? { head } : {}) }
}
