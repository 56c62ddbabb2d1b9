import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  MANIFEST_PATH,
  type Manifest,
  type ManifestDoc,
  readManifest,
  writeFileAtomic,
} from '@mfa-residency/generator'
import {
  type ParsedDocument,
  readGfm,
  readLearnHtml,
  readLearnText,
  SourceError,
  textSimilarity,
} from '@mfa-residency/parser'
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
    if (doc.format === 'gfm') return readGfm(bytes, { file: doc.path }).title
    if (doc.format === 'learn-html')
      return readLearnHtml(bytes, { file: doc.path, locale: doc.locale }).title
    return readLearnText(bytes, { file: doc.path, locale: doc.locale }).title
  } catch {
    return null
  }
}

/** Markdown stays markdown; a Learn page arrives as HTML and is kept as HTML (`learn-html`). */
function parse(
  text: string,
  doc: ManifestDoc,
): { document: ParsedDocument; format: ManifestDoc['format']; path: string } {
  if (doc.format === 'gfm')
    return { document: readGfm(text, { file: doc.path }), format: 'gfm', path: doc.path }
  const htmlPath = doc.path.replace(/\.[^./]+$/, '.html')
  return {
    document: readLearnHtml(text, { file: htmlPath, locale: doc.locale }),
    format: 'learn-html',
    path: htmlPath,
  }
}

/**
 * Fetch the upstream article of each locale (all, or `locales`), check that each parses and carries
 * the expected title, and only then write them, each atomically, with the manifest updated when a
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
 * Replace the documents and the manifest together: every text goes to a temporary file first, then
 * all are renamed into place; if any step fails, what was replaced is put back. Files a document no
 * longer uses (a .txt that became .html) are deleted only after everything else succeeded.
 */
async function commit(
  root: string,
  manifest: Manifest,
  staged: { doc: ManifestDoc; text: string; format: ManifestDoc['format']; path: string }[],
): Promise<PulledDoc[]> {
  const pulled: PulledDoc[] = []
  const writes: { target: string; text: string }[] = []
  const obsolete: string[] = []
  const docs = manifest.docs.map((doc) => {
    const entry = staged.find((item) => item.doc === doc)
    if (!entry) return doc
    writes.push({ target: path.join(root, entry.path), text: entry.text })
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
    writes.push({ target: manifestPath, text: `${JSON.stringify(raw, null, 2)}\n` })
  }

  // Bytes, not text: what is put back on failure must be exactly what was there.
  const before = await Promise.all(writes.map(({ target }) => readFile(target).catch(() => null)))
  const changed = writes.filter((write, index) => !before[index]?.equals(Buffer.from(write.text)))
  const temps: string[] = []
  const replaced: { target: string; old: Buffer | null }[] = []
  try {
    for (const { target, text } of changed) {
      const temp = `${target}.pull-${process.pid}.tmp`
      await writeFile(temp, text)
      temps.push(temp)
    }
    for (const [index, { target }] of changed.entries()) {
      await rename(temps[index]!, target)
      replaced.push({ target, old: before[writes.indexOf(changed[index]!)] ?? null })
    }
  } catch (error) {
    for (const { target, old } of replaced.reverse()) {
      if (old === null) await rm(target, { force: true })
      else await writeFileAtomic(target, old)
    }
    await Promise.all(temps.map((temp) => rm(temp, { force: true })))
    throw new PullError(
      `could not write docs-source/ (${(error as Error).message}); what was replaced is restored`,
    )
  }
  await Promise.all(obsolete.map((file) => rm(file, { force: true })))
  for (const entry of staged) {
    const index = writes.findIndex((write) => write.target === path.join(root, entry.path))
    pulled.push({
      locale: entry.doc.locale,
      url: entry.doc.upstreamUrl,
      path: entry.path,
      changed: changed.includes(writes[index]!),
    })
  }
  return pulled
}
