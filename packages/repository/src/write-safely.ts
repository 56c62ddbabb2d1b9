import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs' // fs.promises, not node:fs/promises: a bundle loads it to write only
import {
  closeSync,
  fdatasyncSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

// Every way this repository writes files that someone reads: one file, several files together, a
// folder of new files moved in one by one, or a whole folder swapped. Each writes new bytes beside
// their destination (same folder, same file system, so a rename is atomic), flushes them to disk,
// and only then renames them into place: readers and crashes see the old version or the new one.
// Files are written synchronously: a command writes a few of them and then exits, and
// `fs.promises` would cost each run 1.2 ms to load (it brings readline and the file watchers),
// more than the writes themselves. Only the folder operations (and replace-folder.ts) are async.

export type FileData = string | Uint8Array

/** A name beside `file` for its next version: in the same folder, so the rename is atomic. */
const tempBeside = (file: string) => `${file}.${randomBytes(6).toString('hex')}.tmp`

/**
 * `error` naming `file`: Node's message for a failed write names no path ("ENOSPC: no space left on
 * device, write"), and a full disk among thousands of files must say which. `code` stays, for the
 * caller; any other error (bad data: a bug, not the disk) is passed on as it is.
 */
export function writeError(file: string, action: string, error: unknown): unknown {
  const { code, message } = error as NodeJS.ErrnoException
  // System errors only (ENOSPC, EACCES…): Node's ERR_* codes are bugs.
  if (!/^E[A-Z0-9]+$/.test(code ?? '') || message.startsWith(`${file}: `)) return error
  // "ENOSPC: no space left on device, write" or "…, open '/x'": the reason alone.
  const reason = /^[A-Z0-9_]+: (.+?), \w+(?: '.*')?$/.exec(message)?.[1] ?? message
  const named = new Error(`${file}: cannot ${action}: ${reason} (${code})`, { cause: error })
  return Object.assign(named, { code, path: file })
}

/** Write and flush `temp`; a failure is reported as one of `file`, the file it will become. */
function writeFlushed(temp: string, data: FileData, file = temp): void {
  try {
    const fd = openSync(temp, 'w')
    try {
      writeFileSync(fd, data)
      fdatasyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    throw writeError(file, 'write', error)
  }
}

/** Rename `from` to `to`; a failure names `to`, the file being put in place. */
function moveTo(from: string, to: string): void {
  try {
    renameSync(from, to)
  } catch (error) {
    throw writeError(to, 'move into place', error)
  }
}

/**
 * Write beside the target, flush to disk, then rename over it: readers and crashes see the old
 * file or the new one, never half of either.
 */
export function writeFileAtomic(file: string, data: FileData): void {
  const temp = tempBeside(file)
  try {
    writeFlushed(temp, data, file)
    moveTo(temp, file)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

export interface FileWrite {
  file: string
  data: FileData
}

/**
 * `replaceFiles` failed; `cause` says why. Every file it had replaced was put back, except those
 * in `unrestored` (empty unless putting back failed too).
 */
export class ReplaceFilesError extends Error {
  override name = 'ReplaceFilesError'
  readonly unrestored: readonly string[]

  constructor(cause: Error, unrestored: readonly string[]) {
    super(
      unrestored.length === 0
        ? cause.message
        : `${cause.message}; could not put back ${unrestored.join(', ')}`,
      { cause },
    )
    this.unrestored = unrestored
  }
}

/** The bytes at `file`, or null where there is no file to put back (nothing, or a folder). */
function currentBytes(file: string): Buffer | null {
  try {
    return readFileSync(file)
  } catch (error) {
    // A folder cannot be renamed over, so the write fails and nothing needs putting back.
    const { code } = error as NodeJS.ErrnoException
    if (code === 'ENOENT' || code === 'EISDIR') return null
    throw error
  }
}

/**
 * Replace several distinct files together, all or none: every new version is written and flushed
 * beside its file first, then all are renamed into place. If any step fails, each file already
 * replaced gets its old bytes back (or is removed, when it is new), the temporaries go, and a
 * `ReplaceFilesError` is thrown. Files whose bytes would not change are not touched. Returns the
 * files that changed, in the order given.
 */
export function replaceFiles(writes: readonly FileWrite[]): string[] {
  // Bytes, not text: what is put back on failure must be exactly what was there.
  const before = new Map<FileWrite, Buffer | null>()
  try {
    for (const write of writes) before.set(write, currentBytes(write.file))
  } catch (error) {
    throw new ReplaceFilesError(error as Error, [])
  }
  const changed = writes.filter((write) => !before.get(write)?.equals(Buffer.from(write.data)))
  const temps = new Map<FileWrite, string>()
  const replaced: FileWrite[] = []
  try {
    for (const write of changed) {
      temps.set(write, tempBeside(write.file))
      writeFlushed(temps.get(write)!, write.data, write.file)
    }
    for (const write of changed) {
      moveTo(temps.get(write)!, write.file)
      temps.delete(write)
      replaced.push(write)
    }
  } catch (error) {
    const unrestored: string[] = []
    for (const write of replaced.reverse()) {
      const old = before.get(write) ?? null
      try {
        if (old === null) rmSync(write.file, { force: true })
        else writeFileAtomic(write.file, old)
      } catch {
        unrestored.push(write.file)
      }
    }
    for (const temp of temps.values()) rmSync(temp, { force: true })
    throw new ReplaceFilesError(error as Error, unrestored)
  }
  return changed.map((write) => write.file)
}

const stagingMark = '.staging-'

/**
 * A folder to build new files in before they are moved into place, named
 * `<name>.staging-<pid>-<random>` so that `removeAbandonedStaging` can tell a killed run's folder
 * from a live one's.
 */
export class StagingFolder {
  readonly path: string
  private readonly folders = new Set<string>()

  /** One that `create` made, perhaps in another thread (a worker writing into it): its `path`. */
  constructor(folder: string) {
    this.path = folder
  }

  /** Make a staging folder inside `dir` (made too, if missing). */
  static create(dir: string, name = ''): StagingFolder {
    mkdirSync(dir, { recursive: true })
    return new StagingFolder(mkdtempSync(path.join(dir, `${name}${stagingMark}${process.pid}-`)))
  }

  /**
   * Write `file` (relative to the folder) and flush it to disk, making its folders. Synchronous on
   * purpose: the corpus writes thousands of files, and awaiting each open, write and sync left the
   * thread idle for an eighth of a cold run.
   */
  write(file: string, data: FileData): void {
    const target = path.join(this.path, file)
    this.makeFolder(path.dirname(target))
    writeFlushed(target, data)
  }

  /**
   * Rename staged files (relative paths) to the same paths under `dir`, one by one, calling `moved`
   * after each; then flush their folders, so that they are on disk before what the caller moves
   * next (an index naming them).
   */
  async moveInto(dir: string, files: readonly string[], moved?: (file: string) => void) {
    const targets = new Set<string>()
    for (const file of files) {
      const target = path.join(dir, file)
      targets.add(path.dirname(target))
      this.makeFolder(path.dirname(target))
      moveTo(path.join(this.path, file), target)
      moved?.(file)
    }
    for (const folder of targets) await flushFolder(folder)
  }

  /** Remove the folder and whatever is still in it. */
  async remove(): Promise<void> {
    await fs.promises.rm(this.path, { recursive: true, force: true })
  }

  private makeFolder(folder: string): void {
    if (this.folders.has(folder)) return
    try {
      mkdirSync(folder, { recursive: true })
    } catch (error) {
      throw writeError(folder, 'make the folder', error)
    }
    this.folders.add(folder)
  }
}

/**
 * Remove the staging folders in `dir` (those made with the same `name`) left by a run that was
 * killed: the process their name records is gone. A live run's folder is kept.
 */
export async function removeAbandonedStaging(dir: string, name = ''): Promise<void> {
  const prefix = `${name}${stagingMark}`
  const entries = await fs.promises.readdir(dir).catch(() => [] as string[])
  for (const entry of entries.filter((item) => item.startsWith(prefix))) {
    const pid = Number(entry.slice(prefix.length).split('-')[0])
    if (Number.isInteger(pid) && isRunning(pid)) continue
    await fs.promises.rm(path.join(dir, entry), { recursive: true, force: true })
  }
}

/** Flush a folder's entries (renames into it) to disk; best effort, as Windows cannot. */
async function flushFolder(folder: string): Promise<void> {
  const handle = await fs.promises.open(folder, 'r').catch(() => null)
  await handle?.sync().catch(() => undefined)
  await handle?.close()
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
