import type { DocumentFormat, Locale, ParsedDocument } from './document.js'
import { readGfm } from './read-gfm.js'
import { readLearnHtml } from './read-learn-html.js'
import { readLearnText } from './read-learn-text.js'

export interface ReadDocumentOptions {
  file: string
  locale: Locale
  /** The source locale's document, which rendered text needs to recover headings and callouts. */
  reference?: ParsedDocument | null
}

/** A reader of one format, called as `readDocument` is without the format. */
export type DocumentReader = (
  input: string | Uint8Array,
  options: ReadDocumentOptions,
) => ParsedDocument

/** Read a document in any of the formats the pipeline knows. */
export function readDocument(
  format: DocumentFormat,
  input: string | Uint8Array,
  { file, locale, reference = null }: ReadDocumentOptions,
): ParsedDocument {
  switch (format) {
    case 'gfm':
      return readGfm(input, { file })
    case 'learn-html':
      return readLearnHtml(input, { file, locale })
    case 'learn-text':
      return readLearnText(input, { file, locale, reference })
  }
}
