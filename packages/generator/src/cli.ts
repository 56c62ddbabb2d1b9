#!/usr/bin/env node
import { realpathSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Dataset } from '@mfa-residency/dataset'
import { SourceError } from '@mfa-residency/parser'
import { buildDataset, serializeDataset } from './build-dataset.js'
import { parseCommandLine } from './command-line.js'
import { findRepositoryRoot, MANIFEST_PATH } from './manifest.js'
import { summarizeChanges } from './summarize-changes.js'
import { assertValidDataset } from './validate-dataset.js'
import { writeFileAtomic } from './write-file-atomic.js'

const usage = `Usage: mfa-residency-generate [--check] [--root <dir>] [--out <file>]

Regenerate the dataset from docs-source/ and report what changed.

  --check        write nothing; exit 1 when the committed dataset is stale
  --root <dir>   repository root (default: the nearest folder above with ${MANIFEST_PATH})
  --out <file>   where the dataset goes (default: @mfa-residency/dataset's data/dataset.json)
  --help         show this help`

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(
    argv,
    {
      check: { type: 'boolean' },
      root: { type: 'string' },
      out: { type: 'string' },
    },
    usage,
  )
  if ('exit' in parsed) return parsed.exit
  const { values } = parsed
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

  const dataset = await buildDataset(root)
  const text = serializeDataset(dataset)
  const current = await readFile(out, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw new Error(`cannot read ${shown}: ${error.message}`)
  })
  const previous = current === null ? null : previousDataset(current)
  const changes = current === text ? [] : summarizeChanges(previous, dataset)

  if (values.check) {
    if (current === text) {
      console.log(`${shown} is up to date with docs-source/`)
      return 0
    }
    console.error(`${shown} is stale: run \`pnpm generate\` and commit the result`)
    for (const line of changes) console.error(`  ${line}`)
    return 1
  }
  if (current === text) {
    console.log(`${shown}: unchanged (${describe(dataset)})`)
    return 0
  }
  await writeFileAtomic(out, text)
  console.log(`${shown}: written (${describe(dataset)})`)
  for (const line of changes) console.log(`  ${line}`)
  return 0
}

/** The old output, when it is a dataset at all; anything else is simply replaced. */
function previousDataset(text: string): Dataset | null {
  try {
    const value: unknown = JSON.parse(text)
    assertValidDataset(value)
    return value
  } catch {
    return null
  }
}

function describe(dataset: Dataset): string {
  return `${dataset.tables.length} tables, ${dataset.lists.length} lists, ${dataset.notes.length} notes, ${dataset.translationGaps.length} translation gaps`
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof SourceError) {
      console.error(`error: bad input, nothing was written\n${error.message}`)
    } else {
      console.error(`error: ${(error as Error).message}`)
    }
    process.exitCode = 1
  },
)
