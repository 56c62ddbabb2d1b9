import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { vocabularyOf } from '@mfa-residency/generator'
import { parseManifest } from '@mfa-residency/repository'
import { compareSnapshots } from '../src/compare-snapshots.js'
import type { Snapshot } from '../src/snapshot.js'

export const repoRoot = path.resolve(import.meta.dirname, '../../..')
const manifest = parseManifest(
  readFileSync(path.join(repoRoot, 'docs-source/manifest.json'), 'utf8'),
)
const vocabulary = vocabularyOf(repoRoot, manifest)
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8')
export const seed = {
  en: read(manifest.docs.find((doc) => doc.locale === 'en')!.path),
  sv: read(manifest.docs.find((doc) => doc.locale === 'sv')!.path),
}

export const corpusDir = (() => {
  const dir = process.env.MFA_CORPUS_DIR ?? path.resolve(repoRoot, '../shared/corpus')
  return existsSync(dir) ? dir : null
})()
export const corpus = (file: string) => readFileSync(path.join(corpusDir!, file), 'utf8')

/** A docs snapshot from texts, any locale set; files keep the manifest's paths. */
export function docs(label: string, texts: { en: string; sv?: string }): Snapshot {
  const encoder = new TextEncoder()
  const files = manifest.docs
    .filter((doc) => texts[doc.locale as 'en' | 'sv'] !== undefined)
    .map((doc) => ({ doc, bytes: encoder.encode(texts[doc.locale as 'en' | 'sv']!) }))
  return {
    kind: 'docs',
    label,
    manifest: { ...manifest, docs: files.map((file) => file.doc) },
    files,
    vocabulary,
  }
}

export const compare = (base: { en: string; sv?: string }, head: { en: string; sv?: string }) =>
  compareSnapshots(docs('base', base), docs('head', head))
