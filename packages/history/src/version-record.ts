import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { VersionRef } from '@mfa-residency/dataset/history-queries'
import { parseJsonFile, type SourceFormat } from '@mfa-residency/repository'

/** Where a version's date comes from, best first, as the issue ranks them. */
export type DateSource = VersionRef['dateSource']
export type Provenance = VersionRef['provenance']

/**
 * One upstream version of a locale's document, as `docs-source/history/<locale>/versions.json`
 * records it: the published `VersionRef` and where its bytes are in this repository.
 */
export interface VersionRecord {
  key: string
  date: string
  dateSource: DateSource
  repository: string | null
  path: string | null
  commit: string | null
  provenance: Provenance
  /** Which of `repository` and `path` are presumed rather than known. */
  presumed: ('repository' | 'path')[]
  format: SourceFormat
  /** The bytes, relative to the root: a file beside versions.json, or the current document. */
  file: string
  sha256: string
}

export interface VersionsFile {
  locale: string
  versions: VersionRecord[]
}

export const versionsFileName = 'versions.json'

/** `docs-source/history/<locale>/versions.json`, relative to the root. */
export function versionsPath(historyDir: string, locale: string): string {
  return `${historyDir}/${locale}/${versionsFileName}`
}

const keyOrder: (keyof VersionRecord)[] = [
  'key',
  'date',
  'dateSource',
  'repository',
  'path',
  'commit',
  'provenance',
  'presumed',
  'format',
  'file',
  'sha256',
]

/** Two-space JSON in a fixed key order, so that a rewrite changes only what changed. */
export function serializeVersions(file: VersionsFile): string {
  const versions = file.versions.map((version) =>
    Object.fromEntries(keyOrder.map((key) => [key, version[key]])),
  )
  return `${JSON.stringify({ locale: file.locale, versions }, null, 2)}\n`
}

const dateSources: readonly DateSource[] = [
  'ms.date',
  'commit-date',
  'lasthandoff',
  'entered-docs-source',
]
const provenances: readonly Provenance[] = ['commit', 'presumed', 'unknown']
const formats: readonly SourceFormat[] = ['gfm', 'learn-text', 'learn-html']

/** Check a versions.json; errors name the file, the version and the field. */
export function parseVersions(text: string, file: string, locale: string): VersionsFile {
  const value = parseJsonFile(text, file) as { locale?: unknown; versions?: unknown }
  if (value?.locale !== locale) throw new Error(`${file}: locale: expected "${locale}"`)
  if (!Array.isArray(value.versions) || value.versions.length === 0)
    throw new Error(`${file}: versions: expected a non-empty array`)
  const versions = value.versions.map((entry: unknown, index: number) =>
    checkRecord(entry, `${file}: versions[${index}]`),
  )
  return { locale, versions }
}

function checkRecord(entry: unknown, where: string): VersionRecord {
  const record = entry as Record<string, unknown>
  const fail = (field: string, expected: string): never => {
    throw new Error(`${where}.${field}: expected ${expected}`)
  }
  const text = (field: string, pattern: RegExp, expected: string) => {
    const found = record?.[field]
    if (typeof found !== 'string' || !pattern.test(found)) fail(field, expected)
    return found as string
  }
  const optional = (field: string) => {
    const found = record?.[field]
    if (found !== null && (typeof found !== 'string' || found === '')) fail(field, 'text or null')
    return found as string | null
  }
  const oneOf = <T extends string>(field: string, allowed: readonly T[]): T => {
    const found = record?.[field] as T
    if (!allowed.includes(found)) fail(field, `one of ${allowed.join(', ')}`)
    return found
  }
  const presumed = record?.presumed
  if (!Array.isArray(presumed) || presumed.some((name) => name !== 'repository' && name !== 'path'))
    fail('presumed', 'a list of "repository" and "path"')
  const commit = record?.commit
  if (commit !== null && (typeof commit !== 'string' || !/^[0-9a-f]{40}$/.test(commit)))
    fail('commit', 'a 40-digit commit or null')
  return {
    key: text('key', /^\d{4}-\d{2}-\d{2}\.[1-9]\d*$/, 'a key such as "2021-01-14.2"'),
    date: text('date', /^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'),
    dateSource: oneOf('dateSource', dateSources),
    repository: optional('repository'),
    path: optional('path'),
    commit: commit as string | null,
    provenance: oneOf('provenance', provenances),
    presumed: presumed as VersionRecord['presumed'],
    format: oneOf('format', formats),
    file: text('file', /^docs-source\/[^\\]+$/, 'a path under docs-source/'),
    sha256: text('sha256', /^[0-9a-f]{64}$/, 'a sha256'),
  }
}

/** A locale's recorded versions, oldest first; `null` when none are recorded. */
export async function readVersions(
  root: string,
  historyDir: string,
  locale: string,
): Promise<VersionsFile | null> {
  const file = versionsPath(historyDir, locale)
  const text = await readFile(path.join(root, file), 'utf8').catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw new Error(`${file}: cannot read (${error.code})`)
    },
  )
  return text === null ? null : parseVersions(text, file, locale)
}
