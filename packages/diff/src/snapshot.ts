import { execFile } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Dataset } from '@mfa-residency/dataset'
import {
  assertValidDataset,
  parseVocabulary,
  readSourceFiles,
  type SourceFile,
  type Vocabulary,
  vocabularyOf,
  withTermFields,
} from '@mfa-residency/generator'
import {
  MANIFEST_PATH,
  type Manifest,
  parseManifest,
  readManifest,
} from '@mfa-residency/repository'

/**
 * One side of a comparison: the docs themselves, with the vocabulary their manifest names (`null`
 * when it names none), or a dataset made from them.
 */
export type Snapshot =
  | {
      kind: 'docs'
      label: string
      manifest: Manifest
      files: SourceFile[]
      vocabulary: Vocabulary | null
    }
  | { kind: 'dataset'; label: string; dataset: Dataset }

export const COMMITTED_DATASET = 'packages/dataset/data/dataset.json'

const run = promisify(execFile)

async function git(root: string, args: string[]): Promise<Buffer> {
  const { stdout } = await run('git', ['-C', root, ...args], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  })
  return stdout
}

async function datasetFile(file: string, label: string): Promise<Snapshot> {
  const value = withTermFields(JSON.parse(await readFile(file, 'utf8')))
  assertValidDataset(value)
  return { kind: 'dataset', label, dataset: value }
}

async function docsFolder(root: string, label: string): Promise<Snapshot> {
  const manifest = readManifest(root)
  const files = readSourceFiles(root, manifest)
  return { kind: 'docs', label, manifest, files, vocabulary: vocabularyOf(root, manifest) }
}

/** `en=path,sv=path`: the repository's docs with some locales' files replaced. */
async function overrides(spec: string, root: string): Promise<Snapshot> {
  const manifest = readManifest(root)
  const replaced = new Map<string, string>()
  for (const entry of spec.split(',')) {
    const [locale, file] = entry.split('=')
    if (!locale || !file) throw new Error(`"${entry}" is not locale=path`)
    if (!manifest.docs.some((doc) => doc.locale === locale)) {
      throw new Error(`locale "${locale}" is not in ${MANIFEST_PATH}`)
    }
    replaced.set(locale, file)
  }
  const files = readSourceFiles(root, manifest)
  for (const file of files) {
    const replacement = replaced.get(file.doc.locale)
    if (!replacement) continue
    file.bytes = await readFile(replacement)
    // Lines in the report are lines of this file, so name it.
    file.doc = { ...file.doc, path: replacement }
  }
  return { kind: 'docs', label: spec, manifest, files, vocabulary: vocabularyOf(root, manifest) }
}

async function gitRef(spec: string, root: string): Promise<Snapshot | null> {
  let commit: string
  try {
    commit = (await git(root, ['rev-parse', '--verify', '--quiet', `${spec}^{commit}`]))
      .toString()
      .trim()
  } catch {
    return null
  }
  const show = (file: string) =>
    git(root, ['show', `${commit}:${file}`]).catch(() => {
      throw new Error(`${spec} has no ${file}`)
    })
  const manifest = parseManifest((await show(MANIFEST_PATH)).toString())
  const files = await Promise.all(
    manifest.docs.map(async (doc) => ({ doc, bytes: await show(doc.path) })),
  )
  // The vocabulary as it was at that commit: each side is linked with its own.
  const file = manifest.vocabulary
  const vocabulary =
    file === undefined ? null : parseVocabulary((await show(file)).toString(), file)
  return { kind: 'docs', label: `${spec} (${commit.slice(0, 7)})`, manifest, files, vocabulary }
}

/**
 * What a `--base`/`--head` argument names, tried in this order: `committed` (the committed dataset),
 * `working` (docs-source/ as it is now), `locale=path,…` (docs-source/ with those files replaced), a
 * dataset `.json` file, a folder holding `docs-source/manifest.json`, or a git ref of the repository.
 */
export async function resolveSnapshot(spec: string, root: string): Promise<Snapshot> {
  if (spec === 'committed')
    return datasetFile(path.join(root, COMMITTED_DATASET), 'committed dataset')
  if (spec === 'working') return docsFolder(root, 'docs-source/ (working tree)')
  if (spec.includes('=')) return overrides(spec, root)
  if (existsSync(spec)) {
    if (statSync(spec).isDirectory()) {
      if (existsSync(path.join(spec, MANIFEST_PATH))) return docsFolder(path.resolve(spec), spec)
      throw new Error(`${spec} has no ${MANIFEST_PATH}`)
    }
    return datasetFile(spec, spec)
  }
  const ref = await gitRef(spec, root)
  if (ref) return ref
  throw new Error(
    `"${spec}" is not committed, working, locale=path, a dataset file, a docs folder or a git ref`,
  )
}
