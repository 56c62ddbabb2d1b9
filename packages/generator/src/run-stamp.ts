import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { debuglog } from 'node:util'
import { print } from './print.js'

// The "nothing changed" fast path. A run that found its output current leaves a stamp: the hash of
// every file it read and every file it would write, of every folder it listed, and of the code
// that ran, with what it printed. The next run with the same arguments in the same folder hashes
// the same things again; when every hash matches, the output is provably what a full run would
// leave, so it prints the same lines and exits, without loading the parser or reading a document.
// Any mismatch, or no stamp, is a full run. This module loads before anything else, so it uses
// Node's built-ins only, and print.ts, which does too.

/** A file's SHA-256, or `null` when there is no file (absence is a state the run saw too). */
export type Hash = string | null

export interface Stamp {
  version: 2
  code: string
  /** Files the run read, and files it wrote or found current, by absolute path. */
  files: Record<string, Hash>
  /** Folders the run listed, by absolute path, with how deep. */
  folders: Record<string, { depth: number; hash: string }>
  /** What the run printed, in the order it printed it: `2>&1` shows the same lines in the same order. */
  output: Printed[]
  exitCode: number
}

/** A write to standard output (1) or standard error (2). */
export interface Printed {
  fd: 1 | 2
  text: string
}

const stampVersion = 2

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** The SHA-256 of `file`'s bytes, or `null` when it cannot be read. */
export function hashFile(file: string): Hash {
  try {
    return sha256(readFileSync(file))
  } catch {
    return null
  }
}

/**
 * The SHA-256 of a folder's listing, `depth` levels down: names and kinds, not contents. A link
 * is listed with what it points to and the kind found there, since whoever lists the folder
 * follows it and may refuse a target outside the folder.
 */
export function hashFolder(folder: string, depth: number): string {
  const lines: string[] = []
  const walk = (dir: string, prefix: string, left: number) => {
    let entries: import('node:fs').Dirent[]
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch (error) {
      lines.push(`${prefix}! ${(error as NodeJS.ErrnoException).code}`)
      return
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const kind = entry.isDirectory()
        ? 'd'
        : entry.isSymbolicLink()
          ? 'l'
          : entry.isFile()
            ? 'f'
            : 'o'
      const target = kind === 'l' ? ` ${linkTarget(path.join(dir, entry.name))}` : ''
      lines.push(`${prefix}${entry.name} ${kind}${target}`)
      if (left > 0 && (kind === 'd' || kind === 'l'))
        walk(path.join(dir, entry.name), `${prefix}${entry.name}/`, left - 1)
    }
  }
  walk(folder, '', depth)
  return sha256(lines.join('\n'))
}

/** Where a link points (its text, and the real path it resolves to) and what is there. */
function linkTarget(link: string): string {
  try {
    const real = realpathSync(link)
    const stats = statSync(real)
    return `${readlinkSync(link)} ${real} ${stats.isDirectory() ? 'd' : stats.isFile() ? 'f' : 'o'}`
  } catch (error) {
    return `! ${(error as NodeJS.ErrnoException).code}`
  }
}

let identity: string | undefined

/** Whether a bundle's file name carries esbuild's hash of its content (`name-HASH.js`). */
export const namedByContent = (name: string): boolean => /-[A-Z0-9]{8}\.c?js$/.test(name)

/**
 * What identifies the code that runs: the files beside this module (the bundles and the
 * precompiled validators; the TypeScript, when run from src/) by content, except chunks whose names already carry their content's
 * hash (esbuild's `name-HASH.js`, and the command's `command-HASH.cjs`), by name; and Node's version.
 */
export function codeIdentity(): string {
  if (identity !== undefined) return identity
  const dir = path.dirname(fileURLToPath(import.meta.url))
  const parts = [process.version]
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(?:c?js|json|ts)$/.test(name)) continue
    parts.push(name, namedByContent(name) ? '' : (hashFile(path.join(dir, name)) ?? ''))
  }
  identity = sha256(parts.join('\n'))
  return identity
}

/**
 * Take the identity the entry computed before it read the command: a build that lands while the
 * command runs then leaves stamps and caches naming the older code, which the next run rejects,
 * never the newer code, which it would trust.
 */
export function adoptCodeIdentity(code: string): void {
  identity = code
}

/**
 * The generator's own cache folder, node_modules/.cache/mfa-residency (never committed), as
 * find-cache-dir has it: beside the package.json with a name, not dist/bin's bare `type` marker.
 */
export function cacheFolder(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!isPackageRoot(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir)
  return path.join(dir, 'node_modules', '.cache', 'mfa-residency')
}

function isPackageRoot(dir: string): boolean {
  try {
    return typeof JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).name === 'string'
  } catch {
    return false
  }
}

/**
 * Where the stamp of a run with these arguments, started in `cwd`, lives: in the generator's
 * cache folder, so finding it needs no argument parsed.
 */
export function stampPath(cwd: string, argv: readonly string[]): string {
  const key = sha256(JSON.stringify({ cwd, argv })).slice(0, 32)
  return path.join(cacheFolder(), 'generate', `${key}.json`)
}

/** The stamp at `file`, when it is one of this version; anything else is no stamp. */
export function readStamp(file: string): Stamp | null {
  try {
    const stamp: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return isStamp(stamp) ? stamp : null
  } catch {
    return null
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Every field a replay reads, of the type it reads: a torn or hand-made stamp is a full run. */
function isStamp(value: unknown): value is Stamp {
  if (!isRecord(value) || value.version !== stampVersion) return false
  const { code, files, folders, output, exitCode } = value
  return (
    typeof code === 'string' &&
    isRecord(files) &&
    Object.values(files).every((hash) => hash === null || typeof hash === 'string') &&
    isRecord(folders) &&
    Object.values(folders).every(
      (entry) => isRecord(entry) && Number.isInteger(entry.depth) && typeof entry.hash === 'string',
    ) &&
    Array.isArray(output) &&
    output.every(
      (printed) =>
        isRecord(printed) &&
        (printed.fd === 1 || printed.fd === 2) &&
        typeof printed.text === 'string',
    ) &&
    Number.isInteger(exitCode)
  )
}

/** Why `stamp` does not prove the output current, or `null` when it does. */
export function staleness(stamp: Stamp, code: string): string | null {
  if (stamp.code !== code) return 'the code changed'
  for (const [file, hash] of Object.entries(stamp.files)) {
    if (hashFile(file) !== hash) return `${file} changed`
  }
  for (const [folder, { depth, hash }] of Object.entries(stamp.folders)) {
    if (hashFolder(folder, depth) !== hash) return `the listing of ${folder} changed`
  }
  return null
}

export function newStamp(fields: Omit<Stamp, 'version'>): Stamp {
  return { version: stampVersion, ...fields }
}

// `NODE_DEBUG=mfa-residency` says which path a run took, and why.
const debug = debuglog('mfa-residency')

/**
 * When the stamp of the last run with these arguments proves the output current, print what that
 * run printed and return its exit code; otherwise `null`, for a full run.
 */
export function replayIfCurrent(cwd: string, argv: readonly string[], code: string): number | null {
  const stamp = readStamp(stampPath(cwd, argv))
  const why = stamp ? staleness(stamp, code) : 'no stamp'
  if (why !== null || !stamp) {
    debug(`full run: ${why}`)
    return null
  }
  debug('output current: the stamp matches every input, output and the code')
  for (const { fd, text } of stamp.output) print(fd, text)
  return stamp.exitCode
}
