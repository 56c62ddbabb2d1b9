import { existsSync, readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findUp } from '@mfa-residency/repository'

const packageFolder = path.join('node_modules', '@mfa-residency', 'dataset')

/** Where @mfa-residency/dataset keeps its dataset.json, and what finding it depended on. */
export interface PackagedDataset {
  file: string
  /** Folders whose listings decide which package is found: a nearer one appearing, a relink. */
  listed: string[]
  /** The package's manifest, whose exports say where in the package the file is, as read. */
  manifest: { file: string; bytes: Buffer }
}

/**
 * The default output, for a run without `--out`. Found as Node finds the package, in the
 * node_modules of this module's folder and of every folder above it, then through the exports of
 * its manifest; not with `import.meta.resolve`, which resolves only to files that exist (a run
 * after the dataset was deleted must write it again) and loads Node's ES module resolver, 3–4 ms.
 */
export function packagedDataset(): PackagedDataset {
  // Where the package is missing, a listing of the nearest part of its path that exists would
  // show one appearing.
  const listed: string[] = []
  const here = path.dirname(fileURLToPath(import.meta.url))
  const found = findUp(here, packageFolder, (missing) => listed.push(nearestFolder(missing)))
  if (found === null) throw new Error(`no ${packageFolder} in ${here} or any folder above it`)
  listed.push(path.dirname(found), found)
  const manifest = path.join(found, 'package.json')
  const bytes = readFileSync(manifest)
  const target = JSON.parse(bytes.toString('utf8')).exports?.['./dataset.json']
  if (typeof target !== 'string') {
    throw new Error(`${manifest}: expected "exports" to map "./dataset.json" to a file`)
  }
  return {
    file: path.join(realpathSync(found), target),
    listed,
    manifest: { file: manifest, bytes },
  }
}

function nearestFolder(missing: string): string {
  let folder = path.dirname(missing)
  while (!existsSync(folder)) folder = path.dirname(folder)
  return folder
}
