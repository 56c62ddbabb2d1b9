import { mkdir, readdir, readFile } from 'node:fs/promises'
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
 * Where the key of the last build is kept: the package's own node_modules/.cache, never committed,
 * so that a new build of the code costs a rebuild here, not a changed line in the published file.
 */
function stampFile(outFile: string): string {
  const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const name = `${sha256(path.resolve(outFile)).slice(0, 16)}.json`
  return path.join(packageRoot, 'node_modules', '.cache', 'mfa-residency', 'history', name)
}

interface Stamp {
  inputs: string
  output: string
}

async function readStamp(file: string): Promise<Stamp | null> {
  const text = await readFile(file, 'utf8').catch(() => null)
  if (text === null) return null
  try {
    const stamp = JSON.parse(text) as Partial<Stamp>
    return typeof stamp.inputs === 'string' && typeof stamp.output === 'string'
      ? { inputs: stamp.inputs, output: stamp.output }
      : null
  } catch {
    return null // a torn or foreign stamp only costs a rebuild
  }
}

async function writeStamp(file: string, stamp: Stamp): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  writeFileAtomic(file, `${JSON.stringify(stamp)}\n`)
}

/**
 * Build `history.json` from the recorded versions and today's dataset. A stamp proves it current
 * without building: the inputs (the versions' records, today's dataset, the vocabulary, the code)
 * hash to the key of the last build, and the file still has the bytes that build wrote. Otherwise
 * the ledger is built, and written only when its text differs from the file's.
 */
export async function generateHistory(
  root: string,
  options: GenerateOptions,
): Promise<GenerateResult> {
  const manifest = readManifest(root)
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
  const stamp = stampFile(options.outFile)
  const existing = await readFile(options.outFile, 'utf8').catch(() => null)
  const unchanged = (text: string) => ({
    status: 'unchanged' as const,
    points: 0,
    bytes: Buffer.byteLength(text),
    notes,
  })
  const recorded = await readStamp(stamp)
  if (existing !== null && recorded?.inputs === inputs && recorded.output === sha256(existing))
    return unchanged(existing)
  const history = buildLedger({
    manifest,
    versions,
    bytes: await readBytes(root, [...versions.values()].flat()),
    dataset,
    vocabulary: vocabularyOf(root, manifest),
  })
  assertValidHistory(history)
  const text = serializeHistory(history)
  if (text === existing) {
    await writeStamp(stamp, { inputs, output: sha256(text) })
    return unchanged(text)
  }
  if (options.check)
    return {
      status: 'stale',
      points: 0,
      bytes: existing === null ? 0 : Buffer.byteLength(existing),
      notes,
    }
  writeFileAtomic(options.outFile, text)
  await writeStamp(stamp, { inputs, output: sha256(text) })
  return {
    status: 'written',
    points: history.timeline.length,
    bytes: Buffer.byteLength(text),
    notes,
  }
}
