import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { readDocument, SourceError } from '@mfa-residency/parser'
import type { IncomingVersion } from './append-versions.js'
import { formatOf } from './import-folder.js'
import { versionDate } from './version-date.js'

const exec = promisify(execFile)

async function git(clone: string, args: string[], encoding: 'utf8' | 'buffer' = 'utf8') {
  try {
    const { stdout } = await exec('git', ['-C', clone, ...args], {
      encoding,
      maxBuffer: 64 * 1024 * 1024,
    })
    return stdout
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim()
    throw new Error(
      `git ${args[0]} in ${clone}: ${stderr.split('\n')[0] || (error as Error).message}`,
    )
  }
}

/** `owner/name` of the clone's origin on GitHub, when it has one. */
async function originRepository(clone: string): Promise<string | null> {
  const url = await git(clone, ['remote', 'get-url', 'origin']).catch(() => '')
  const match = /github\.com[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?\s*$/.exec(String(url))
  return match ? `${match[1]}/${match[2]}` : null
}

interface FileCommit {
  commit: string
  date: string
  path: string
}

/** Every commit that changed the file, oldest first, with the file's path then (renames followed). */
async function fileCommits(clone: string, file: string): Promise<FileCommit[]> {
  const log = String(
    await git(clone, ['log', '--follow', '--format=%x00%H %cs', '--name-status', '--', file]),
  )
  const commits: FileCommit[] = []
  for (const entry of log.split('\0').slice(1)) {
    const [head = '', ...lines] = entry.trim().split('\n')
    const [commit = '', date = ''] = head.split(' ')
    const status = lines.map((line) => line.split('\t')).find((fields) => fields.length >= 2)
    if (!status || status[0]?.startsWith('D')) continue
    commits.push({ commit, date, path: status.at(-1) as string })
  }
  return commits.reverse()
}

/**
 * The versions of `file` in a git clone, one per commit that changed it, following renames
 * within the repository. Each is dated by its ms.date, or by its commit's date.
 */
export async function readGitVersions(
  clone: string,
  file: string,
  locale: string,
  until: string | null,
  repository: string | null = null,
): Promise<IncomingVersion[]> {
  const origin = repository ?? (await originRepository(clone))
  const commits = await fileCommits(clone, file)
  if (commits.length === 0) throw new Error(`${clone}: no commit has ${file} (git log --follow)`)
  const versions: IncomingVersion[] = []
  for (const { commit, date, path } of commits) {
    const bytes = new Uint8Array(
      (await git(clone, ['show', `${commit}:${path}`], 'buffer')) as unknown as Buffer,
    )
    const format = formatOf(path)
    const where = `${commit.slice(0, 7)}:${path}`
    let document: ReturnType<typeof readDocument>
    try {
      document = readDocument(format, bytes, { file: where, locale })
    } catch (error) {
      if (error instanceof SourceError) throw new Error(`${clone}: ${error.message}`)
      throw error
    }
    const dated = versionDate(document, { commitDate: date })!
    if (until !== null && dated.date > until) continue
    versions.push({
      ...dated,
      repository: origin,
      path,
      commit,
      provenance: 'commit',
      presumed: [],
      format,
      bytes,
      origin: where,
    })
  }
  return versions
}
