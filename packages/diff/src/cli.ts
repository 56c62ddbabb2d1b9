#!/usr/bin/env node
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Report } from '@mfa-residency/compare'
import type { Dataset } from '@mfa-residency/dataset'
import { assertValidDataset, serializeDataset } from '@mfa-residency/generator'
import { jsonText, terminalLines, terminalText } from '@mfa-residency/output-safety'
import { formatIssue } from '@mfa-residency/parser'
import {
  exitOnClosedPipe,
  findRepositoryRoot,
  MANIFEST_PATH,
  parseCommandLine,
  sha256,
  useColor,
  writeFileAtomic,
} from '@mfa-residency/repository'
import { formatChangeset } from './changeset.js'
import { compareSnapshotSides } from './compare-snapshots.js'
import { formatFailureMarkdown, formatMarkdown, MAX_LENGTH } from './format-markdown.js'
import { formatText } from './format-text.js'
import { COMMITTED_DATASET, resolveSnapshot, type Snapshot } from './snapshot.js'

/** An error's message for stderr: it may quote document or upstream text. */
const messageText = (error: unknown) => terminalLines(String((error as Error).message))

const usage = `Usage: pnpm docs:diff [--base <spec>] [--head <spec>] [--format text|markdown|json]
                      [--changeset] [--check] [--link-base <url>] [--output <file>]
                      [--max-length <n>] [--full-output <file>] [--full-report-url <url>]

Compare two versions of the docs or the dataset and report every change, classified as data,
cosmetic or translation drift, with the semver bump it asks for.

A <spec> is one of:
  committed              the committed dataset (default --base)
  working                docs-source/ as it is now, freshly extracted (default --head)
  en=<file>[,sv=<file>]  docs-source/ with some locales' files replaced
  <file>.json            a dataset file
  <folder>               a folder holding ${MANIFEST_PATH}
  <git ref>              docs-source/ at a commit, branch or tag of this repository

Options:
  --format <f>     text (default; coloured on a terminal), markdown (a pull-request comment), json
  --changeset      write .changeset/<name>.md for @mfa-residency/dataset with the computed bump
  --check          exit 1 when anything changed, when the committed dataset is not byte for byte
                   what \`pnpm generate\` would write, or when a value of the head maps to no
                   term of the vocabulary (docs:check, in one process)
  --link-base <u>  prefix for links to source lines in markdown, e.g. https://github.com/o/r/blob/<sha>/
  --output <file>  write the report there instead of stdout
  --max-length <n> markdown: the most characters the report may have (default ${MAX_LENGTH}); past
                   that, details and then sections become counts, and the report says what it cut
  --full-output <f> markdown: also write the report without the size limit there
  --full-report-url <u>  markdown: where the full report is, named when the report is cut
                   (default: "the full report is in the workflow artifacts")
  --help           show this help

Examples:
  pnpm docs:diff
  pnpm docs:diff --base main --head working --format markdown
  pnpm docs:diff --head en=../upstream/concept-mfa-data-residency.md --changeset`

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    {
      base: { type: 'string', default: 'committed' },
      head: { type: 'string', default: 'working' },
      format: { type: 'string', default: 'text' },
      changeset: { type: 'boolean' },
      check: { type: 'boolean' },
      'link-base': { type: 'string' },
      output: { type: 'string' },
      'max-length': { type: 'string' },
      'full-output': { type: 'string' },
      'full-report-url': { type: 'string' },
    },
    usage,
  )
  if ('exit' in parsed) return parsed.exit
  const { values } = parsed
  const format = String(values.format)
  if (!['text', 'markdown', 'json'].includes(format)) {
    console.error(`--format must be text, markdown or json, not "${format}"\n\n${usage}`)
    return 2
  }
  const maxLength = values['max-length'] === undefined ? MAX_LENGTH : Number(values['max-length'])
  if (!Number.isSafeInteger(maxLength) || maxLength < 1000) {
    console.error(
      `--max-length must be a whole number of at least 1000, not "${values['max-length']}"\n\n${usage}`,
    )
    return 2
  }
  const root = findRepositoryRoot(process.cwd())
  if (!root) {
    console.error(`error: no ${MANIFEST_PATH} in this folder or above`)
    return 2
  }
  const str = (value: unknown) => (typeof value === 'string' ? value : undefined)
  const outputs: Outputs = {
    format,
    maxLength,
    output: str(values.output),
    fullOutput: str(values['full-output']),
    linkBase: str(values['link-base']),
    fullReportUrl: str(values['full-report-url']),
  }

  let report: ReturnType<typeof compareSnapshotSides>['report']
  let failures: string[] = []
  try {
    const [base, head] = await Promise.all([
      resolveSnapshot(String(values.base), root),
      resolveSnapshot(String(values.head), root),
    ])
    const sides = compareSnapshotSides(base, head)
    report = sides.report
    if (values.check) failures = await checkFailures(base, head, sides, root)
  } catch (error) {
    if (format === 'markdown') writeMarkdown(outputs, () => formatFailureMarkdown(error))
    console.error(`error: analysis failed: ${messageText(error)}`)
    return 1
  }

  writeReport(report, outputs)
  if (values.changeset) await writeChangeset(report, root)
  for (const line of failures) console.error(terminalText(line))
  return failures.length > 0 ? 1 : 0
}

