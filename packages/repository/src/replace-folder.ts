import * as fs from 'node:fs' // fs.promises, not node:fs/promises: a bundle loads it to write only
import path from 'node:path'
import { removeAbandonedStaging, StagingFolder } from './write-safely.js'

/**
 * Replace the folder `folder` with one that `fill` builds in a staging folder beside it. Until
 * `fill` succeeds the old folder is untouched; then the old one is renamed aside, the new one into
 * its place, and the old one removed. If the second rename fails the old one is put back. Readers
 * see the old folder or the new one, never a mix; a crash between the two renames leaves no
 * folder, and the next run clears what that crash left beside it.
 */
export async function replaceFolder(
  folder: string,
  fill: (staging: StagingFolder) => Promise<void>,
): Promise<void> {
  const parent = path.dirname(folder)
  const name = path.basename(folder)
  await removeAbandonedStaging(parent, name)
  const staging = StagingFolder.create(parent, name)
  // Named like the staging folder, so a crash's leftovers are found by removeAbandonedStaging.
  const retired = `${staging.path}-retired`
  let keepRetired = false
  try {
    await fill(staging)
    const existed = await fs.promises.rename(folder, retired).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false
        throw error
      },
    )
    try {
      await fs.promises.rename(staging.path, folder)
    } catch (error) {
      // The old folder goes back; if even that fails, it stays where it is, named in the error,
      // and is never removed: it may be the only copy.
      if (existed) {
        await fs.promises.rename(retired, folder).catch((restoreError: Error) => {
          keepRetired = true
          throw new Error(
            `${folder}: could not be replaced (${(error as Error).message}) nor put back (${restoreError.message}); the old folder is at ${retired}`,
            { cause: error },
          )
        })
      }
      throw error
    }
  } finally {
    await staging.remove()
    if (!keepRetired) await fs.promises.rm(retired, { recursive: true, force: true })
  }
}
