import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { readDocument } from '@mfa-residency/parser'
import type { SourceFormat } from '@mfa-residency/repository'
import type { IncomingVersion } from './append-versions.js'
import { IndexError, isReconstructed, parseIndex } from './corpus-index.js'
import { versionDate } from './version-date.js'

export interface FolderVersions {
  versions: IncomingVersion[]
  /** Rows left out, with why. */
  skipped: string[]
}

export function formatOf(file: string): SourceFormat {
  if (file.endsWith('.txt')) return 'learn-text'
  return file.endsWith('.html') ? 'learn-html' : 'gfm'
}

/**
 * The versions a folder holds, as its `index.tsv` lists them. Reconstructed versions are left
 * out; `until` leaves out those dated after it. Each file must parse.
 */
export async function readFolderVersions(
  folder: string,
  locale: string,
  until: string | null,
): Promise<FolderVersions> {
  const indexFile = path.join(folder, 'index.tsv')
  const text = await readFile(indexFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      `${indexFile}: cannot read (${error.code}): --from needs a folder with an index.tsv`,
    )
  })
  const result: FolderVersions = { versions: [], skipped: [] }
  for (const row of parseIndex(text, indexFile)) {
    if (isReconstructed(row)) {
      result.skipped.push(`${row.file}: reconstructed, a test fixture only`)
      continue
    }
    const file = path.join(folder, row.file)
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new IndexError(indexFile, row.line, `${row.file}: cannot read (${error.code})`)
    })
    const format = formatOf(row.file)
    const document = readDocument(format, bytes, { file, locale })
    const dated = versionDate(document, { lastHandoff: row.lastHandoff })
    if (!dated)
      throw new IndexError(
        indexFile,
        row.line,
        `${row.file}: no ms.date or ms.lasthandoff dates it`,
      )
    if (until !== null && dated.date > until) {
      result.skipped.push(`${row.file}: dated ${dated.date}, after ${until}`)
      continue
    }
    result.versions.push({
      ...dated,
      repository: row.repository,
      path: row.path,
      commit: row.commit,
      provenance: row.commit ? 'commit' : row.presumed.length > 0 ? 'presumed' : 'unknown',
      presumed: row.presumed,
      format,
      bytes,
      origin: `${indexFile}:${row.line}`,
    })
  }
  return result
}
