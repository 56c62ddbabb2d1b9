#!/usr/bin/env node
import path from 'node:path'
import { parseArgs } from 'node:util'
import { compareSnapshots, formatText, resolveSnapshot } from '@mfa-residency/diff'
import { findRepositoryRoot, MANIFEST_PATH } from '@mfa-residency/generator'
import { PullError } from './fetch-text.js'
import { pullDocs } from './pull-docs.js'

const usage = `Usage: pnpm docs:pull [--locale <locale>]… [--timeout <ms>] [--retries <n>]

Fetch the latest upstream article for each locale listed in ${MANIFEST_PATH} into docs-source/,
then report what changed against the committed dataset (run \`pnpm generate\` to take it in).
Nothing is replaced unless every fetched document parses and carries the expected title.`

async function main(): Promise<number> {
  let values: { locale?: string[]; timeout?: string; retries?: string; help?: boolean }
  try {
    ;({ values } = parseArgs({
      options: {
        locale: { type: 'string', multiple: true },
        timeout: { type: 'string' },
        retries: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`)
    return 2
  }
  if (values.help) {
    console.log(usage)
    return 0
  }
  const root = findRepositoryRoot(process.cwd())
  if (!root) {
    console.error(`error: no ${MANIFEST_PATH} in this folder or above`)
    return 2
  }
  const fetch = {
    ...(values.timeout ? { timeoutMs: Number(values.timeout) } : {}),
    ...(values.retries ? { attempts: Number(values.retries) + 1 } : {}),
  }
  const pulled = await pullDocs(root, {
    ...(values.locale ? { locales: values.locale } : {}),
    fetch,
  })
  for (const doc of pulled)
    console.error(
      `${doc.locale}: ${doc.url} → ${doc.path} (${doc.changed ? 'updated' : 'unchanged'})`,
    )
  const report = compareSnapshots(
    await resolveSnapshot('committed', root),
    await resolveSnapshot('working', root),
  )
  process.stdout.write(
    formatText(report, { color: process.stdout.isTTY === true && !process.env.NO_COLOR }),
  )
  return 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // One line: what failed and why. docs-source/ is untouched.
    console.error(
      `error: ${(error as Error).message}${error instanceof PullError ? '' : ' (docs-source/ unchanged)'}`,
    )
    process.exitCode = 1
  },
)
