import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { sha256 } from '@mfa-residency/repository'
import { type OutputFd, onPrint } from './print.js'
import {
  codeIdentity,
  type Hash,
  hashFile,
  hashFolder,
  newStamp,
  type Printed,
} from './run-stamp.js'

/**
 * A line of `NODE_DEBUG` output (util.debuglog writes each as `SECTION <pid>: …`): how this run was
 * debugged, not what it printed, so a replay without `NODE_DEBUG` must not repeat it.
 */
const debugLinePrefix = new RegExp(`^[A-Z][A-Z0-9_-]* ${process.pid}: `)
const isDebugLine = (text: string) => debugLinePrefix.test(text)

/**
 * The inputs and outputs of one run, as run-stamp.ts checks them: every file it read, every folder
 * it listed, every file it wrote or found current, and what it printed. A file is hashed when the
 * run reads it (from the bytes it read, or just before), never after: an edit made during the run
 * then leaves a stamp that no longer matches, so the next run is a full one.
 */
export class RunRecord {
  private readonly files = new Map<string, Hash>()
  private readonly folders = new Map<string, { depth: number; hash: string }>()
  private readonly code = codeIdentity()
  private readonly output: Printed[] = []
  private readonly restore: (() => void)[] = []

  /** Start recording what the process prints (and still print it). */
  constructor() {
    this.restore.push(onPrint((fd, text) => this.output.push({ fd, text })))
    this.recordStream('stdout', 1)
    this.recordStream('stderr', 2)
  }

  /**
   * Record what is written through `process[name]` too. Node makes the stream on first use, which
   * costs milliseconds, so it is wrapped when something first asks for it, not before.
   */
  private recordStream(name: 'stdout' | 'stderr', fd: OutputFd): void {
    const descriptor = Object.getOwnPropertyDescriptor(process, name)
    if (!descriptor?.configurable) {
      this.wrapWrite(process[name], fd)
      return
    }
    const made = () => (descriptor.get ? descriptor.get.call(process) : descriptor.value)
    let wrapped = false
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: descriptor.enumerable ?? true,
      get: () => {
        const stream = made() as NodeJS.WriteStream
        if (!wrapped) this.wrapWrite(stream, fd)
        wrapped = true
        return stream
      },
    })
    this.restore.push(() => Object.defineProperty(process, name, descriptor))
  }

  private wrapWrite(stream: NodeJS.WriteStream, fd: OutputFd): void {
    const write = stream.write.bind(stream) as (chunk: string | Uint8Array) => boolean
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
      if (!isDebugLine(text)) this.output.push({ fd, text })
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest)
    }) as typeof stream.write
    this.restore.push(() => {
      stream.write = write as typeof stream.write
    })
  }

  /** The run read `file` and got `bytes` (`null`: there was none). */
  read(file: string, bytes: string | Uint8Array | null): void {
    this.files.set(file, bytes === null ? null : sha256(bytes))
  }

  /** The run is about to read `file` through code that does not hand back its bytes. */
  willRead(file: string): void {
    this.files.set(file, hashFile(file))
  }

  /** The run is about to list `folder`, `depth` levels of subfolders down. */
  willList(folder: string, depth: number): void {
    this.folders.set(folder, { depth, hash: hashFolder(folder, depth) })
  }

  /** Stop recording what is printed. */
  stop(): void {
    for (const restore of this.restore.splice(0)) restore()
  }

  /**
   * Save the stamp that lets the next run with the same arguments skip the work: only for a run
   * that found every output current (`outputs`, each with the bytes it has) and exits with `exitCode`.
   */
  save(file: string, outputs: [string, string][], exitCode: number): void {
    this.stop()
    for (const [output, text] of outputs) this.read(output, text)
    const stamp = newStamp({
      code: this.code,
      files: Object.fromEntries([...this.files].sort(([a], [b]) => (a < b ? -1 : 1))),
      folders: Object.fromEntries([...this.folders].sort(([a], [b]) => (a < b ? -1 : 1))),
      output: this.output,
      exitCode,
    })
    // Temp and rename, so no run reads half a stamp; no fsync: a stamp lost in a crash (or torn,
    // so not JSON) only means one full run.
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(`${file}.${process.pid}.tmp`, `${JSON.stringify(stamp)}\n`)
    renameSync(`${file}.${process.pid}.tmp`, file)
  }
}
