/**
 * The corpus's `index.tsv`: one version per line, with the English history's columns (file,
 * ms.date, repo, path, commit, pipe_tables, note) or the Swedish one's (file, ms.lasthandoff,
 * ms.date (English source), repo, path, commit, ms.sourcegitcommit, pipe_tables). A repository or
 * path may end in " (presumed)"; a commit may be "unknown".
 */
export interface IndexRow {
  line: number
  file: string
  msDate: string | null
  lastHandoff: string | null
  repository: string | null
  path: string | null
  commit: string | null
  presumed: ('repository' | 'path')[]
  note: string
}

const required = ['file', 'repo', 'path', 'commit'] as const

export class IndexError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`)
  }
}

/** A field as written: a value in double quotes has its quotes removed and `""` made `"`. */
function unquote(field: string): string {
  return field.length >= 2 && field.startsWith('"') && field.endsWith('"')
    ? field.slice(1, -1).replaceAll('""', '"')
    : field
}

function presumedValue(value: string): { value: string | null; presumed: boolean } {
  const presumed = value.endsWith(' (presumed)')
  const text = presumed ? value.slice(0, -' (presumed)'.length).trim() : value.trim()
  return { value: text === '' || text === 'unknown' ? null : text, presumed }
}

export function parseIndex(text: string, file: string): IndexRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const header = (lines[0] ?? '').split('\t').map((name) => name.trim())
  const column = (name: string) => header.indexOf(name)
  for (const name of required)
    if (column(name) < 0)
      throw new IndexError(file, 1, `expected a header with the columns ${required.join(', ')}`)
  const dateColumn = header.findIndex((name) => name === 'ms.date' || name.startsWith('ms.date '))
  const rows: IndexRow[] = []
  lines.slice(1).forEach((raw, index) => {
    const line = index + 2
    if (raw.trim() === '') return
    const fields = raw.split('\t').map(unquote)
    if (fields.length !== header.length)
      throw new IndexError(
        file,
        line,
        `expected ${header.length} tab-separated fields (${header.join(', ')}), found ${fields.length}`,
      )
    const get = (at: number) => (at < 0 ? '' : (fields[at] ?? '').trim())
    const date = (at: number, name: string) => {
      const value = get(at)
      if (value === '' || value === 'unknown') return null
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
        throw new IndexError(file, line, `${name} "${value}": expected a date YYYY-MM-DD`)
      return value
    }
    const name = get(column('file'))
    if (!/^[\w.-]+\.(md|txt|html)$/.test(name))
      throw new IndexError(
        file,
        line,
        `file "${name}": expected a file name ending in .md, .txt or .html`,
      )
    const commit = get(column('commit'))
    if (commit !== 'unknown' && !/^[0-9a-f]{40}$/.test(commit))
      throw new IndexError(file, line, `commit "${commit}": expected 40 hex digits or "unknown"`)
    const repository = presumedValue(get(column('repo')))
    const upstreamPath = presumedValue(get(column('path')))
    rows.push({
      line,
      file: name,
      msDate: date(dateColumn, header[dateColumn] ?? 'ms.date'),
      lastHandoff: date(column('ms.lasthandoff'), 'ms.lasthandoff'),
      repository: repository.value,
      path: upstreamPath.value,
      commit: commit === 'unknown' ? null : commit,
      presumed: [
        ...(repository.presumed ? (['repository'] as const) : []),
        ...(upstreamPath.presumed ? (['path'] as const) : []),
      ],
      note: get(column('note')),
    })
  })
  return rows
}

/** A version the index calls reconstructed is a test fixture, never product data. */
export function isReconstructed(row: IndexRow): boolean {
  return /\breconstructed\b/i.test(row.note)
}
