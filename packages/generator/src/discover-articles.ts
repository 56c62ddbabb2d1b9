import type { Dirent } from 'node:fs'
import { readdir } from 'node:fs/promises'
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
  const layout = await readLayout(docsDir).catch((error: NodeJS.ErrnoException) => {
    throw new CorpusLayoutError(`${docsDir}: cannot read the docs folder (${error.code})`)
  })
  for (const { name: locale, files } of layout) {
    if (files === null) {
      problems.push(`${shown(docsDir, locale)}: expected a locale folder such as en or sv-se`)
      continue
    }
    for (const file of files) {
      const where = shown(docsDir, locale, file.name)
      const extension = path.extname(file.name)
      const format = formatByExtension[extension]
      const id = path.basename(file.name, extension)
      if (!file.isFile() || format === undefined) {
        problems.push(`${where}: expected a document named <article>.md, .txt or .html`)
      } else if (!articlePattern.test(id)) {
        problems.push(`${where}: expected a lower-case article name (letters, digits, - _ .)`)
      } else {
        const docs = byArticle.get(id) ?? []
        if (docs.some((doc) => doc.locale === locale)) {
          problems.push(`${where}: a second ${locale} document for the article "${id}"`)
        } else {
          docs.push({ locale, format, path: where })
          byArticle.set(id, docs)
        }
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
 * Documents under `docsDir` that fit the layout but are not in `listed` (paths relative to
 * `rootDir`): what the single-article dataset leaves out, so the command can say so.
 */
export async function unlistedDocuments(
  docsDir: string,
  rootDir: string,
  listed: ReadonlySet<string>,
): Promise<string[]> {
  const found: string[] = []
  const layout = await readLayout(docsDir).catch(() => [])
  for (const { name: locale, files } of layout) {
    for (const { name } of files ?? []) {
      const file = toPosix(path.relative(rootDir, path.join(docsDir, locale, name)))
      if (path.extname(name) in formatByExtension && !listed.has(file)) found.push(file)
    }
  }
  return found.sort(compare)
}

/** The folders of a docs folder, by name, each locale folder with its entries (`null` otherwise). */
type Layout = { name: string; files: Dirent[] | null }[]

/**
 * The one walk over `<docs>/<locale>/<file>` that discovering articles and naming unlisted
 * documents share. Dot-files and files at the top (README.md, manifest.json) are not documents.
 */
async function readLayout(docsDir: string): Promise<Layout> {
  const layout: Layout = []
  for (const entry of (await readdir(docsDir, { withFileTypes: true })).sort(byName)) {
    if (entry.name.startsWith('.') || !entry.isDirectory()) continue
    if (!localePattern.test(entry.name)) {
      layout.push({ name: entry.name, files: null })
      continue
    }
    const files = await readdir(path.join(docsDir, entry.name), { withFileTypes: true })
    layout.push({
      name: entry.name,
      files: files.filter((file) => !file.name.startsWith('.')).sort(byName),
    })
  }
  return layout
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
