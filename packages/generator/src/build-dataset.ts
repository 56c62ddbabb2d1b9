import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Dataset } from '@mfa-residency/dataset'
import {
  type AlignedDocuments,
  alignLocales,
  type ParsedDocument,
  readGfm,
  readLearnText,
  sourceError,
} from '@mfa-residency/parser'
import { type ManifestDoc, readManifest } from './manifest.js'
import { assertValidDataset } from './validate-dataset.js'

interface ReadDoc {
  doc: ManifestDoc
  sha256: string
  document: ParsedDocument
}

async function readDoc(
  root: string,
  doc: ManifestDoc,
  reference: ParsedDocument | null,
): Promise<ReadDoc> {
  const bytes = await readFile(path.join(root, doc.path)).catch((error: NodeJS.ErrnoException) => {
    throw sourceError(
      doc.path,
      0,
      `cannot read the ${doc.locale} document listed in the manifest (${error.code})`,
    )
  })
  const document =
    doc.format === 'gfm'
      ? readGfm(bytes, { file: doc.path })
      : readLearnText(bytes, { file: doc.path, locale: doc.locale, reference })
  return { doc, sha256: createHash('sha256').update(bytes).digest('hex'), document }
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
 * Read every document in `docs-source/manifest.json` under `root`, align the translations with the
 * source locale and return the dataset, checked against its schema. Throws `SourceError` for bad
 * input, naming the file and line.
 */
export async function buildDataset(root: string): Promise<Dataset> {
  const manifest = await readManifest(root)
  const sourceDoc = manifest.docs.find((doc) => doc.locale === manifest.sourceLocale)!
  const source = await readDoc(root, sourceDoc, null)
  const targets: ReadDoc[] = []
  for (const doc of manifest.docs) {
    if (doc !== sourceDoc) targets.push(await readDoc(root, doc, source.document))
  }
  const aligned = alignLocales(
    { locale: sourceDoc.locale, document: source.document },
    targets.map(({ doc, document }) => ({ locale: doc.locale, document })),
  )
  const dataset = toDataset(aligned, [source, ...targets])
  assertValidDataset(dataset)
  return dataset
}

/** Two-space JSON with a final newline; key order is the order the builder writes them in. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`
}
