import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** One entry of release notes: a line, and the lines listed under it. */
export interface ReleaseNote {
  text: string
  details: string[]
}

export interface Release {
  version: string
  /** "Major Changes", "Patch Changes"… as changesets heads them. */
  sections: { title: string; notes: ReleaseNote[] }[]
}

export interface PendingChange {
  bump: string
  notes: ReleaseNote[]
}

/** What the release flow has written: the latest release in the changelog, and changesets not yet released. */
export interface ReleaseNotes {
  latest: Release | null
  pending: PendingChange[]
}

export const noReleaseNotes: ReleaseNotes = { latest: null, pending: [] }

const bullet = /^(\s*)[-*] (.*)$/

/**
 * Lines of a changesets entry as notes: a top-level bullet (or a paragraph) starts a note, an
 * indented bullet is one of its details. The commit prefix changesets adds ("abc1234: ") goes.
 */
function notesOf(lines: readonly string[]): ReleaseNote[] {
  const notes: ReleaseNote[] = []
  for (const line of lines) {
    if (line.trim() === '') continue
    const item = bullet.exec(line)
    const text = (item ? item[2]! : line).trim().replace(/^[0-9a-f]{7,40}: /, '')
    const last = notes.at(-1)
    if (item && item[1]!.length > 0 && last) last.details.push(text)
    else if (!item && last && /^\s/.test(line)) last.text = `${last.text} ${text}`
    else notes.push({ text, details: [] })
  }
  return notes
}

/** The newest `## <version>` section of a changesets CHANGELOG.md. */
export function latestRelease(changelog: string): Release | null {
  const lines = changelog.split(/\r?\n/)
  const start = lines.findIndex((line) => line.startsWith('## '))
  if (start === -1) return null
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '))
  const body = lines.slice(start + 1, end === -1 ? undefined : end)
  const sections: Release['sections'] = []
  let current: string[] = []
  let title = ''
  const flush = () => {
    const notes = notesOf(current)
    if (notes.length > 0) sections.push({ title, notes })
  }
  for (const line of body) {
    if (line.startsWith('### ')) {
      flush()
      title = line.slice(4).trim()
      current = []
    } else current.push(line)
  }
  flush()
  return { version: lines[start]!.slice(3).trim(), sections }
}

/** A changeset file's bump for `packageName` and its notes; `null` when it does not name it. */
export function pendingChange(text: string, packageName: string): PendingChange | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text)
  if (!match) return null
  const bump = match[1]!
    .split(/\r?\n/)
    .map((line) => /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line))
    .find((found) => found?.[1] === packageName)?.[2]
  return bump ? { bump, notes: notesOf(match[2]!.split(/\r?\n/)) } : null
}

/**
 * Read what the release flow wrote: the dataset package's CHANGELOG.md (`changeset version`) and
 * the changesets in `.changeset/` that await the next release. Nothing is parsed from the docs.
 */
export function readReleaseNotes(
  root: string,
  packageDir: string,
  packageName: string,
): ReleaseNotes {
  const changelog = path.join(packageDir, 'CHANGELOG.md')
  const latest = existsSync(changelog) ? latestRelease(readFileSync(changelog, 'utf8')) : null
  const folder = path.join(root, '.changeset')
  const files = existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.md') && name !== 'README.md')
        .sort()
    : []
  const pending = files.flatMap((name) => {
    const change = pendingChange(readFileSync(path.join(folder, name), 'utf8'), packageName)
    return change ? [change] : []
  })
  return { latest, pending }
}
