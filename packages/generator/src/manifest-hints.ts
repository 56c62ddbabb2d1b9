import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseManifest, type SourceDoc } from '@mfa-residency/repository'
import type { ProvenanceHints } from './source-provenance.js'

/*
 * A corpus folder has no manifest of its own, but the one `docs-source/` carries (manifest.json at
 * its top, beside the locale folders) names the page and upstream URLs of the documents it lists.
 * Reading it keeps the seed article's corpus file byte for byte the committed dataset. Read once
 * per folder; a missing or broken manifest knows nothing, since the corpus does not need one.
 */

const byFolder = new Map<string, Map<string, ProvenanceHints>>()

function hintsIn(rootDir: string, folder: string): Map<string, ProvenanceHints> {
  const key = path.join(rootDir, folder)
  let hints = byFolder.get(key)
  if (!hints) {
    hints = new Map()
    try {
      const manifest = parseManifest(readFileSync(path.join(key, 'manifest.json'), 'utf8'))
      for (const doc of manifest.docs) {
        hints.set(doc.path, { pageUrl: doc.pageUrl, upstreamUrl: doc.upstreamUrl })
      }
    } catch {
      // No manifest, or not one: no hints.
    }
    byFolder.set(key, hints)
  }
  return hints
}

/** The document with the URLs the manifest of its folder gives it, if any. */
export function withManifestHints<Doc extends SourceDoc>(
  doc: Doc,
  rootDir: string,
): Doc & ProvenanceHints {
  const folder = path.posix.dirname(path.posix.dirname(doc.path))
  return { ...doc, ...hintsIn(rootDir, folder).get(doc.path) }
}
