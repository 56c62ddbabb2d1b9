import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Term } from '@mfa-residency/dataset'
import { foldCase, matchesAsWritten, normalizeName } from '@mfa-residency/dataset/terms'
import { SourceError, type SourceIssue } from '@mfa-residency/parser'
import type { Manifest } from '@mfa-residency/repository'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml'
import { precompiledValidator, runtimeAjv } from '../precompiled-validator.js'

/** The curated vocabulary: its terms, and the file they came from (for messages). */
export interface Vocabulary {
  file: string
  terms: Term[]
}

const schemaFile = (name: string) =>
  fileURLToPath(import.meta.resolve(`@mfa-residency/dataset/${name}`))

/** How the vocabulary schema is compiled, at build time (scripts/compile-validator.mjs) or here. */
export const vocabularyAjvOptions = { allErrors: true, strict: true }

let validate: ValidateFunction | undefined

function validator(): ValidateFunction {
  validate ??= precompiledValidator('vocabulary-validator') ?? compileValidator()
  return validate
}

function compileValidator(): ValidateFunction {
  const ajv = runtimeAjv(vocabularyAjvOptions)
  ajv.addSchema(JSON.parse(readFileSync(schemaFile('dataset.schema.json'), 'utf8')))
  return ajv.compile(JSON.parse(readFileSync(schemaFile('vocabulary.schema.json'), 'utf8')))
}

/**
 * Read `docs-source/vocabulary.yaml` (its text, with `file` for messages): valid YAML, valid against
 * `vocabulary.schema.json`, and one meaning per name. Every problem is reported at once, each at
 * its line; throws `SourceError`.
 */
export function parseVocabulary(text: string, file: string): Vocabulary {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: false })
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? 0 : lineCounter.linePos(offset).line
  if (document.errors.length > 0) {
    throw new SourceError(
      document.errors.map((error) => ({
        file,
        line: lineOf(error.pos[0]),
        message: `not valid YAML: ${error.message.split('\n')[0]}`,
      })),
    )
  }
  const value = document.toJS() as unknown
  const at = (path: string) => lineOf(nodeAt(document.contents, path)?.range?.[0])
  const check = validator()
  if (!check(value)) {
    throw new SourceError((check.errors ?? []).map((error) => schemaIssue(error, file, at)))
  }
  const { terms } = value as { terms: Term[] }
  const issues = meaningIssues(terms, file, (index) => at(`/terms/${index}`))
  if (issues.length > 0) throw new SourceError(issues)
  return { file, terms: [...terms].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) }
}

function schemaIssue(error: ErrorObject, file: string, at: (path: string) => number): SourceIssue {
  const where = error.instancePath || '/'
  const allowed = error.params.allowedValues as unknown[] | undefined
  const detail = allowed ? ` (${allowed.join(', ')})` : ''
  return { file, line: at(error.instancePath), message: `${where} ${error.message}${detail}` }
}

/** The YAML node at a JSON pointer, or the nearest one above it that exists. */
function nodeAt(root: unknown, pointer: string): Node | undefined {
  let node = root as Node | undefined
  for (const key of pointer.split('/').slice(1)) {
    const next: unknown = isMap(node)
      ? node.get(key, true)
      : isSeq(node)
        ? node.get(Number(key), true)
        : undefined
    if (next === undefined) break
    node = next as Node
  }
  return node
}

/**
 * What the schema cannot say: an id starts with its kind, `includes` names terms that exist, and no
 * name stands for two terms in one locale, since a value must map to exactly one thing.
 */
function meaningIssues(terms: Term[], file: string, lineOf: (index: number) => number) {
  const issues: SourceIssue[] = []
  const ids = new Map<string, number>()
  const owners = new Map<string, string>()
  terms.forEach((term, index) => {
    const fail = (message: string) => issues.push({ file, line: lineOf(index), message })
    if (!term.id.startsWith(`${term.kind}/`))
      fail(`${term.id}: the id must start with its kind, "${term.kind}/"`)
    if (ids.has(term.id)) fail(`${term.id}: listed twice`)
    ids.set(term.id, index)
    for (const [locale, name] of namesOf(term)) {
      // Folded even when the name matches as written: "US" in a text is also what "us" matches.
      const key = `${locale}\u0000${foldCase(normalizeName(name))}`
      const owner = owners.get(key)
      if (owner !== undefined && owner !== term.id)
        fail(`${term.id}: the ${locale} name "${name}" already stands for ${owner}`)
      owners.set(key, term.id)
    }
  })
  terms.forEach((term, index) => {
    for (const part of term.includes ?? [])
      if (!ids.has(part))
        issues.push({ file, line: lineOf(index), message: `${term.id}: includes unknown ${part}` })
  })
  return issues
}

/** Every name of a term, with its locale: label, aliases and value aliases. */
export function namesOf(term: Term): [locale: string, name: string][] {
  const names: [string, string][] = Object.entries(term.label).map(([locale, name]) => [
    locale,
    name,
  ])
  for (const group of [term.aliases, term.valueAliases])
    for (const [locale, list] of Object.entries(group ?? {}))
      for (const name of list ?? []) names.push([locale, name])
  return names
}

/** The form a name is compared in. */
export function nameKey(name: string): string {
  return comparedName(name).text
}

/** A name as the matcher compares it, and whether that is as written rather than case-folded. */
export function comparedName(name: string): { text: string; asWritten: boolean } {
  const normalized = normalizeName(name)
  const asWritten = matchesAsWritten(normalized)
  return { text: asWritten ? normalized : foldCase(normalized), asWritten }
}

/** Read the vocabulary file at `path` (absolute), naming it `file` in messages, with `parse`. */
export function readVocabulary(path: string, file: string, parse = parseVocabulary): Vocabulary {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new SourceError([
      { file, line: 0, message: `cannot read (${(error as NodeJS.ErrnoException).code})` },
    ])
  }
  return parse(text, file)
}

/** The vocabulary the manifest under `root` names, or `null` when it names none. */
export function vocabularyOf(
  root: string,
  manifest: Pick<Manifest, 'vocabulary'>,
  parse = parseVocabulary,
): Vocabulary | null {
  const file = manifest.vocabulary
  return file === undefined ? null : readVocabulary(path.join(root, file), file, parse)
}
