#!/usr/bin/env node
import { realpathSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ParseArgsConfig } from 'node:util'
import { summarizeChanges } from '@mfa-residency/compare'
import type { Dataset } from '@mfa-residency/dataset'
import { SourceError } from '@mfa-residency/parser'
import {
  findRepositoryRoot,
  MANIFEST_PATH,
  type Manifest,
  parseCommandLine,
  parseManifest,
  readManifest,
  replaceFiles,
} from '@mfa-residency/repository'
import {
  extractDataset,
  readSourceFiles,
  type SourceFile,
  serializeDataset,
} from './build-dataset.js'
import { controlCharacterWarning, findControlCharacters } from './control-characters.js'
import { CorpusLayoutError, unlistedDocuments } from './discover-articles.js'
import { CorpusError, generateCorpus } from './generate-corpus.js'
import { idTypesModule } from './id-types.js'
import { describe, previousDataset } from './previous-output.js'
import { vocabularyOf } from './vocabulary/read-vocabulary.js'
import { reportTermIssues } from './vocabulary/report-term-issues.js'

const usage = `Usage: mfa-residency-generate [--check] [--root <dir>] [--out <file>] [--translation-base <locale>=<file>]
       mfa-residency-generate --docs <dir> --out-dir <dir> [--check] [--jobs <n>] [--no-cache]

Regenerate the dataset from docs-source/ and report what changed.

  --check            write nothing; exit 1 when the output is stale
  --root <dir>       repository root (default: the nearest folder above with ${MANIFEST_PATH})
  --out <file>       where the dataset goes (default: @mfa-residency/dataset's data/dataset.json)
  --translation-base <locale>=<file>
                     the English version that locale's document translates (repeatable); by
                     default an unchanged translation keeps the base it had in the current output
  --help             show this help

Corpus mode: every article under a folder laid out as <locale>/<article>.md|.txt|.html, written as
<out-dir>/articles/<article>.<hash>.json (the dataset's v1 shape, any locales) plus <out-dir>/index.json.

  --docs <dir>       the folder of locale folders (its manifest.json, if any, names the source locale)
  --out-dir <dir>    where the corpus dataset goes
  --jobs <n>         worker threads (default: the number of CPUs)
  --source-locale <locale>  the locale translations are aligned to (default: en)
  --cache-dir <dir>  the extraction cache (default: node_modules/.cache/mfa-residency)
  --no-cache         parse every article, and keep no cache`

const flags = {
  check: { type: 'boolean' },
  root: { type: 'string' },
  out: { type: 'string' },
  docs: { type: 'string' },
  'out-dir': { type: 'string' },
  jobs: { type: 'string' },
  'source-locale': { type: 'string' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
  'translation-base': { type: 'string', multiple: true },
} satisfies NonNullable<ParseArgsConfig['options']>

type Values = Extract<
  ReturnType<typeof parseCommandLine<typeof flags>>,
  { values: unknown }
>['values']

/** Parse the command line and run the mode it asks for; returns the exit code. */
async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv, flags, usage)
  if ('exit' in parsed) return parsed.exit
  const { values } = parsed
  if (values.docs !== undefined || values['out-dir'] !== undefined) return corpusMain(values)
  const corpusOnly = (['jobs', 'source-locale', 'cache-dir', 'no-cache'] as const).filter(
    (name) => values[name] !== undefined,
  )
  if (corpusOnly.length > 0) {
    console.error(
      `error: --${corpusOnly[0]} is for corpus mode: pass --docs and --out-dir\n\n${usage}`,
    )
    return 2
  }
  return datasetMain(values)
}

/** Regenerate the repository's dataset from docs-source/ (or check it), and say what changed. */
async function datasetMain(values: Values): Promise<number> {
  const root = values.root ? path.resolve(values.root) : findRepositoryRoot(process.cwd())
  if (root === null) {
    console.error(`error: no ${MANIFEST_PATH} in this folder or above; pass --root`)
    return 2
  }
  // Resolve the folder, not the file: the dataset may not exist yet.
  const packaged = fileURLToPath(import.meta.resolve('@mfa-residency/dataset/dataset.json'))
  const out = values.out
    ? path.resolve(values.out)
    : path.join(realpathSync(path.dirname(packaged)), path.basename(packaged))
  // Name the output from the repository root: turbo runs this inside packages/generator.
  const relative = path.relative(root, out)
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? out : relative

  const manifest = await readManifest(root)
  const translationBases = await readTranslationBases(values['translation-base'] ?? [], manifest)
  if (typeof translationBases === 'string') {
    console.error(`error: --translation-base: ${translationBases}\n\n${usage}`)
    return 2
  }
  const current = await readFile(out, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw new Error(`cannot read ${shown}: ${error.message}`)
  })
  const memory = current === null ? { dataset: null, note: null } : previousDataset(current, shown)
  const previous = memory.dataset
  const vocabulary = vocabularyOf(root, manifest)
  const { dataset, termIssues } = extractDataset(manifest, await readSourceFiles(root, manifest), {
    memory: previous,
    translationBases,
    vocabulary,
  })
  const unmapped = reportTermIssues(termIssues, manifest.vocabulary)
  for (const found of findControlCharacters(dataset, manifest.vocabulary ?? null))
    console.error(controlCharacterWarning(found))
  const unlisted = await unlistedDocuments(
    path.join(root, 'docs-source'),
    root,
    new Set(manifest.docs.map((doc) => doc.path)),
  )
  if (unlisted.length > 0) {
    console.error(
      `note: not in ${MANIFEST_PATH}, so not in the dataset (\`pnpm generate:corpus --docs docs-source\` reads every article): ${unlisted.join(', ')}`,
    )
  }
  const text = serializeDataset(dataset)
  const changes = current === text ? [] : summarizeChanges(previous, dataset)
  const idTypes = values.out ? null : idTypesBeside(out, dataset)
  const idTypesCurrent =
    !idTypes || (await readFile(idTypes.file, 'utf8').catch(() => 0)) === idTypes.data

  if (values.check) {
    if (unmapped > 0) {
      console.error(`${unmapped} unmapped: add a term or an alias to ${manifest.vocabulary}`)
      return 1
    }
    if (current === text && idTypesCurrent) {
      console.log(`${shown} is up to date with docs-source/`)
      return 0
    }
    console.error(`${shown} is stale: run \`pnpm generate\` and commit the result`)
    for (const line of changes) console.error(`  ${line}`)
    return 1
  }
  if (current === text && idTypesCurrent) {
    console.log(`${shown}: unchanged (${describe(dataset)})`)
    return 0
  }
  if (memory.note) console.error(memory.note)
  await replaceFiles([{ file: out, data: text }, ...(idTypes ? [idTypes] : [])])
  console.log(`${shown}: written (${describe(dataset)})`)
  for (const line of changes) console.log(`  ${line}`)
  return 0
}

