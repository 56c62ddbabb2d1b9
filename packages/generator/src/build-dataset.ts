import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Dataset } from '@mfa-residency/dataset'
import {
  type AlignedDocuments,
  alignLocales,
  type Locale,
  type ParsedDocument,
  readGfm,
  readLearnHtml,
  readLearnText,
  sourceError,
} from '@mfa-residency/parser'
import { type Manifest, readManifest, type SourceDoc } from './manifest.js'
import { assertValidDataset } from './validate-dataset.js'

/** One source document's bytes. */
export interface SourceFile {
  doc: SourceDoc
  bytes: Uint8Array
}

/** The dataset and the parsed documents it was made from, by locale. */
export interface Extraction {
  dataset: Dataset
  documents: Map<Locale, ParsedDocument>
}

interface ReadDoc {
  doc: SourceDoc
  sha256: string
  document: ParsedDocument
}

function readDoc({ doc, bytes }: SourceFile, reference: ParsedDocument | null): ReadDoc {
  const document =
    doc.format === 'gfm'
      ? readGfm(bytes, { file: doc.path })
      : doc.format === 'learn-html'
        ? readLearnHtml(bytes, { file: doc.path, locale: doc.locale })
        : readLearnText(bytes, { file: doc.path, locale: doc.locale, reference })
  return { doc, sha256: sha256(bytes), document }
}

function toDataset(aligned: AlignedDocuments, docs: ReadDoc[]): unknown {
  return {
    schemaVersion: 1,
    locales: aligned.locales,
    sources: Object.fromEntries(
      docs.map(({ doc, sha256, document }) => [
        doc.locale,
        {
          path: doc.path,
          format: doc.format,
          sha256,
          title: document.title,
          msDate: document.msDate,
        },
      ]),
    ),
    tables: aligned.tables,
    lists: aligned.lists.map(({ items, ...list }) => ({
      ...list,
      items: items.map((item) => ({ ...item.text, source: item.source })),
    })),
    notes: aligned.notes,
    translationGaps: aligned.translationGaps,
  }
}

/**
 * Parse the source locale's document first and every translation against it, align them and return
 * the dataset, checked against its schema unless `validate` is false. Throws `SourceError` for bad input, naming file and line.
 */
export function extractDataset(
  manifest: Pick<Manifest, 'sourceLocale'>,
  files: readonly SourceFile[],
  { validate = true }: { validate?: boolean } = {},
): Extraction {
  const sourceFile = files.find((file) => file.doc.locale === manifest.sourceLocale)
  if (!sourceFile) throw new Error(`no document for the source locale "${manifest.sourceLocale}"`)
  const source = readDoc(sourceFile, null)
  const targets = files
    .filter((file) => file !== sourceFile)
    .map((file) => readDoc(file, source.document))
  const aligned = alignLocales(
    { locale: sourceFile.doc.locale, document: source.document },
    targets.map(({ doc, document }) => ({ locale: doc.locale, document })),
  )
  const dataset = toDataset(aligned, [source, ...targets])
  // The published schema fixes the locales to en and sv; comparisons may use any set.
  if (validate) assertValidDataset(dataset)
  const documents = new Map([source, ...targets].map(({ doc, document }) => [doc.locale, document]))
  return { dataset: dataset as Dataset, documents }
}

/** Read every document listed in `docs-source/manifest.json` under `root`. */
export async function readSourceFiles(root: string, manifest: Manifest): Promise<SourceFile[]> {
  return Promise.all(
    manifest.docs.map(async (doc) => {
      const bytes = await readFile(path.join(root, doc.path)).catch(
        (error: NodeJS.ErrnoException) => {
          throw sourceError(
            doc.path,
            0,
            `cannot read the ${doc.locale} document listed in the manifest (${error.code})`,
          )
        },
      )
      return { doc, bytes }
    }),
  )
}

/** The dataset for the documents under `root`, as `pnpm generate` writes it. */
export async function buildDataset(root: string): Promise<Dataset> {
  const manifest = await readManifest(root)
  return extractDataset(manifest, await readSourceFiles(root, manifest)).dataset
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** Two-space JSON with a final newline; key order is the order the builder writes them in. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`
}
