import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { readDocument } from '@mfa-residency/parser'
import { type Manifest, type ManifestDoc, sha256 } from '@mfa-residency/repository'
import { upstreamOf } from './upstream-of.js'
import { versionDate } from './version-date.js'
import { withKeys } from './version-keys.js'
import { readVersions, type VersionRecord, versionsPath } from './version-record.js'

const exec = promisify(execFile)

/** The folder the manifest names for versions; the commands need one. */
export function historyDir(manifest: Manifest): string {
  if (!manifest.history)
    throw new Error(
      'docs-source/manifest.json: history: expected a folder, such as "docs-source/history"',
    )
  return manifest.history
}

export function manifestDoc(manifest: Manifest, locale: string): ManifestDoc {
  const doc = manifest.docs.find((entry) => entry.locale === locale)
  if (!doc) throw new Error(`docs-source/manifest.json: no document for the locale "${locale}"`)
  return doc
}

/** The day `file` was first committed under `root`, when `root` is a git work tree that has it. */
async function enteredDocsSource(root: string, file: string): Promise<string | null> {
  const log = await exec('git', ['log', '--diff-filter=A', '--format=%cs', '--', file], {
    cwd: root,
  }).catch(() => null)
  return log?.stdout.trim().split('\n').at(-1) || null
}

/** A record for the current document as it stands, for a locale with none recorded yet. */
async function currentRecord(
  root: string,
  doc: ManifestDoc,
  bytes: Uint8Array,
): Promise<VersionRecord> {
  const document = readDocument(doc.format, bytes, { file: doc.path, locale: doc.locale })
  const dated = versionDate(document, { entered: await enteredDocsSource(root, doc.path) })
  if (!dated)
    throw new Error(
      `${doc.path}: no ms.date, and no commit says when it entered docs-source: record it with a date`,
    )
  const upstream = upstreamOf(doc.upstreamUrl)
  return {
    key: `${dated.date}.1`,
    ...dated,
    repository: upstream?.repository ?? null,
    path: upstream?.path ?? null,
    commit: null,
    provenance: 'unknown',
    presumed: [],
    format: doc.format,
    file: doc.path,
    sha256: sha256(bytes),
  }
}

export interface Recorded {
  versions: VersionRecord[]
  /** Why the records were amended, for the command to say; empty when they were not. */
  notes: string[]
}

/**
 * A locale's versions, oldest first, the last being the current document. When the current
 * document is not the one recorded (edited by hand, or pulled before docs:pull recorded versions),
 * it takes the last record's place, and a note says so.
 */
export async function recordedVersions(
  root: string,
  manifest: Manifest,
  locale: string,
): Promise<Recorded> {
  const doc = manifestDoc(manifest, locale)
  const bytes = await readFile(path.join(root, doc.path)).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${doc.path}: cannot read the current ${locale} document (${error.code})`)
  })
  const file = await readVersions(root, historyDir(manifest), locale)
  if (!file) return { versions: [await currentRecord(root, doc, bytes)], notes: [] }
  const versions = [...file.versions]
  const last = versions.at(-1) as VersionRecord
  const recorded = versionsPath(historyDir(manifest), locale)
  if (last.file !== doc.path)
    throw new Error(`${recorded}: the last version must be the current document ${doc.path}`)
  if (last.sha256 === sha256(bytes)) return { versions, notes: [] }
  const fresh = await currentRecord(root, doc, bytes)
  // The current document stays the latest version even when its date says otherwise.
  versions[versions.length - 1] = {
    ...fresh,
    date: [fresh.date, last.date].sort()[1] as string,
  }
  return {
    versions: withKeys(versions),
    notes: [
      `note: ${doc.path} is not the version ${recorded} records as current: it is taken as the current version, and the recorded one is lost (docs:pull and docs:history import record versions)`,
    ],
  }
}