/** The id types live in the dataset package's source, beside data/; a dataset written elsewhere has none. */
function idTypesBeside(out: string, dataset: Dataset) {
  return {
    file: path.join(path.dirname(out), '..', 'src', 'ids.generated.ts'),
    data: idTypesModule(dataset),
  }
}

async function corpusMain(values: {
  docs?: string | undefined
  'out-dir'?: string | undefined
  jobs?: string | undefined
  'source-locale'?: string | undefined
  'cache-dir'?: string | undefined
  'no-cache'?: boolean | undefined
  check?: boolean | undefined
}): Promise<number> {
  if (values.docs === undefined || values['out-dir'] === undefined) {
    console.error(`error: corpus mode needs both --docs and --out-dir\n\n${usage}`)
    return 2
  }
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 1) {
    console.error(`error: --jobs: expected a whole number of at least 1, got "${values.jobs}"`)
    return 2
  }
  const docsDir = path.resolve(values.docs)
  const manifest = await docsManifest(path.join(docsDir, 'manifest.json'))
  const sourceLocale = values['source-locale'] ?? manifest?.sourceLocale ?? 'en'
  // Paths in a manifest are relative to the folder above docs-source/, as the corpus's rootDir.
  const vocabulary = manifest ? vocabularyOf(path.dirname(docsDir), manifest) : null
  const outDir = values['out-dir']
  const started = performance.now()
  const result = await generateCorpus({
    docsDir,
    outDir,
    sourceLocale,
    jobs,
    ...(values['no-cache'] ? { cacheDir: null } : {}),
    ...(values['cache-dir'] ? { cacheDir: path.resolve(values['cache-dir']) } : {}),
    check: values.check === true,
    vocabulary,
  })
  const { articles } = result.index
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  const counted = `${articles.length} ${articles.length === 1 ? 'article' : 'articles'}, ${result.extracted} parsed, ${articles.length - result.extracted} unchanged since the last run, ${seconds} s`
  const stale = [...result.changed, ...result.removed.map((file) => `${file} (removed)`)]
  if (values.check) {
    if (stale.length === 0) {
      console.log(`${outDir} is up to date (${counted})`)
      return 0
    }
    console.error(`${outDir} is stale (${counted}); these files would change:`)
    for (const line of listed(stale)) console.error(`  ${line}`)
    return 1
  }
  console.log(`${outDir}: ${stale.length === 0 ? 'unchanged' : 'written'} (${counted})`)
  for (const line of listed(stale)) console.log(`  ${line}`)
  return 0
}

/** The first files by name, then a count: a cold run over a corpus changes every file. */
function listed(files: string[], limit = 20): string[] {
  if (files.length <= limit) return files
  return [...files.slice(0, limit), `… and ${files.length - limit} more`]
}

/** `<locale>=<file>` pairs as source files of the source locale's format, or what is wrong. */
async function readTranslationBases(
  pairs: readonly string[],
  manifest: Manifest,
): Promise<Map<string, SourceFile> | string> {
  const bases = new Map<string, SourceFile>()
  const source = manifest.docs.find((doc) => doc.locale === manifest.sourceLocale)!
  for (const pair of pairs) {
    const match = /^([a-z]{2,3}(?:-[a-z0-9]+)*)=(.+)$/i.exec(pair)
    if (!match) return `expected <locale>=<file>, got "${pair}"`
    const [, locale, file] = match as unknown as [string, string, string]
    if (!manifest.docs.some((doc) => doc.locale === locale && locale !== manifest.sourceLocale))
      return `"${locale}" is not a translation listed in ${MANIFEST_PATH}`
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new Error(`cannot read the translation base ${file} (${error.code})`)
    })
    bases.set(locale, { doc: { ...source, path: file }, bytes })
  }
  return bases
}

async function docsManifest(file: string): Promise<Manifest | null> {
  const text = await readFile(file, 'utf8').catch(() => null)
  return text === null ? null : parseManifest(text)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof CorpusError || error instanceof CorpusLayoutError) {
      console.error(`error: bad input, nothing was written\n${error.message}`)
    } else if (error instanceof SourceError) {
      console.error(`error: bad input, nothing was written\n${error.message}`)
    } else {
      console.error(`error: ${(error as Error).message}`)
    }
    process.exitCode = 1
  },
)
