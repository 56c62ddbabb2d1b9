import type { Report } from '@mfa-residency/compare'
import type { RootContent } from 'mdast'
import { type Budget, fit, type Layout } from './markdown/budget.js'
import { code, heading, html, paragraph, strong, text } from './markdown/build.js'
import { detailParts } from './markdown/details.js'
import { sectionParts } from './markdown/sections.js'
import { serialize } from './markdown/serialize.js'
import { type LinkOptions, mainFiles } from './markdown/source-links.js'
import { summaryBlocks } from './markdown/summary.js'
import { toCuratePart } from './markdown/to-curate.js'

/** GitHub takes a comment of up to 65,536 characters; the report stays well under. */
export const MAX_LENGTH = 60_000

export interface MarkdownOptions {
  /** Prefix for links to source lines, e.g. `https://github.com/o/r/blob/<sha>/`. Plain `file:line` without it. */
  linkBase?: string
  /** The most characters the report may have (default 60,000); `Infinity` for the full report. */
  maxLength?: number
  /** Where the full report is, named when the report had to be cut. */
  fullReportUrl?: string
}

const sides = (report: Report) =>
  paragraph(text('Base '), code(report.base), text(' → head '), code(report.head))

/** Without links, rows give lines of each side's main file: named here, once. */
function files(options: MarkdownOptions & LinkOptions): RootContent[] {
  const { base, head } = options.files ?? {}
  if (options.linkBase || (!base && !head)) return []
  const parts =
    base && head && base === head
      ? [text('Lines are in '), code(base)]
      : [
          ...(base ? [text('Lines before are in '), code(base)] : []),
          ...(head ? [text(base ? ', after in ' : 'Lines after are in '), code(head)] : []),
        ]
  return [paragraph(...parts, text('.'))]
}

const footer = paragraph(
  html('<sub>'),
  text('Levels: the SemVer policy in the dataset README. By '),
  code('pnpm docs:diff'),
  text('.'),
  html('</sub>'),
)

function layoutOf(report: Report, options: MarkdownOptions & LinkOptions): Layout {
  const { counts } = report
  // The package name is code: `@mfa-residency/dataset` in text would mention a team.
  const release =
    report.bump === 'none'
      ? [text('no release needed')]
      : [text(`${report.bump} release of `), code('@mfa-residency/dataset')]
  const sections = sectionParts(report, options)
  const curate = toCuratePart(report, options)
  const details = detailParts(report, options)
  return {
    title: (truncated) => [
      heading(2, text(`Docs diff${truncated ? ' (truncated)' : ''}: `), ...release),
      paragraph(
        strong(text(`${report.changes.length} changes`)),
        text(
          `: ${counts.data} data, ${counts.cosmetic} cosmetic, ${counts['translation-drift']} translation drift. `,
        ),
        ...sides(report).children,
      ),
      ...files(options),
    ],
    pieces: [
      summaryBlocks(report),
      ...(sections.length > 0 ? [[heading(3, text('Changes by entity'))], ...sections] : []),
      ...(curate ? [curate] : []),
      ...(details.length > 0 ? [[heading(3, text('Details'))], ...details] : []),
      [footer],
    ],
  }
}

/**
 * The pull-request comment, written as a Markdown tree: a summary (the bump and why, the facts
 * that changed, the translations), a section per entity with before and after, and folded details.
 * It stays within `maxLength`, cutting in steps and saying what it cut.
 */
export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const budget: Budget = {
    maxLength: options.maxLength ?? MAX_LENGTH,
    fullReportUrl: options.fullReportUrl,
  }
  if (report.changes.length === 0) {
    const curate = toCuratePart(report, options)
    return fit(
      {
        title: (truncated) => [
          heading(2, text(`Docs diff${truncated ? ' (truncated)' : ''}: no changes`)),
          sides(report),
          paragraph(text('The docs and the dataset match: nothing to review.')),
        ],
        pieces: curate ? [curate] : [],
      },
      budget,
    )
  }
  const files = options.linkBase
    ? undefined
    : mainFiles(report.changes.filter((change) => change.classification === 'data'))
  return fit(layoutOf(report, { ...options, files }), budget)
}

/** "Analysis failed" must never read like "no changes": nothing was checked. */
export function formatFailureMarkdown(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return serialize({
    type: 'root',
    children: [
      heading(2, text('Docs diff: analysis failed')),
      paragraph(
        text('The docs could not be compared, so '),
        strong(text('changes in this pull request are unreviewed')),
        text('. The error:'),
      ),
      { type: 'code', lang: null, meta: null, value: message },
    ],
  })
}
