import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Dataset } from '@mfa-residency/dataset'
import { readDocument, sourceError } from '@mfa-residency/parser'
import { type Manifest, readManifest } from '@mfa-residency/repository'
import {
  type Extraction,
  type ExtractOptions,
  extractDatasetWith,
  type SourceFile,
} from './extract-dataset.js'
import { vocabularyOf } from './vocabulary/read-vocabulary.js'

export type { Extraction, ExtractOptions, ReadDocument, SourceFile } from './extract-dataset.js'

/**
 * Parse the source locale's document first and every translation through the English it
 * translates, align them and return the dataset, checked against its schema unless `validate` is
 * false. Throws `SourceError` for bad input, naming file and line. Every format's reader is
 * loaded up front (the parser's `readDocument`); see `extractDatasetWith`.
 */
export function extractDataset(
  manifest: Pick<Manifest, 'sourceLocale'>,
  files: readonly SourceFile[],
  options: ExtractOptions = {},
): Extraction {
  return extractDatasetWith(readDocument, manifest, files, options)
}

/** Read every document listed in `docs-source/manifest.json` under `root` (a few small files). */
export function readSourceFiles(root: string, manifest: Manifest): SourceFile[] {
  return manifest.docs.map((doc) => {
    try {
      return { doc, bytes: readFileSync(path.join(root, doc.path)) }
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException
      throw sourceError(
        doc.path,
        0,
        `cannot read the ${doc.locale} document listed in the manifest (${code})`,
      )
    }
  })
}

/** The dataset for the documents under `root`, as `pnpm generate` writes it. */
export async function buildDataset(root: string): Promise<Dataset> {
  const manifest = readManifest(root)
  const vocabulary = vocabularyOf(root, manifest)
  return extractDataset(manifest, readSourceFiles(root, manifest), { vocabulary }).dataset
}

/** Two-space JSON with a final newline; key order is the order the builder writes them in. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`
}
