import { readFileSync } from 'node:fs'
import path from 'node:path'
import { summarizeChanges } from '@mfa-residency/compare'
import type { Dataset } from '@mfa-residency/dataset'
import {
  findRepositoryRoot,
  MANIFEST_PATH,
  type Manifest,
  readManifest,
  replaceFiles,
} from '@mfa-residency/repository'
import { readSourceFiles, type SourceFile, serializeDataset } from './build-dataset.js'
import { usage, type Values } from './command-flags.js'
import { controlCharacterWarning, findControlCharacters } from './control-characters.js'
import { unlistedDocuments } from './discover-articles.js'
import { readersFor } from './document-readers.js'
import { extractDatasetWith } from './extract-dataset.js'
import { idTypesModule } from './id-types.js'
import { packagedDataset } from './packaged-dataset.js'
import { describe, previousDataset } from './previous-output.js'
import { printErrorLine, printLine } from './print.js'
import { readTextOrNull } from './read-text.js'
import { RunRecord } from './run-record.js'
import { stampPath } from './run-stamp.js'
import { assertValidDataset } from './validate-dataset.js'
import { ValidatedDatasets } from './validated-datasets.js'
import { vocabularyOf } from './vocabulary/read-vocabulary.js'
import { reportTermIssues } from './vocabulary/report-term-issues.js'
import { parseVocabularyCached } from './vocabulary/vocabulary-cache.js'

/** Regenerate the repository's dataset from docs-source/ (or check it), and say what changed. */
export async function datasetMain(values: Values, argv: readonly string[]): Promise<number> {
  // A manifest appearing where the search found none would move the root: the folders it would
  // appear in are inputs of this run.
  const searched: string[] = []
  const root = values.root
    ? path.resolve(values.root)
    : findRepositoryRoot(process.cwd(), (manifest) => searched.push(path.dirname(manifest)))
  if (root === null) {
    printErrorLine(`error: no ${MANIFEST_PATH} in this folder or above; pass --root`)
    return 2
  }
  const packaged = values.out ? null : packagedDataset()
  const out = packaged?.file ?? path.resolve(values.out!)
  // Name the output from the repository root: turbo runs this inside packages/generator.
  const relative = path.relative(root, out)
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? out : relative

  // Everything this run reads, lists and writes, for the next run's fast path (run-stamp.ts).
  const record = new RunRecord()
  for (const folder of [...searched, ...(packaged?.listed ?? [])]) record.willList(folder, 0)
  if (packaged) record.read(packaged.manifest.file, packaged.manifest.bytes)
  try {
    return await regenerate(values, { root, out, shown, argv }, record)
  } finally {
    record.stop()
  }
}

const noMemory = { dataset: null, note: null }

/** datasetMain's run, once its paths are known; every input goes through `record`. */
async function regenerate(
  values: Values,
  { root, out, shown, argv }: { root: string; out: string; shown: string; argv: readonly string[] },
  record: RunRecord,
): Promise<number> {
  record.willRead(path.join(root, MANIFEST_PATH))
  const manifest = readManifest(root)
  const translationBases = readTranslationBases(values['translation-base'] ?? [], manifest, record)
  if (typeof translationBases === 'string') {
    printErrorLine(`error: --translation-base: ${translationBases}\n\n${usage}`)
    return 2
  }
  const current = readOutput(out, shown)
  record.read(out, current)
  const validated = new ValidatedDatasets(out)
  const memory = current === null ? noMemory : previousDataset(current, shown, validated)
  const previous = memory.dataset
  if (manifest.vocabulary !== undefined) record.willRead(path.join(root, manifest.vocabulary))
  const vocabulary = vocabularyOf(root, manifest, parseVocabularyCached)
  const sources = readSourceFiles(root, manifest)
  for (const { doc, bytes } of sources) record.read(path.join(root, doc.path), bytes)
  const read = await readersFor(
    [...sources, ...translationBases.values()].map(({ doc }) => doc.format),
  )
  const { dataset, termIssues } = extractDatasetWith(read, manifest, sources, {
    memory: previous,
    translationBases,
    vocabulary,
    validate: false,
  })
  const text = serializeDataset(dataset)
  validateOutput(dataset, text, { current, previous, validated })
  const unmapped = reportTermIssues(termIssues, manifest.vocabulary)
  for (const found of findControlCharacters(dataset, manifest.vocabulary ?? null))
    printErrorLine(controlCharacterWarning(found))
  noteUnlistedDocuments(root, manifest, record)
  const changes = current === text ? [] : summarizeChanges(previous, dataset)
  const idTypes = values.out ? null : idTypesBeside(out, dataset)
  const idTypesNow = idTypes && readTextOrNull(idTypes.file)
  if (idTypes) record.read(idTypes.file, idTypesNow ?? null)
  const idTypesCurrent = !idTypes || idTypesNow === idTypes.data
  // Only a run that found every output current leaves a stamp: it proves the next one current too.
  const outputs: [string, string][] = [
    [out, text],
    ...(idTypes ? [[idTypes.file, idTypes.data] as [string, string]] : []),
  ]
  const stamp = () => record.save(stampPath(process.cwd(), argv), outputs, 0)

  if (values.check) {
    if (unmapped > 0) {
      printErrorLine(`${unmapped} unmapped: add a term or an alias to ${manifest.vocabulary}`)
      return 1
    }
    if (current === text && idTypesCurrent) {
      printLine(`${shown} is up to date with docs-source/`)
      stamp()
      return 0
    }
    printErrorLine(`${shown} is stale: run \`pnpm generate\` and commit the result`)
    for (const line of changes) printErrorLine(`  ${line}`)
    return 1
  }
  if (current === text && idTypesCurrent) {
    printLine(`${shown}: unchanged (${describe(dataset)})`)
    stamp()
    return 0
  }
  if (memory.note) printErrorLine(memory.note)
  replaceFiles([{ file: out, data: text }, ...(idTypes ? [idTypes] : [])])
  printLine(`${shown}: written (${describe(dataset)})`)
  for (const line of changes) printLine(`  ${line}`)
  return 0
}

