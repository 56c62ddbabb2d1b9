import { readFileSync } from 'node:fs'
import path from 'node:path'
import { findUp } from './find-up.js'
import { parseJsonFile } from './parse-json.js'

// The manifest's own vocabulary: the names it accepts in `format`. The parser reads each of them;
// the generator's API test checks at type level that the two lists are the same.
const formats = ['gfm', 'learn-text', 'learn-html'] as const

/** How a source file is written, as the manifest names it. */
export type SourceFormat = (typeof formats)[number]

/** One source file: its locale, how it is written, and where it is. */
export interface SourceDoc {
  locale: string
  format: SourceFormat
  /** Relative to the repository (or corpus) root, with `/` separators. */
  path: string
}

/** One entry of `docs-source/manifest.json`. */
export interface ManifestDoc extends SourceDoc {
  upstreamUrl: string
  pageUrl: string
}

export interface Manifest {
  sourceLocale: string
  docs: ManifestDoc[]
  /** The curated vocabulary the dataset links to, relative to the root, when there is one. */
  vocabulary?: string
  /** The folder of each locale's upstream versions (`<locale>/versions.json`), when there is one. */
  history?: string
}

export const MANIFEST_PATH = 'docs-source/manifest.json'

/** Throws a manifest's problem, named by the file it is in. */
type Fail = (message: string) => never

function failIn(file: string): Fail {
  return (message) => {
    throw new Error(`${file}: ${message}`)
  }
}

/**
 * Check a manifest's text: every doc has a known format, and the source locale is among them.
 * Errors name `file`: the manifest of a corpus folder is not `docs-source/manifest.json`.
 */
export function parseManifest(text: string, file: string = MANIFEST_PATH): Manifest {
  // Annotated, so that TypeScript narrows after each call as it does after `throw`.
  const fail: Fail = failIn(file)
  const field = (doc: object, name: string, index: number): string => {
    const value = (doc as Record<string, unknown>)[name]
    if (typeof value !== 'string' || value === '')
      fail(`docs[${index}].${name}: expected a non-empty string`)
    return value
  }
  const raw = parseJsonFile(text, file)
  if (typeof raw !== 'object' || raw === null) fail('expected an object with sourceLocale and docs')
  const manifest = raw as {
    sourceLocale?: unknown
    docs?: unknown
    vocabulary?: unknown
    history?: unknown
  }
  if (typeof manifest.sourceLocale !== 'string')
    fail('sourceLocale: expected a locale such as "en"')
  if (!Array.isArray(manifest.docs) || manifest.docs.length === 0)
    fail('docs: expected a non-empty array')
  const docs = manifest.docs.map((entry: unknown, index: number): ManifestDoc => {
    if (typeof entry !== 'object' || entry === null) fail(`docs[${index}]: expected an object`)
    const format = field(entry, 'format', index)
    if (!(formats as readonly string[]).includes(format))
      fail(`docs[${index}].format: expected one of ${formats.join(', ')}`)
    return {
      locale: field(entry, 'locale', index),
      format: format as SourceFormat,
      path: field(entry, 'path', index),
      upstreamUrl: field(entry, 'upstreamUrl', index),
      pageUrl: field(entry, 'pageUrl', index),
    }
  })
  const sourceLocale = manifest.sourceLocale
  if (!docs.some((doc) => doc.locale === sourceLocale))
    fail(`no doc for the source locale "${sourceLocale}"`)
  const seen = new Set<string>()
  for (const doc of docs) {
    if (seen.has(doc.locale)) fail(`locale "${doc.locale}" is listed twice`)
    seen.add(doc.locale)
  }
  return {
    sourceLocale,
    docs,
    ...optionalPath(
      manifest.vocabulary,
      'vocabulary',
      'the vocabulary file, such as "docs-source/vocabulary.yaml"',
      fail,
    ),
    ...optionalPath(
      manifest.history,
      'history',
      'the versions folder, such as "docs-source/history"',
      fail,
    ),
  }
}

/** An optional path field: absent, or a non-empty string. */
function optionalPath<Name extends 'vocabulary' | 'history'>(
  value: unknown,
  name: Name,
  what: string,
  fail: Fail,
): { [key in Name]?: string } {
  if (value === undefined) return {}
  if (typeof value !== 'string' || value === '') fail(`${name}: expected the path of ${what}`)
  return { [name]: value } as { [key in Name]?: string }
}

/**
 * Read and check `docs-source/manifest.json` under `root`. Synchronous, as a small file's read is:
 * a one-article run then never loads `node:fs/promises` nor waits on the thread pool.
 */
export function readManifest(root: string): Manifest {
  let text: string
  try {
    text = readFileSync(path.join(root, MANIFEST_PATH), 'utf8')
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    const fail: Fail = failIn(MANIFEST_PATH)
    fail(`cannot read (${code ?? message})`)
  }
  return parseManifest(text)
}

/**
 * The nearest folder at or above `from` that holds the manifest, or `null`; `passed` hears each
 * manifest path looked for and not found on the way (see `findUp`).
 */
export function findRepositoryRoot(
  from: string,
  passed?: (candidate: string) => void,
): string | null {
  const manifest = findUp(from, MANIFEST_PATH, passed)
  return manifest && path.dirname(path.dirname(manifest))
}
