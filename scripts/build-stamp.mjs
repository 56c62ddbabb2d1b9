// Whether a package's build is current, cheaply: a stamp written after a successful build holds a
// hash of every build input's content and of every build output's size and modification time.
// Inputs count by content, as turbo counts them: a file whose size and modification time are what
// the stamp recorded keeps the content hash recorded with them, any other is read and hashed again.
// So an edit always counts, a touched file costs one read, and an unchanged tree reads no file.
// Outputs that run are only stat'ed, which is enough to see a deleted, rebuilt or replaced dist/.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildInputFiles, buildOutputFiles } from './build-inputs.mjs'

const STAMP_VERSION = 2

/** Where the stamp of `name` lives: in node_modules, so a fresh install starts with none. */
export const stampFile = (root, name) =>
  path.join(root, 'node_modules/.cache/run-built', `${name.replace(/[^\w.-]/g, '_')}.json`)

/**
 * The packages' inputs: one hash over every input's path and content hash, and per file the
 * `[size, mtimeMs, sha256]` it was hashed at. `known` is the stamp's record of the last build.
 */
export function inputsState(root, packages, known = {}) {
  const files = {}
  const hash = createHash('sha256')
  let reread = 0
  for (const file of buildInputFiles(root, packages)) {
    const full = path.join(root, file)
    const { size, mtimeMs } = statSync(full)
    const before = known[file]
    let sha = before?.[0] === size && before?.[1] === mtimeMs ? before[2] : null
    if (sha === null) {
      sha = createHash('sha256').update(readFileSync(full)).digest('hex')
      reread++
    }
    files[file] = [size, mtimeMs, sha]
    hash.update(`${file}\0${sha}\n`)
  }
  return { inputs: hash.digest('hex'), files, reread }
}

// Outputs that no command loads: types and source maps. Skipping them halves the stat calls.
const NOT_LOADED = /\.(?:map|d\.[cm]?ts)$/

/** One hash over the path, size and modification time of every build output a command loads. */
export function outputsHash(root, packages) {
  const hash = createHash('sha256')
  for (const file of buildOutputFiles(root, packages)) {
    if (NOT_LOADED.test(file)) continue
    const { size, mtimeMs } = statSync(path.join(root, file))
    hash.update(`${file}\0${size}\0${mtimeMs}\n`)
  }
  return hash.digest('hex')
}

export function readStamp(root, name) {
  try {
    const stamp = JSON.parse(readFileSync(stampFile(root, name), 'utf8'))
    return stamp.version === STAMP_VERSION ? stamp : null
  } catch {
    // Missing or unreadable: the build is not known to be current, so it runs.
    return null
  }
}

/** Written atomically: a launch that reads it meanwhile sees the old stamp or the new one. */
export function writeStamp(root, name, { inputs, outputs, files }) {
  const file = stampFile(root, name)
  mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(
    temporary,
    `${JSON.stringify({ version: STAMP_VERSION, inputs, outputs, files })}\n`,
  )
  renameSync(temporary, file)
}
