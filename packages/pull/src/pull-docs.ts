import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { textSimilarity } from '@mfa-residency/compare'
import { planAppend, pulledVersion } from '@mfa-residency/history'
import {
  extractLearnArticle,
  type ParsedDocument,
  readDocument,
  SourceError,
} from '@mfa-residency/parser'
import {
  type FileWrite,
  MANIFEST_PATH,
  type Manifest,
  type ManifestDoc,
  type ReplaceFilesError,
  readManifest,
  replaceFiles,
} from '@mfa-residency/repository'
import { type FetchOptions, fetchText } from './fetch-text.js'
import { pulledFormat, resolveTargets, type Target } from './manifest-targets.js'
import { PullError, shortUrl } from './pull-error.js'

export interface PulledDoc {
  locale: string
  url: string
  path: string
  changed: boolean
}

// What each kind of document must arrive as. raw.githubusercontent.com serves markdown as
// text/plain; a Learn page, whatever the manifest kept of it before, is read as HTML.
const mediaTypes = (format: ManifestDoc['format']): readonly string[] =>
  format === 'gfm' ? ['text/plain', 'text/markdown'] : ['text/html']

/** The title the current document carries: a pulled one must be recognisably the same article. */
async function currentTitle(target: Target): Promise<string | null> {
  const bytes = await readFile(target.file).catch(() => null)
  if (!bytes) return null
  try {
    // Without the English as reference, Learn text yields its title line, which is all we need.
    return readDocument(target.doc.format, bytes, {
      file: target.doc.path,
      locale: target.doc.locale,
    }).title
  } catch {
    return null
  }
}

/** Run a step that reads the fetched text; its failure says the upstream is not the article. */
function notAnArticle<T>(target: Target, read: () => T): T {
  try {
    return read()
  } catch (error) {
    const detail =
      error instanceof SourceError ? error.issues[0]!.message : (error as Error).message
    throw new PullError(`${shortUrl(target.url)} is not a ${target.doc.locale} article: ${detail}`)
  }
}

function parse(text: string, target: Target): ParsedDocument {
  const { doc } = target
  return notAnArticle(target, () =>
    readDocument(pulledFormat(doc), text, { file: target.newPath, locale: doc.locale }),
  )
}

interface Staged {
  target: Target
  text: string
  document: ParsedDocument
}

/**
 * Fetch the upstream article of each locale (all, or `locales`), check that each parses and carries
 * the expected title, and only then write them all together, with the manifest updated when a
 * document changes format. Before any fetch, every manifest path must stay inside docs-source/ and
 * every upstream be allowed (`fetch.policy`). Throws `PullError` with a one-line reason; on error
 * nothing is written.
 */
export async function pullDocs(
  root: string,
  options: { locales?: string[]; fetch?: FetchOptions } = {},
): Promise<PulledDoc[]> {
  const manifest = readManifest(root)
  const wanted = options.locales ?? manifest.docs.map((doc) => doc.locale)
  for (const locale of wanted) {
    if (!manifest.docs.some((doc) => doc.locale === locale))
      throw new PullError(`locale ${JSON.stringify(locale)} is not in ${MANIFEST_PATH}`)
  }
  const targets = await resolveTargets(root, manifest, wanted, options.fetch?.policy ?? {})
  const staged: Staged[] = []
  for (const target of targets) {
    const fetched = await fetchText(target.url.href, mediaTypes(target.doc.format), options.fetch)
    // Of a Learn page, only its metadata and article are kept: the chrome around them is not the
    // document, and a change to it must not read as one.
    const text =
      pulledFormat(target.doc) === 'learn-html'
        ? notAnArticle(target, () => extractLearnArticle(fetched, target.newPath))
        : fetched
    const expected = await currentTitle(target)
    const document = parse(text, target)
    const found = document.title
    if (found === null || (expected !== null && textSimilarity(found, expected) < 0.5)) {
      throw new PullError(
        `${shortUrl(target.url)} does not look like the ${target.doc.locale} article: expected the title "${expected ?? '(any)'}", found ${found === null ? 'none' : JSON.stringify(found)}`,
      )
    }
    staged.push({ target, text, document })
  }
  return commit(root, manifest, staged)
}

/**
 * The history's writes for the pulled documents (docs-source/history/<locale>/versions.json, and
 * the previous current document kept beside it), made together with the pull's own.
 */
async function recordVersions(root: string, manifest: Manifest, staged: Staged[]) {
  const today = new Date().toISOString().slice(0, 10)
  const writes: FileWrite[] = []
  for (const { target, text, document } of staged) {
    const format = pulledFormat(target.doc)
    const bytes = new TextEncoder().encode(text)
    const version = pulledVersion(document, bytes, format, target.doc.upstreamUrl, today)
    const pulled = { path: target.newPath, format, today }
    const planned = await planAppend(root, manifest, target.doc.locale, [version], { pulled })
    writes.push(...planned.writes)
  }
  return writes
}

/**
 * Replace the documents, the manifest and the history together, all or none (`replaceFiles`: if any write
 * fails, what was replaced is put back). Files a document no longer uses (a .txt that became
 * .html) are deleted only after everything else succeeded.
 */
async function commit(root: string, manifest: Manifest, staged: Staged[]): Promise<PulledDoc[]> {
  const writes: FileWrite[] = []
  const obsolete: string[] = []
  const docs = manifest.docs.map((doc) => {
    const entry = staged.find((item) => item.target.doc === doc)
    if (!entry) return doc
    const { file, newFile, newPath } = entry.target
    writes.push({ file: newFile, data: entry.text })
    if (newFile !== file) obsolete.push(file)
    return { ...doc, format: pulledFormat(doc), path: newPath }
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
  if (manifest.history) writes.push(...(await recordVersions(root, manifest, staged)))

  let changed: string[]
  try {
    changed = replaceFiles(writes)
  } catch (error) {
    // replaceFiles throws nothing else; it says which files, if any, it could not put back.
    const failed = error as ReplaceFilesError
    const restored = failed.unrestored.length === 0 ? '; what was replaced is restored' : ''
    throw new PullError(`could not write docs-source/ (${failed.message})${restored}`)
  }
  await Promise.all(obsolete.map((file) => rm(file, { force: true })))
  return staged.map(({ target }) => ({
    locale: target.doc.locale,
    url: target.url.href,
    path: target.newPath,
    changed: changed.includes(target.newFile),
  }))
}
