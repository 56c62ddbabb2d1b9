import { type Dirent, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import type { DocumentFormat, Locale } from '@mfa-residency/parser'
import type { SourceDoc } from '@mfa-residency/repository'

/** One article of a corpus: its id and its document in each locale, source locale first. */
export interface Article {
  id: string
  docs: SourceDoc[]
}

/** The file extensions the readers take, and the format each one means. */
export const formatByExtension: Readonly<Record<string, DocumentFormat>> = {
  '.md': 'gfm',
  '.txt': 'learn-text',
  '.html': 'learn-html',
}

// Learn locale folders: `en`, `sv`, `sv-se`, `zh-hans`, `pt-br`…
const localePattern = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/
// Article ids become file names: Learn's own lower-case file names.
const articlePattern = /^[a-z0-9][a-z0-9_.-]*$/

export class CorpusLayoutError extends Error {
  override name = 'CorpusLayoutError'
}

/**
 * Find every article under `docsDir`, laid out as `<locale>/<article>.<ext>`. Paths in the result
 * are relative to `rootDir` (the folder the dataset's source paths are written from). Anything
 * that does not fit the layout is an error rather than silently skipped; dot-files and files at
 * the top (README.md, manifest.json) are not documents.
 */
export async function discoverArticles(
  docsDir: string,
  rootDir: string,
  sourceLocale: Locale,
): Promise<Article[]> {
  const problems: string[] = []
  const byArticle = new Map<string, SourceDoc[]>()
  const shown = (...parts: string[]) => toPosix(path.relative(rootDir, path.join(...parts)))
  let layout: Layout
  try {
    layout = readLayout(docsDir)
  } catch (error) {
    if (error instanceof CorpusLayoutError) throw error
    const { code } = error as NodeJS.ErrnoException
    throw new CorpusLayoutError(`${docsDir}: cannot read the docs folder (${code})`)
  }
  for (const { name: locale, files, problem } of layout) {
    if (files === null) {
      problems.push(
        `${shown(docsDir, locale)}: ${problem ?? 'expected a locale folder such as en or sv-se'}`,
      )
      continue
    }
    for (const file of files) {
      const where = shown(docsDir, locale, file.name)
      const document = documentOf(file)
      if ('problem' in document) {
        problems.push(`${where}: ${document.problem}`)
        continue
      }
      const { id, format } = document
      const docs = byArticle.get(id) ?? []
      if (docs.some((doc) => doc.locale === locale)) {
        problems.push(`${where}: a second ${locale} document for the article "${id}"`)
      } else {
        docs.push({ locale, format, path: where })
        byArticle.set(id, docs)
      }
    }
  }
  const articles: Article[] = []
  for (const [id, docs] of [...byArticle].sort(([a], [b]) => compare(a, b))) {
    const source = docs.find((doc) => doc.locale === sourceLocale)
    if (!source) {
      problems.push(
        `${docs[0]!.path}: no ${sourceLocale} document for the article "${id}" (expected ${shown(docsDir, sourceLocale, id)}.md)`,
      )
      continue
    }
    const translations = docs.filter((doc) => doc !== source)
    articles.push({
      id,
      docs: [source, ...translations.sort((a, b) => compare(a.locale, b.locale))],
    })
  }
  if (problems.length > 0) throw new CorpusLayoutError(problems.join('\n'))
  if (articles.length === 0) {
    throw new CorpusLayoutError(
      `${shown(docsDir)}: no articles (expected ${sourceLocale}/<article>.md and translations)`,
    )
  }
  return articles
}

/**
 * The longest article name: its output file, `articles/<name>.<8 hex digits>.json`, must fit the
 * 255 bytes most file systems allow a name (names are ASCII, so bytes are characters).
 */
export const maxArticleName = 255 - '.12345678.json'.length

/** A locale folder's entry as a document, or why it is not one. */
function documentOf(file: Entry): { id: string; format: DocumentFormat } | { problem: string } {
  if (file.problem !== null) return { problem: file.problem }
  const extension = path.extname(file.name)
  const format = formatByExtension[extension]
  const id = path.basename(file.name, extension)
  if (file.kind !== 'file' || format === undefined) {
    return { problem: 'expected a document named <article>.md, .txt or .html' }
  }
  if (!articlePattern.test(id)) {
    return { problem: 'expected a lower-case article name (letters, digits, - _ .)' }
  }
  if (id.length > maxArticleName) {
    return {
      problem: `the article name is ${id.length} characters long, at most ${maxArticleName}: its output file articles/<name>.<hash>.json must fit a 255-byte file name`,
    }
  }
  return { id, format }
}

/**
 * Documents under `docsDir` that fit the layout but are not in `listed` (paths relative to
 * `rootDir`): what the single-article dataset leaves out, so the command can say so.
 */
export function unlistedDocuments(
  docsDir: string,
  rootDir: string,
  listed: ReadonlySet<string>,
): string[] {
  const found: string[] = []
  let layout: Layout = []
  try {
    layout = readLayout(docsDir)
  } catch {
    // No docs folder to list, or one that cannot be read: nothing unlisted to name.
  }
  for (const { name: locale, files } of layout) {
    for (const entry of files ?? []) {
      const file = toPosix(path.relative(rootDir, path.join(docsDir, locale, entry.name)))
      if ('id' in documentOf(entry) && !listed.has(file)) found.push(file)
    }
  }
  return found.sort(compare)
}

/** What an entry of the docs folder is, symbolic links followed: `problem` when it cannot be used. */
interface Entry {
  name: string
  kind: 'file' | 'folder' | 'other'
  problem: string | null
}

/** The folders of a docs folder, by name, each locale folder with its entries (`null` otherwise). */
type Layout = { name: string; files: Entry[] | null; problem: string | null }[]

/**
 * The one walk over `<docs>/<locale>/<file>` that discovering articles and naming unlisted
 * documents share. Dot-files and files at the top (README.md, manifest.json) are not documents,
 * nor is `history/`, where docs:history keeps the earlier versions of docs-source's documents.
 * A symbolic link is followed when what it points to is inside the docs folder, and refused
 * otherwise: never skipped, so a linked translation cannot go missing without a word. Synchronous:
 * a folder listing is quick, and a one-article run then waits on no thread pool.
 */
function readLayout(docsDir: string): Layout {
  const inside = insideOf(realpathSync(docsDir))
  const layout: Layout = []
  for (const entry of readEntries(docsDir, inside)) {
    if (entry.kind !== 'folder' && entry.problem === null) continue
    if (entry.name === 'history' && entry.kind === 'folder') continue
    const locale = path.join(docsDir, entry.name)
    if (entry.problem !== null || !localePattern.test(entry.name)) {
      layout.push({ name: entry.name, files: null, problem: entry.problem })
      continue
    }
    layout.push({ name: entry.name, files: readEntries(locale, inside), problem: null })
  }
  return layout
}

/** The entries of `folder` but dot-files, sorted, each classified with links followed. */
function readEntries(folder: string, inside: (file: string) => boolean): Entry[] {
  let entries: Dirent[]
  try {
    entries = readdirSync(folder, { withFileTypes: true })
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException
    throw new CorpusLayoutError(`${folder}: cannot read the folder (${code})`)
  }
  const kept = entries.filter((entry) => !entry.name.startsWith('.')).sort(byName)
  return kept.map((entry): Entry => {
    const { name } = entry
    if (!entry.isSymbolicLink()) return { name, kind: kindOf(entry), problem: null }
    const link = path.join(folder, name)
    const target = orNull(() => realpathSync(link))
    if (target === null) {
      const to = orNull(() => readlinkSync(link)) ?? '?'
      return { name, kind: 'other', problem: `a symbolic link to ${to}, which does not exist` }
    }
    if (!inside(target)) {
      const problem = `a symbolic link to ${target}, outside the docs folder: links are followed only within it`
      return { name, kind: 'other', problem }
    }
    return { name, kind: kindOf(statSync(target)), problem: null }
  })
}

/** What `read` returns, or `null` when it throws. */
function orNull<T>(read: () => T): T | null {
  try {
    return read()
  } catch {
    return null
  }
}

/** Whether a resolved path is `root` or inside it. */
function insideOf(root: string): (file: string) => boolean {
  return (file) => file === root || file.startsWith(`${root}${path.sep}`)
}

function kindOf(entry: { isFile(): boolean; isDirectory(): boolean }): Entry['kind'] {
  return entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : 'other'
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function byName(a: { name: string }, b: { name: string }): number {
  return compare(a.name, b.name)
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}
