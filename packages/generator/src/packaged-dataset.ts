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
 * The default output, for a run without `--out`. Resolved only then: resolving through the
 * package's exports loads Node's ES module resolver, 3–4 ms of a run.
 */
export function packagedDataset(): PackagedDataset {
  // Through the manifest, not `@mfa-residency/dataset/dataset.json`: Node resolves only to files
  // that exist, and a run after the dataset was deleted must write it again.
  const manifest = fileURLToPath(import.meta.resolve('@mfa-residency/dataset/package.json'))
  const bytes = readFileSync(manifest)
  const target = JSON.parse(bytes.toString('utf8')).exports?.['./dataset.json']
  if (typeof target !== 'string') {
    throw new Error(`${manifest}: expected "exports" to map "./dataset.json" to a file`)
  }
  const file = path.join(realpathSync(path.dirname(manifest)), target)
  // Node looks for node_modules/@mfa-residency/dataset beside this module and in every folder
  // above it. Where it is missing, a listing of the nearest part of that path that exists would
  // show one appearing.
  const listed: string[] = []
  const here = path.dirname(fileURLToPath(import.meta.url))
  const found = findUp(here, packageFolder, (missing) => listed.push(nearestFolder(missing)))
  if (found) listed.push(path.dirname(found), found)
  return { file, listed, manifest: { file: manifest, bytes } }
}

function nearestFolder(missing: string): string {
  let folder = path.dirname(missing)
  while (!existsSync(folder)) folder = path.dirname(folder)
  return folder
}
