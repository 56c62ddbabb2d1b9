import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { textSimilarity } from '@mfa-residency/compare'
import { type ParsedDocument, readDocument, SourceError } from '@mfa-residency/parser'
import {
  type FileWrite,
  MANIFEST_PATH,
  type Manifest,
  type ManifestDoc,
  type ReplaceFilesError,
  readManifest,
  replaceFiles,
} from '@mfa-residency/repository'
import { type FetchOptions, fetchText, PullError } from './fetch-text.js'

export interface PulledDoc {
  locale: string
  url: string
  path: string
  changed: boolean
}

/** The title the current document carries: a pulled one must be recognisably the same article. */
async function currentTitle(root: string, doc: ManifestDoc): Promise<string | null> {
  const bytes = await readFile(path.join(root, doc.path)).catch(() => null)
  if (!bytes) return null
  try {
    // Without the English as reference, Learn text yields its title line, which is all we need.
    return readDocument(doc.format, bytes, { file: doc.path, locale: doc.locale }).title
  } catch {
    return null
  }
}

/** Markdown stays markdown; a Learn page arrives as HTML and is kept as HTML (`learn-html`). */
function parse(
  text: string,
  doc: ManifestDoc,
): { document: ParsedDocument; format: ManifestDoc['format']; path: string } {
  const format = doc.format === 'gfm' ? 'gfm' : 'learn-html'
  const file = format === 'gfm' ? doc.path : doc.path.replace(/\.[^./]+$/, '.html')
  return {
    document: readDocument(format, text, { file, locale: doc.locale }),
    format,
    path: file,
  }
}

/**
 * Fetch the upstream article of each locale (all, or `locales`), check that each parses and carries
 * the expected title, and only then write them all together, with the manifest updated when a
 * document changes format. Throws `PullError` with a one-line reason; on error nothing is written.
 */
export async function pullDocs(
  root: string,
  options: { locales?: string[]; fetch?: FetchOptions } = {},
): Promise<PulledDoc[]> {
  const manifest = await readManifest(root)
  const wanted = options.locales ?? manifest.docs.map((doc) => doc.locale)
  for (const locale of wanted) {
    if (!manifest.docs.some((doc) => doc.locale === locale))
      throw new PullError(`locale "${locale}" is not in ${MANIFEST_PATH}`)
  }
  const staged: { doc: ManifestDoc; text: string; format: ManifestDoc['format']; path: string }[] =
    []
  for (const doc of manifest.docs.filter((entry) => wanted.includes(entry.locale))) {
    const text = await fetchText(doc.upstreamUrl, options.fetch)
    let parsed: ReturnType<typeof parse>
    try {
      parsed = parse(text, doc)
    } catch (error) {
      const detail =
        error instanceof SourceError ? error.issues[0]!.message : (error as Error).message
      throw new PullError(`${doc.upstreamUrl} is not a ${doc.locale} article: ${detail}`)
    }
    const expected = await currentTitle(root, doc)
    const found = parsed.document.title
    if (found === null || (expected !== null && textSimilarity(found, expected) < 0.5)) {
      throw new PullError(
        `${doc.upstreamUrl} does not look like the ${doc.locale} article: expected the title "${expected ?? '(any)'}", found ${found === null ? 'none' : `"${found}"`}`,
      )
    }
    staged.push({ doc, text, format: parsed.format, path: parsed.path })
  }

  return commit(root, manifest, staged)
}

/**
 * Replace the documents and the manifest together, all or none (`replaceFiles`: if any write
 * fails, what was replaced is put back). Files a document no longer uses (a .txt that became
 * .html) are deleted only after everything else succeeded.
 */
async function commit(
  root: string,
  manifest: Manifest,
  staged: { doc: ManifestDoc; text: string; format: ManifestDoc['format']; path: string }[],
): Promise<PulledDoc[]> {
  const writes: FileWrite[] = []
  const obsolete: string[] = []
  const docs = manifest.docs.map((doc) => {
    const entry = staged.find((item) => item.doc === doc)
    if (!entry) return doc
    writes.push({ file: path.join(root, entry.path), data: entry.text })
    if (entry.path !== doc.path) obsolete.push(path.join(root, doc.path))
    return { ...doc, format: entry.format, path: entry.path }
  })
  const moved = (doc: ManifestDoc, index: number) =>
    doc.format !== manifest.docs[index]!.format || doc.path !== manifest.docs[index]!.path
  if (docs.some(moved)) {
    const manifestPath = path.join(root, MANIFEST_PATH)
    const raw = JSON.parse(await readFile(manifestPath, 'utf8')) as {
      docs: Record<string, unknown>[]
    }
    raw.docs = raw.docs.map((entry, index) => ({
      ...entry,
      format: docs[index]!.format,
      path: docs[index]!.path,
    }))
    writes.push({ file: manifestPath, data: `${JSON.stringify(raw, null, 2)}\n` })
  }

  let changed: string[]
  try {
    changed = await replaceFiles(writes)
  } catch (error) {
    // replaceFiles throws nothing else; it says which files, if any, it could not put back.
    const failed = error as ReplaceFilesError
    const restored = failed.unrestored.length === 0 ? '; what was replaced is restored' : ''
    throw new PullError(`could not write docs-source/ (${failed.message})${restored}`)
  }
  await Promise.all(obsolete.map((file) => rm(file, { force: true })))
  return staged.map((entry) => ({
    locale: entry.doc.locale,
    url: entry.doc.upstreamUrl,
    path: entry.path,
    changed: changed.includes(path.join(root, entry.path)),
  }))
}
