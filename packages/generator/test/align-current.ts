import type { ParsedDocument } from '@mfa-residency/parser'
import { type AlignedArticle, alignArticle } from '../src/alignment/align-article.js'

/** English and a Swedish translation taken to be up to date, with no previous dataset. */
export function alignCurrent(english: ParsedDocument, swedish: ParsedDocument): AlignedArticle {
  return alignArticle(
    { locale: 'en', document: english },
    [{ locale: 'sv', document: swedish, base: { kind: 'current' } }],
    null,
  )
}