/** Where the report goes and how: the format, the budget and the links of its Markdown. */
interface Outputs {
  format: string
  maxLength: number
  output: string | undefined
  fullOutput: string | undefined
  linkBase: string | undefined
  fullReportUrl: string | undefined
}

const emit = (outputs: Outputs, text: string) => {
  if (outputs.output !== undefined) writeFileAtomic(path.resolve(outputs.output), text)
  else process.stdout.write(text)
}

/** Markdown within the budget where the report goes, and with `--full-output`, without it. */
function writeMarkdown(outputs: Outputs, markdown: (maxLength: number) => string) {
  emit(outputs, markdown(outputs.maxLength))
  if (outputs.fullOutput !== undefined)
    writeFileAtomic(path.resolve(outputs.fullOutput), markdown(Number.POSITIVE_INFINITY))
}

function writeReport(report: Report, outputs: Outputs): void {
  if (outputs.format === 'json') emit(outputs, `${jsonText(report, 2)}\n`)
  else if (outputs.format === 'text')
    emit(outputs, formatText(report, { color: outputs.output === undefined && useColor() }))
  else writeReportMarkdown(report, outputs)
}

function writeReportMarkdown(report: Report, outputs: Outputs): void {
  const { linkBase, fullReportUrl } = outputs
  writeMarkdown(outputs, (maxLength) =>
    formatMarkdown(report, {
      maxLength,
      ...(linkBase === undefined ? {} : { linkBase }),
      ...(fullReportUrl === undefined ? {} : { fullReportUrl }),
    }),
  )
}

async function writeChangeset(report: Report, root: string): Promise<void> {
  if (report.bump === 'none') {
    console.error('no changeset written: no data change needs a release')
    return
  }
  const name = `docs-update-${sha256(JSON.stringify(report.changes)).slice(0, 8)}.md`
  const file = path.join(root, '.changeset', name)
  await mkdir(path.dirname(file), { recursive: true })
  writeFileAtomic(
    file,
    formatChangeset(report, `Docs update: ${report.head} against ${report.base}.`),
  )
  console.error(`wrote .changeset/${name} (${report.bump})`)
}

/**
 * What fails `--check`, one line each: a change, a committed dataset that is not what generate
 * writes, and every value of the head that maps to no term (in any locale), at its file and line.
 */
async function checkFailures(
  base: Snapshot,
  head: Snapshot,
  sides: ReturnType<typeof compareSnapshotSides>,
  root: string,
): Promise<string[]> {
  const failures: string[] = []
  const differs = await regenerationDiffers(base, head, sides.head, root)
  if (sides.report.changes.length > 0)
    failures.push('the committed dataset is stale: run `pnpm generate` and commit the result')
  else if (differs)
    failures.push(
      'the committed dataset is not what `pnpm generate` writes (no data changed; lines, order or formatting did): run `pnpm generate` and commit the result',
    )
  const unmapped = sides.termIssues.filter((issue) => issue.kind === 'unmapped')
  if (unmapped.length > 0) {
    const vocabulary = (head.kind === 'docs' && head.manifest.vocabulary) || 'the vocabulary'
    for (const issue of unmapped) failures.push(`unmapped: ${formatIssue(issue)}`)
    failures.push(`${unmapped.length} unmapped: add a term or an alias to ${vocabulary}`)
  }
  return failures
}

/**
 * For --check against the committed dataset: the docs, extracted as `pnpm generate` would, must
 * give the committed file byte for byte (valid, same order, same lines), not just the same data.
 */
async function regenerationDiffers(
  base: Snapshot,
  head: Snapshot,
  dataset: Dataset,
  root: string,
): Promise<boolean> {
  if (base.kind !== 'dataset' || head.kind !== 'docs' || base.label !== 'committed dataset')
    return false
  assertValidDataset(dataset)
  const committed = await readFile(path.join(root, COMMITTED_DATASET), 'utf8')
  return committed !== serializeDataset(dataset)
}

exitOnClosedPipe()

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(`error: ${messageText(error)}`)
    process.exitCode = 1
  },
)
