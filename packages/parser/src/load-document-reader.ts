import type { DocumentFormat } from './document.js'
import type { DocumentReader } from './read-document.js'

// Apart from read-document.ts on purpose: a module that imports the readers statically, even
// unused, makes a bundler load them with it.

/**
 * The reader of one format, its code loaded on first use (a dynamic import per format). For a
 * command that starts afresh for every run and reads one or two formats: the HTML reader (parse5
 * and hast) is a third of the parser's code, and a bundler keeps it in a chunk of its own when
 * nothing else imports it.
 */
export async function loadDocumentReader(format: DocumentFormat): Promise<DocumentReader> {
  switch (format) {
    case 'gfm': {
      const { readGfm } = await import('./read-gfm.js')
      return (input, { file }) => readGfm(input, { file })
    }
    case 'learn-html': {
      const { readLearnHtml } = await import('./read-learn-html.js')
      return (input, { file, locale }) => readLearnHtml(input, { file, locale })
    }
    case 'learn-text': {
      const { readLearnText } = await import('./read-learn-text.js')
      return (input, { file, locale, reference = null }) =>
        readLearnText(input, { file, locale, reference })
    }
  }
}
