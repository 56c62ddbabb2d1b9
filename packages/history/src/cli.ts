#!/usr/bin/env node
import { realpathSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ParseArgsConfig } from 'node:util'
import { terminalText } from '@mfa-residency/output-safety'
import { SourceError } from '@mfa-residency/parser'
import {
  findRepositoryRoot,
  MANIFEST_PATH,
  parseCommandLine,
  readManifest,
} from '@mfa-residency/repository'
import { type AppendResult, appendVersions } from './append-versions.js'
import { IndexError } from './corpus-index.js'
import { generateHistory } from './generate-history.js'
import { readFolderVersions } from './import-folder.js'
import { readGitVersions } from './import-git.js'
import { recordedVersions } from './recorded-versions.js'

const usage = `Usage: docs:history import --git <clone> --path <file> [--locale <locale>] [--repository <owner/name>] [--until <date>|current]
       docs:history import --from <folder> [--locale <locale>] [--until <date>|current]
       docs:history generate [--check] [--dataset <file>] [--out <file>]

Record upstream versions of a document in docs-source/history/<locale>/versions.json, or build the
dataset's history ledger (packages/dataset/data/history.json) from them.

  --git <clone>      a git clone of the upstream repository; --path names the file in it, and its
                     renames are followed
  --from <folder>    a folder of versions with an index.tsv (the corpus's en-history or
                     sv-history columns); reconstructed versions are left out
  --locale <locale>  whose versions they are (default: the folder's name prefix, or the source locale)
  --repository <owner/name>  the clone's repository, when its origin does not say
  --until <date>     leave out versions dated after it; "current": after the current document
  --root <dir>       repository root (default: the nearest folder above with ${MANIFEST_PATH})
  --check            generate: write nothing; exit 1 when history.json is stale
  --dataset <file>   generate: today's dataset (default: @mfa-residency/dataset's data/dataset.json)
  --out <file>       generate: where the history goes (default: history.json beside the dataset)
  --help             show this help`

const flags = {
  git: { type: 'string' },
  path: { type: 'string' },
  from: { type: 'string' },
  locale: { type: 'string' },
  repository: { type: 'string' },
  until: { type: 'string' },
  root: { type: 'string' },
  check: { type: 'boolean' },
  dataset: { type: 'string' },
  out: { type: 'string' },
} satisfies NonNullable<ParseArgsConfig['options']>

type Values = Extract<
  ReturnType<typeof parseCommandLine<typeof flags>>,
  { values: unknown }
>['values']

const say = (line: string) => console.log(terminalText(line))

async function importMain(root: string, values: Values): Promise<number> {
  const manifest = readManifest(root)
  if ((values.git === undefined) === (values.from === undefined)) {
    console.error(`error: import needs --git <clone> --path <file>, or --from <folder>\n\n${usage}`)
    return 2
  }
  if (values.git !== undefined && values.path === undefined) {
    console.error(`error: --git needs --path <file>, the file's path in the clone\n\n${usage}`)
    return 2
  }
  const prefix = values.from ? path.basename(path.resolve(values.from)).split('-')[0] : undefined
  const known = manifest.docs.map((doc) => doc.locale)
  const locale =
    values.locale ?? (prefix && known.includes(prefix) ? prefix : manifest.sourceLocale)
  if (!known.includes(locale)) {
    console.error(`error: --locale ${locale}: the manifest has ${known.join(', ')}`)
    return 2
  }
  const until = await untilDate(root, manifest, locale, values.until)
  const incoming = values.from
    ? await readFolderVersions(path.resolve(values.from), locale, until)
    : {
        versions: await readGitVersions(
          path.resolve(values.git!),
          values.path!,
          locale,
          until,
          values.repository ?? null,
        ),
        skipped: [],
      }
  for (const skipped of incoming.skipped) say(`skipped ${skipped}`)
  report(locale, await appendVersions(root, manifest, locale, incoming.versions))
  return 0
}

async function untilDate(
  root: string,
  manifest: Awaited<ReturnType<typeof readManifest>>,
  locale: string,
  until: string | undefined,
) {
  if (until === undefined) return null
  if (until === 'current')
    return (await recordedVersions(root, manifest, locale)).versions.at(-1)!.date
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until))
    throw new Error(`--until ${until}: expected YYYY-MM-DD or "current"`)
  return until
}

function report(locale: string, result: AppendResult) {
  for (const note of result.notes) console.error(terminalText(note))
  for (const version of result.added)
    say(
      `added ${locale} ${version.key} (${version.commit ?? version.provenance}) as ${version.file}`,
    )
  for (const version of result.completed)
    say(`completed ${locale} ${version.key}: commit ${version.commit ?? 'unknown'}`)
  if (result.known > 0) say(`${result.known} already recorded`)
  if (result.currentReplaced)
    say(`the current ${locale} document is now the newest version: run \`pnpm generate\``)
}

async function generateMain(root: string, values: Values): Promise<number> {
  const packaged = fileURLToPath(import.meta.resolve('@mfa-residency/dataset/dataset.json'))
  const datasetFile = values.dataset
    ? path.resolve(values.dataset)
    : path.join(realpathSync(path.dirname(packaged)), path.basename(packaged))
  const outFile = values.out
    ? path.resolve(values.out)
    : path.join(path.dirname(datasetFile), 'history.json')
  const shown = path.relative(root, outFile).startsWith('..')
    ? outFile
    : path.relative(root, outFile)
  const result = await generateHistory(root, { datasetFile, outFile, check: values.check ?? false })
  for (const note of result.notes) console.error(terminalText(note))
  if (result.status === 'stale') {
    console.error(`${shown} is stale: run \`pnpm generate\``)
    return 1
  }
  say(
    result.status === 'unchanged'
      ? `${shown} is up to date`
      : `wrote ${shown}: ${result.points} versions, ${result.bytes} bytes`,
  )
  return 0
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command !== 'import' && command !== 'generate') {
    if (command === '--help' || command === '-h') {
      console.log(usage)
      return 0
    }
    console.error(`error: expected a command, import or generate\n\n${usage}`)
    return 2
  }
  const parsed = parseCommandLine(rest, flags, usage)
  if ('exit' in parsed) return parsed.exit
  const root = parsed.values.root
    ? path.resolve(parsed.values.root)
    : findRepositoryRoot(process.cwd())
  if (root === null) {
    console.error(`error: no ${MANIFEST_PATH} in this folder or above; pass --root`)
    return 2
  }
  return command === 'import' ? importMain(root, parsed.values) : generateMain(root, parsed.values)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const message =
      error instanceof SourceError || error instanceof IndexError
        ? error.message
        : `error: ${(error as Error).message}`
    console.error(terminalText(message))
    process.exitCode = 1
  },
)
