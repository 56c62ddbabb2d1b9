import { writeSync } from 'node:fs'

// The command's own output, written to the file descriptors directly. `process.stdout` and
// `process.stderr` are made on first use, and making one for a pipe (a `net.Socket`) costs about
// 3 ms of a run that takes 80; `writeSync` also keeps the two streams in the order they were
// written. Anything else that prints through the streams still works, and the run record
// (run-record.ts) records both ways.

/** Standard output (1) or standard error (2). */
export type OutputFd = 1 | 2

type PrintListener = (fd: OutputFd, text: string) => void
const listeners = new Set<PrintListener>()

/** Call `listener` with everything printed from now on; returns the function that stops it. */
export function onPrint(listener: PrintListener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Descriptors whose reader has gone (EPIPE): the rest of the run writes nothing more to them. */
const closed = new Set<OutputFd>()
// Atomics.wait on a buffer nobody notifies: a sleep that lets a full non-blocking pipe drain.
const sleeper = new Int32Array(new SharedArrayBuffer(4))

/** Write `text` to `fd` in full, now. */
export function print(fd: OutputFd, text: string): void {
  for (const listener of listeners) listener(fd, text)
  if (closed.has(fd)) return
  const bytes = Buffer.from(text, 'utf8')
  for (let offset = 0; offset < bytes.length; ) {
    try {
      offset += writeSync(fd, bytes, offset)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // A descriptor shared with a parent that made it non-blocking: wait for the reader.
      if (code === 'EAGAIN') Atomics.wait(sleeper, 0, 0, 1)
      // `| head -1`: the reader said enough, and the run's work (an atomic write) goes on.
      else if (code === 'EPIPE') {
        closed.add(fd)
        return
      } else throw error
    }
  }
}

/** `console.log`'s line, without the console. */
export const printLine = (line: string): void => print(1, `${line}\n`)

/** `console.error`'s line, without the console. */
export const printErrorLine = (line: string): void => print(2, `${line}\n`)
