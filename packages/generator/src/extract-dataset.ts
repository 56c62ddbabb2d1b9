import type { Dataset, SourceDocument } from '@mfa-residency/dataset'
import type {
  DocumentFormat,
  Locale,
  ParsedDocument,
  ReadDocumentOptions,
} from '@mfa-residency/parser'
import type { Manifest, SourceDoc } from '@mfa-residency/repository'
import { sha256 } from '@mfa-residency/repository'
import { alignArticle, type TranslationBaseSource } from './alignment/align-article.js'
import { asLocale } from './alignment/article.js'
import { sameTranslation } from './alignment/same-translation.js'
import { type ProvenanceHints, sourceProvenance } from './source-provenance.js'
import { assertValidDataset } from './validate-dataset.js'
import { linkTerms, type TermIssue } from './vocabulary/link-terms.js'
import type { Vocabulary } from './vocabulary/read-vocabulary.js'

// The dataset from parsed documents, with the reader passed in: this module imports no reader, so
// a bundle of the command holds only the readers it loads (see document-readers.ts).

/** How a document of any format is read: the parser's `readDocument`, or readers loaded lazily. */
export type ReadDocument = (
  format: DocumentFormat,
  input: string | Uint8Array,
  options: ReadDocumentOptions,
) => ParsedDocument

/** One source document's bytes, and its manifest entry's page and upstream URLs when it has one. */
export interface SourceFile {
  doc: SourceDoc & ProvenanceHints
  bytes: Uint8Array
}

/** The dataset and the parsed documents it was made from, by locale. */
export interface Extraction {
  dataset: Dataset
  documents: Map<Locale, ParsedDocument>
  /** Values and items the vocabulary does not name (none without a vocabulary: nothing to curate). */
  termIssues: TermIssue[]
}

export interface ExtractOptions {
  /** Check the result against the published schema (default true). */
  validate?: boolean
  /**
   * The dataset generated last time. Entities that continue one of its entities keep their ids, and
   * a translation whose file is unchanged since then is aligned through the English it translated.
   */
  memory?: Dataset | null
  /** The English version each translation translates, by locale, when it is known. */
  translationBases?: ReadonlyMap<string, SourceFile>
  /** The curated terms to link values and sentences to; without one, every link is null. */
  vocabulary?: Vocabulary | null
}

const noVocabulary: Vocabulary = { file: '', terms: [] }

interface ReadDoc {
  doc: SourceDoc & ProvenanceHints
  sha256: string
  document: ParsedDocument
}

function readDoc(
  readDocument: ReadDocument,
  { doc, bytes }: SourceFile,
  reference: ParsedDocument | null,
): ReadDoc {
  const document = readDocument(doc.format, bytes, {
    file: doc.path,
    locale: doc.locale,
    reference,
  })
  return { doc, sha256: sha256(bytes), document }
}

function describeSource({ doc, sha256, document }: ReadDoc): SourceDocument {
  const description = document.frontMatter?.description
  return {
    path: doc.path,
    format: doc.format,
    sha256,
    title: document.title,
    description: typeof description === 'string' ? description : null,
    msDate: document.msDate,
    ...sourceProvenance(doc, document.pageMetadata),
  }
}

/**
 * Whether a translation must be aligned through the base kept in `memory`: it is the one the memory
 * was made from (the same bytes, or the same texts fetched again), and either the English changed
 * since or the memory records gaps for it.
 * Otherwise it is read afresh against the current English, so a reader's fix shows at once.
 */
function lagsBehind(memory: Dataset, translation: ReadDoc, sourceSha: string): boolean {
  const locale = translation.doc.locale
  const sources = memory.sources as Record<string, { sha256: string } | undefined>
  const unchanged =
    sources[locale]?.sha256 === translation.sha256 ||
    sameTranslation(memory, locale, translation.document)
  if (!unchanged) return false
  if (sources[memory.locales[0]]?.sha256 !== sourceSha) return true
  return memory.translationGaps.some((gap) => gap.locale === locale)
}

/**
 * `extractDataset` with `readDocument` reading each document: the command passes readers loaded for the
 * formats it reads (document-readers.ts), so the HTML reader is not loaded to read markdown.
 * Parse the source locale's document first and every translation through the English it
 * translates, align them and return the dataset, checked against its schema unless `validate` is
 * false. Throws `SourceError` for bad input, naming file and line.
 */
export function extractDatasetWith(
  readDocument: ReadDocument,
  manifest: Pick<Manifest, 'sourceLocale'>,
  files: readonly SourceFile[],
  {
    validate = true,
    memory = null,
    translationBases = new Map(),
    vocabulary = null,
  }: ExtractOptions = {},
): Extraction {
  const sourceFile = files.find((file) => file.doc.locale === manifest.sourceLocale)
  if (!sourceFile) throw new Error(`no document for the source locale "${manifest.sourceLocale}"`)
  const source = readDoc(readDocument, sourceFile, null)
  const usable = memory && memory.locales[0] === source.doc.locale ? memory : null
  const targets = files
    .filter((file) => file !== sourceFile)
    .map((file) => {
      const given = translationBases.get(file.doc.locale)
      const baseDocument = given ? readDoc(readDocument, given, null).document : null
      const read = readDoc(readDocument, file, baseDocument ?? source.document)
      const base: TranslationBaseSource = baseDocument
        ? { kind: 'document', document: baseDocument }
        : usable && lagsBehind(usable, read, source.sha256)
          ? { kind: 'memory', memory: usable }
          : { kind: 'current' }
      return { read, base }
    })
  const aligned = alignArticle(
    { locale: source.doc.locale, document: source.document },
    targets.map(({ read, base }) => ({ locale: read.doc.locale, document: read.document, base })),
    usable,
  )
  const reads = [source, ...targets.map(({ read }) => read)]
  const linked = linkTerms(
    aligned.body,
    vocabulary ?? noVocabulary,
    reads.map(({ doc }) => doc.locale),
    Object.fromEntries(reads.map(({ doc }) => [doc.locale, doc.path])),
  )
  // The published schema fixes the locales to en and sv; corpora and comparisons may use any set,
  // so only these two fields are typed by assertion (`asLocale` does the same inside alignment).
  const dataset: Dataset = {
    schemaVersion: 2,
    locales: reads.map(({ doc }) => asLocale(doc.locale)) as Dataset['locales'],
    sources: Object.fromEntries(
      reads.map((read) => [read.doc.locale, describeSource(read)]),
    ) as Dataset['sources'],
    ...linked.body,
    terms: linked.terms,
    translationGaps: aligned.translationGaps,
  }
  if (validate) assertValidDataset(dataset)
  const documents = new Map(reads.map(({ doc, document }) => [doc.locale, document]))
  return { dataset, documents, termIssues: vocabulary ? linked.issues : [] }
}
