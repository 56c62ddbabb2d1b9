import { realpath } from 'node:fs/promises'
import path from 'node:path'

/** Where a relative path lands, or what is wrong with it (a phrase: "an absolute path"). */
export type InsidePath =
  | { path: string; problem?: undefined }
  | { problem: string; path?: undefined }

/** The real path of `file`, following symlinks as far as the path exists; the rest is appended. */
async function realPathSoFar(file: string): Promise<string> {
  const missing: string[] = []
  let existing = file
  for (;;) {
    try {
      return path.join(await realpath(existing), ...missing.reverse())
    } catch (error) {
      const parent = path.dirname(existing)
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === existing) throw error
      missing.push(path.basename(existing))
      existing = parent
    }
  }
}

const strictlyInside = (folder: string, file: string) => {
  const relative = path.relative(folder, file)
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  )
}

/**
 * Resolve `relative` (`/`-separated, relative to `base`, which defaults to `folder`) and check that
 * it names something strictly inside `folder`, also once symlinks are followed: input such as a
 * manifest must not be able to point a write or a read elsewhere. Refused outright, whatever they
 * would resolve to: absolute paths, `..` segments, backslashes and NUL.
 */
export async function resolveInside(
  folder: string,
  relative: string,
  base: string = folder,
): Promise<InsidePath> {
  if (relative === '') return { problem: 'an empty path' }
  if (path.posix.isAbsolute(relative) || path.win32.isAbsolute(relative))
    return { problem: 'an absolute path' }
  if (/[\\\0]/.test(relative)) return { problem: 'a path with a backslash or NUL in it' }
  if (relative.split('/').includes('..')) return { problem: 'a path with a ".." segment' }
  const resolved = path.resolve(base, relative)
  if (!strictlyInside(path.resolve(folder), resolved)) return { problem: 'a path outside it' }
  const [realFolder, realFile] = await Promise.all([
    realPathSoFar(path.resolve(folder)),
    realPathSoFar(resolved),
  ])
  if (!strictlyInside(realFolder, realFile))
    return { problem: `a path that a symlink leads out of it, to ${realFile}` }
  return { path: resolved }
}
