import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import {
  type FileWrite,
  type Manifest,
  replaceFiles,
  type SourceFormat,
  sha256,
} from '@mfa-residency/repository'
import { historyDir, manifestDoc, recordedVersions } from './recorded-versions.js'
import { withKeys } from './version-keys.js'
import type { Provenance, VersionRecord } from './version-record.js'
import { serializeVersions, versionsPath } from './version-record.js'

/** A version read from a clone, a folder or a pull, not yet recorded. */
export interface IncomingVersion extends Omit<VersionRecord, 'key' | 'file' | 'sha256'> {
  bytes: Uint8Array
  /** Where it was read, for messages: `index.tsv:4`, `<commit>:<path>`. */
  origin: string
}

export interface AppendOptions {
  /**
   * The version is the current upstream document, whatever its date, and becomes the current
   * document at `path` in `format` (docs:pull, which writes that file itself with the manifest).
   */
  pulled?: { path: string; format: SourceFormat; today: string }
}

export interface AppendResult {
  added: VersionRecord[]
  /** Versions whose content was already recorded, whose provenance they completed. */
  completed: VersionRecord[]
  /** Already recorded, with as much provenance: nothing to do. */
  known: number
  /** Whether the current document was replaced by a newer version. */
  currentReplaced: boolean
  written: string[]
  notes: string[]
}

const rank: Record<Provenance, number> = { unknown: 0, presumed: 1, commit: 2 }
const extensions = { gfm: 'md', 'learn-text': 'txt', 'learn-html': 'html' } as const

interface Merged {
  versions: VersionRecord[]
  added: VersionRecord[]
  completed: VersionRecord[]
  known: number
  bytes: Map<string, Uint8Array>
}

/** Identical content (by sha256) is kept once, with the better provenance of the two. */
function merge(recorded: readonly VersionRecord[], incoming: readonly IncomingVersion[]): Merged {
  const merged: Merged = {
    versions: [...recorded],
    added: [],
    completed: [],
    known: 0,
    bytes: new Map(),
  }
  const bySha = new Map(recorded.map((version) => [version.sha256, version]))
  for (const { bytes, origin: _origin, ...version } of incoming) {
    const sha = sha256(bytes)
    const same = bySha.get(sha)
    if (!same) {
      const record: VersionRecord = { ...version, key: '', file: '', sha256: sha }
      merged.bytes.set(sha, bytes)
      bySha.set(sha, record)
      merged.added.push(record)
    } else if (rank[version.provenance] > rank[same.provenance]) {
      const { repository, path: file, commit, provenance, presumed } = version
      const better = { ...same, repository, path: file, commit, provenance, presumed }
      merged.versions = merged.versions.map((entry) => (entry === same ? better : entry))
      bySha.set(sha, better)
      merged.completed.push(better)
    } else merged.known++
  }
  return merged
}

/** The version that is current after an import: the newest, the recorded current on a tie. */
function latest(
  recorded: readonly VersionRecord[],
  added: readonly VersionRecord[],
): VersionRecord {
  let current = recorded.at(-1) as VersionRecord
  let isAdded = false
  for (const version of added) {
    if (version.date > current.date || (isAdded && version.date === current.date)) {
      current = version
      isAdded = true
    }
  }
  return current
}

/**
 * What adding versions to a locale's history writes: sorted by date, identical content kept once,
 * and a version newer than the current document made the current document (its previous bytes
 * kept beside versions.json). Writes nothing itself.
 */
export async function planAppend(
  root: string,
  manifest: Manifest,
  locale: string,
  incoming: readonly IncomingVersion[],
  { pulled }: AppendOptions = {},
): Promise<{ result: AppendResult; writes: FileWrite[] }> {
  const folder = historyDir(manifest)
  const doc = { ...manifestDoc(manifest, locale), ...pulled }
  const { versions: recorded, notes } = await recordedVersions(root, manifest, locale)
  const previous = recorded.at(-1) as VersionRecord
  const merged = merge(recorded, incoming)
  const result: AppendResult = { ...merged, currentReplaced: false, written: [], notes }
  if (merged.added.length === 0 && merged.completed.length === 0) return { result, writes: [] }
  let current = (pulled && merged.added.at(-1)) || latest(merged.versions, merged.added)
  const newest =
    merged.versions
      .map((version) => version.date)
      .sort()
      .at(-1) ?? ''
  if (pulled && current.date < newest) {
    // A pulled document older by its ms.date than a version dated by the day it arrived (the seed)
    // is dated by its own arrival, so that the current document stays the latest version.
    current = { ...current, date: pulled.today, dateSource: 'entered-docs-source' }
    merged.added[merged.added.length - 1] = current
  }
  if (current.sha256 !== previous.sha256) {
    if (current.format !== doc.format)
      throw new Error(
        `${locale} ${current.date}: a ${current.format} version would become the current document, which the manifest reads as ${doc.format}; import versions up to the current one (--until current)`,
      )
    merged.bytes.set(previous.sha256, await readFile(path.join(root, previous.file)))
    result.currentReplaced = true
  }
  const others = [...merged.versions, ...merged.added].filter((version) => version !== current)
  const placed = withKeys([...others, current]).map((version) => {
    if (version.sha256 === current.sha256) return { ...version, file: doc.path }
    if (version.file && version.file !== previous.file) return version
    const name = `${version.date}_${version.sha256.slice(0, 8)}.${extensions[version.format]}`
    return { ...version, file: `${folder}/${locale}/${name}` }
  })
  const writes: FileWrite[] = placed
    .filter((version) => merged.bytes.has(version.sha256) && !(pulled && version === placed.at(-1)))
    .map((version) => ({
      file: path.join(root, version.file),
      data: merged.bytes.get(version.sha256)!,
    }))
  writes.push({
    file: path.join(root, versionsPath(folder, locale)),
    data: serializeVersions({ locale, versions: placed }),
  })
  const bySha = new Map(placed.map((version) => [version.sha256, version]))
  result.added = result.added.map((version) => bySha.get(version.sha256)!)
  result.completed = result.completed.map((version) => bySha.get(version.sha256)!)
  result.written = writes.map((write) => path.relative(root, write.file))
  await mkdir(path.join(root, folder, locale), { recursive: true })
  return { result, writes }
}

/** Add versions to a locale's history (`planAppend`), writing every file together or none. */
export async function appendVersions(
  root: string,
  manifest: Manifest,
  locale: string,
  incoming: readonly IncomingVersion[],
): Promise<AppendResult> {
  const { result, writes } = await planAppend(root, manifest, locale, incoming)
  if (writes.length > 0) replaceFiles(writes)
  return result
}