/**
 * Validate the new output, unless it is the same bytes as the old output, which was just read as
 * a valid dataset; remember what was validated (validated-datasets.ts).
 */
function validateOutput(
  dataset: Dataset,
  text: string,
  old: { current: string | null; previous: Dataset | null; validated: ValidatedDatasets },
): void {
  if (text !== old.current || old.previous === null) {
    assertValidDataset(dataset)
    old.validated.add(text)
  }
  old.validated.save()
}

/** Say which documents in docs-source/ the manifest does not list (a folder walk `record` notes). */
function noteUnlistedDocuments(root: string, manifest: Manifest, record: RunRecord) {
  // The locale folders and their files: what unlistedDocuments walks.
  record.willList(path.join(root, 'docs-source'), 1)
  const unlisted = unlistedDocuments(
    path.join(root, 'docs-source'),
    root,
    new Set(manifest.docs.map((doc) => doc.path)),
  )
  if (unlisted.length > 0) {
    printErrorLine(
      `note: not in ${MANIFEST_PATH}, so not in the dataset (\`pnpm generate:corpus --docs docs-source\` reads every article): ${unlisted.join(', ')}`,
    )
  }
}

/** The id types live in the dataset package's source, beside data/; a dataset written elsewhere has none. */
function idTypesBeside(out: string, dataset: Dataset) {
  return {
    file: path.join(path.dirname(out), '..', 'src', 'ids.generated.ts'),
    data: idTypesModule(dataset),
  }
}

/** `<locale>=<file>` pairs as source files of the source locale's format, or what is wrong. */
function readTranslationBases(
  pairs: readonly string[],
  manifest: Manifest,
  record: RunRecord,
): Map<string, SourceFile> | string {
  const bases = new Map<string, SourceFile>()
  const source = manifest.docs.find((doc) => doc.locale === manifest.sourceLocale)!
  for (const pair of pairs) {
    const match = /^([a-z]{2,3}(?:-[a-z0-9]+)*)=(.+)$/i.exec(pair)
    if (!match) return `expected <locale>=<file>, got "${pair}"`
    const [, locale, file] = match as unknown as [string, string, string]
    if (!manifest.docs.some((doc) => doc.locale === locale && locale !== manifest.sourceLocale))
      return `"${locale}" is not a translation listed in ${MANIFEST_PATH}`
    let bytes: Buffer
    try {
      bytes = readFileSync(file)
    } catch (error) {
      throw new Error(
        `cannot read the translation base ${file} (${(error as NodeJS.ErrnoException).code})`,
      )
    }
    record.read(path.resolve(file), bytes)
    bases.set(locale, { doc: { ...source, path: file }, bytes })
  }
  return bases
}

/** The output's current text, `null` when there is none; one that cannot be read is an error. */
function readOutput(out: string, shown: string): string | null {
  try {
    return readFileSync(out, 'utf8')
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    if (code === 'ENOENT') return null
    throw new Error(`cannot read ${shown}: ${message}`)
  }
}
