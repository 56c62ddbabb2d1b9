import { type DocumentFormat, type DocumentReader, loadDocumentReader } from '@mfa-residency/parser'
import type { ReadDocument } from './extract-dataset.js'

// Each format's reader, loaded once per thread, on first use: a run over markdown and Learn text
// never loads the HTML reader (parse5 and hast, a third of the parser's code).
const loaded = new Map<DocumentFormat, Promise<DocumentReader>>()

/** A `ReadDocument` for documents of `formats`, each format's reader loaded first. */
export async function readersFor(formats: Iterable<DocumentFormat>): Promise<ReadDocument> {
  const readers = new Map<DocumentFormat, DocumentReader>()
  for (const format of new Set(formats)) {
    let reader = loaded.get(format)
    if (reader === undefined) {
      reader = loadDocumentReader(format)
      loaded.set(format, reader)
    }
    readers.set(format, await reader)
  }
  return (format, input, options) => {
    const reader = readers.get(format)
    // A caller's bug, not bad input: the formats asked for are the formats read.
    if (reader === undefined) throw new Error(`no reader loaded for the format "${format}"`)
    return reader(input, options)
  }
}
