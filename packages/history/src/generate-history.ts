import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Dataset } from '@mfa-residency/dataset'
import { vocabularyOf } from '@mfa-residency/generator'
import { type Manifest, readManifest, sha256, writeFileAtomic } from '@mfa-residency/repository'
import { buildLedger, readBytes, serializeHistory } from './build-ledger.js'
import { recordedVersions } from './recorded-versions.js'
import { assertValidHistory } from './validate-history.js'
import type { VersionRecord } from './version-record.js'

export interface GenerateOptions {
  /** Today's dataset, generated first (default: the dataset package's data/dataset.json). */
  datasetFile: string
  /** Where the history goes (default: beside it, history.json). */
  outFile: string
  /** Write nothing; report whether the file is stale. */
  check?: boolean
}

export interface GenerateResult {
  status: 'unchanged' | 'written' | 'stale'
  points: number
  bytes: number
  notes: string[]
}

/** Every .js file of the packages that decide what the ledger holds: a new build is a new key. */
async function codeHash(): Promise<string> {
  const entries = ['@mfa-residency/generator', '@mfa-residency/compare', '@mfa-residency/parser']
  const folders = [
    path.dirname(fileURLToPath(import.meta.url)),
    ...entries.map((name) => path.dirname(fileURLToPath(import.meta.resolve(name)))),
  ]
  const parts: string[] = []
  for (const folder of folders) {
    const files = (await readdir(folder, { recursive: true })).filter((file) =>
      file.endsWith('.js'),
    )
    for (const file of files.sort())
      parts.push(file, sha256(await readFile(path.join(folder, file))))
  }
  return sha256(parts.join('\n'))
}

async function versionsOf(root: string, manifest: Manifest) {
  const locales = [
    manifest.sourceLocale,
    ...manifest.docs.map((doc) => doc.locale).filter((locale) => locale !== manifest.sourceLocale),
  ]
  const versions = new Map<string, VersionRecord[]>()
  const notes: string[] = []
  for (const locale of locales) {
    const recorded = await recordedVersions(root, manifest, locale)
    versions.set(locale, recorded.versions)
    notes.push(...recorded.notes)
  }
  return { versions, notes }
}

/** Today's dataset must be the one the current documents make: the ledger ends with it. */
function checkCurrent(
  dataset: Dataset,
  versions: ReadonlyMap<string, readonly VersionRecord[]>,
  shown: string,
) {
  for (const [locale, list] of versions) {
    const current = list.at(-1)!
    if (dataset.sources[locale as 'en']?.sha256 !== current.sha256)
      throw new Error(
        `${shown} was not generated from the current ${current.file}: run \`pnpm generate\``,
      )
  }
}

/**
 * Build `history.json` from the recorded versions and today's dataset, unless the inputs (the
 * versions' records, today's dataset, the vocabulary, the code) hash to the key the file holds.
 */
export async function generateHistory(
  root: string,
  options: GenerateOptions,
): Promise<GenerateResult> {
  const manifest = await readManifest(root)
  const shown = path.relative(root, options.datasetFile) || options.datasetFile
  const datasetText = await readFile(options.datasetFile, 'utf8').catch(
    (error: NodeJS.ErrnoException) => {
      throw new Error(
        `${shown}: cannot read today's dataset (${error.code}): run \`pnpm generate\``,
      )
    },
  )
  const dataset = JSON.parse(datasetText) as Dataset
  const { versions, notes } = await versionsOf(root, manifest)
  checkCurrent(dataset, versions, shown)
  const vocabularyText = manifest.vocabulary
    ? await readFile(path.join(root, manifest.vocabulary), 'utf8')
    : ''
  const inputs = sha256(
    JSON.stringify([[...versions], sha256(datasetText), sha256(vocabularyText), await codeHash()]),
  )
  const existing = await readFile(options.outFile, 'utf8').catch(() => null)
  const existingKey = existing === null ? null : /"inputs": "([0-9a-f]{64})"/.exec(existing)?.[1]
  if (existing !== null && existingKey === inputs)
    return { status: 'unchanged', points: 0, bytes: Buffer.byteLength(existing), notes }
  if (options.check)
    return {
      status: 'stale',
      points: 0,
      bytes: existing === null ? 0 : Buffer.byteLength(existing),
      notes,
    }
  const history = buildLedger({
    manifest,
    versions,
    bytes: await readBytes(root, [...versions.values()].flat()),
    dataset,
    vocabulary: vocabularyOf(root, manifest),
    inputs,
  })
  assertValidHistory(history)
  const text = serializeHistory(history)
  await writeFileAtomic(options.outFile, text)
  return {
    status: 'written',
    points: history.timeline.length,
    bytes: Buffer.byteLength(text),
    notes,
  }
}
