/**
 * A closed pipe (`| head -1`) is the reader saying "enough": on EPIPE, stop at once and quietly,
 * with the exit code set so far (0 when none), instead of a stack trace. Any other error on the
 * stream is thrown as before.
 */
export function exitOnClosedPipe(stream: NodeJS.WritableStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
}
