import type { Report } from '@mfa-residency/compare'
import type { RootContent } from 'mdast'
import { code, heading, paragraph, table, text } from './build.js'
import { docText } from './doc-text.js'
import type { Part } from './parts.js'
import { type LinkOptions, sourceLink } from './source-links.js'

/** The head's new values that no term names, as a section of their own: a to-do, not a change. */
export function toCuratePart(report: Report, options: LinkOptions): Part | null {
  const values = report.toCurate ?? []
  if (values.length === 0) return null
  const rows = values.map((value) => {
    const { file, line } = value
    const source =
      file === undefined
        ? []
        : [line === undefined ? code(file) : sourceLink({ file, line, endLine: line }, options)]
    return [docText(value.text), [text(value.locale)], [code(value.path)], source]
  })
  const title = heading(3, text(`To curate (${values.length})`))
  const full: RootContent[] = [
    title,
    paragraph(
      text(
        'No term of the vocabulary names these values: add a term or an alias, so that they link.',
      ),
    ),
    table(['value', 'locale', 'path', 'source'], rows),
  ]
  return {
    name: 'To curate',
    layer: 'section',
    rows: values.length,
    unit: ['value', 'values'],
    full,
    counted: [
      title,
      paragraph(
        text(
          `${values.length} ${values.length === 1 ? 'value' : 'values'} to curate: not listed, to fit the size limit.`,
        ),
      ),
    ],
  }
}
