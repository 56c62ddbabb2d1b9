import { readFileSync } from 'node:fs'
import path from 'node:path'
import { type Manifest, parseManifest } from '@mfa-residency/repository'
import { usage } from './command-flags.js'
import { generateCorpus } from './generate-corpus.js'
import { printErrorLine, printLine } from './print.js'
import { vocabularyOf } from './vocabulary/read-vocabulary.js'
import { parseVocabularyCached } from './vocabulary/vocabulary-cache.js'

// Corpus mode (`--docs` and `--out-dir`), imported by cli.ts only when asked for: a one-article run
// loads none of the worker pool, the extraction cache or `node:fs/promises`.

/** Generate the corpus under `--docs` into `--out-dir`, and say what changed. */
export async function corpusMain(values: {
  docs?: string | undefined
  'out-dir'?: string | undefined
  jobs?: string | undefined
  'source-locale'?: string | undefined
  'cache-dir'?: string | undefined
  'no-cache'?: boolean | undefined
  check?: boolean | undefined
}): Promise<number> {
  if (values.docs === undefined || values['out-dir'] === undefined) {
    printErrorLine(`error: corpus mode needs both --docs and --out-dir\n\n${usage}`)
    return 2
  }
  const jobs = values.jobs === undefined ? 'auto' : Number(values.jobs)
  if (jobs !== 'auto' && (!Number.isInteger(jobs) || jobs < 1)) {
    printErrorLine(`error: --jobs: expected a whole number of at least 1, got "${values.jobs}"`)
    return 2
  }
  const docsDir = path.resolve(values.docs)
  const manifest = docsManifest(docsDir)
  const sourceLocale = values['source-locale'] ?? manifest?.sourceLocale ?? 'en'
  // Paths in a manifest are relative to the folder above docs-source/, as the corpus's rootDir.
  const vocabulary = manifest
    ? vocabularyOf(path.dirname(docsDir), manifest, parseVocabularyCached)
    : null
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
      printLine(`${outDir} is up to date (${counted})`)
      return 0
    }
    printErrorLine(`${outDir} is stale (${counted}); these files would change:`)
    for (const line of listed(stale)) printErrorLine(`  ${line}`)
    return 1
  }
  printLine(`${outDir}: ${stale.length === 0 ? 'unchanged' : 'written'} (${counted})`)
  for (const line of listed(stale)) printLine(`  ${line}`)
  return 0
}

/** The first files by name, then a count: a cold run over a corpus changes every file. */
function listed(files: string[], limit = 20): string[] {
  if (files.length <= limit) return files
  return [...files.slice(0, limit), `… and ${files.length - limit} more`]
}

/**
 * The manifest of the corpus folder `docsDir`, if it has one: a corpus needs none, but one that
 * cannot be read or is broken is an error. Named as the corpus names its documents, from the
 * folder above (`docs-source/manifest.json`).
 */
function docsManifest(docsDir: string): Manifest | null {
  const shown = `${path.basename(docsDir)}/manifest.json`
  let text: string
  try {
    text = readFileSync(path.join(docsDir, 'manifest.json'), 'utf8')
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    if (code === 'ENOENT') return null
    throw new Error(`${shown}: cannot read (${code ?? message})`)
  }
  return parseManifest(text, shown)
}
