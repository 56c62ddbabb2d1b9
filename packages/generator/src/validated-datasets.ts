import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { sha256 } from '@mfa-residency/repository'
import { cacheFolder, codeIdentity } from './run-stamp.js'

/** How many texts an output remembers: its dataset, and a few that a branch switch brings back. */
const limit = 8

/**
 * Dataset texts that this very code (validators included: they are part of its identity) has
 * validated, by the SHA-256 of their bytes. Validating the same bytes with the same validator
 * again proves nothing new, and cost a run most of 8 ms: the old output is read as memory on every
 * run. A memo that is lost, unreadable or of other code only means validating again.
 */
export class ValidatedDatasets {
  private readonly file: string
  private readonly code = codeIdentity()
  private readonly hashes: string[]
  private changed = false

  /** The memo of the output at `out`: one a file, so runs on other outputs never race for it. */
  constructor(out: string) {
    const key = sha256(path.resolve(out)).slice(0, 32)
    this.file = path.join(cacheFolder(), 'validated', `${key}.json`)
    this.hashes = this.read()
  }

  /** Whether `text` was validated before. */
  has(text: string): boolean {
    return this.hashes.includes(sha256(text))
  }

  /** `text` passed validation. */
  add(text: string): void {
    const hash = sha256(text)
    if (this.hashes[0] === hash) return
    this.hashes.splice(0, this.hashes.length, hash, ...this.hashes.filter((h) => h !== hash))
    this.hashes.length = Math.min(this.hashes.length, limit)
    this.changed = true
  }

  /** Write the memo when it changed: temp and rename, no fsync (losing it costs one validation). */
  save(): void {
    if (!this.changed) return
    try {
      mkdirSync(path.dirname(this.file), { recursive: true })
      const temp = `${this.file}.${process.pid}.tmp`
      writeFileSync(temp, `${JSON.stringify({ code: this.code, hashes: this.hashes })}\n`)
      renameSync(temp, this.file)
    } catch {
      // A read-only install: every run validates.
    }
  }

  private read(): string[] {
    try {
      const memo = JSON.parse(readFileSync(this.file, 'utf8')) as {
        code?: unknown
        hashes?: unknown
      }
      return memo.code === this.code && Array.isArray(memo.hashes)
        ? memo.hashes.filter((hash): hash is string => typeof hash === 'string')
        : []
    } catch {
      return []
    }
  }
}
