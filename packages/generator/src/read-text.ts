import { readFileSync } from 'node:fs'

/**
 * A file's text, or `null` when it cannot be read (none there, a folder): for an output a run
 * compares its new text with, which is rewritten whenever the two differ. Synchronous, as every
 * read of a one-article run is: none waits on the thread pool.
 */
export function readTextOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return null
  }
}
