#!/usr/bin/env node
// Fails when packages/dataset/data/dataset.json changed since <base> but no changeset added since
// then names @mfa-residency/dataset: every data change must reach the CHANGELOG and a version.
// Usage: node scripts/check-dataset-changeset.mjs <base-ref>
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const DATASET = 'packages/dataset/data/dataset.json'
const PACKAGE = '@mfa-residency/dataset'
const base = process.argv[2]
if (!base) {
  console.error('usage: node scripts/check-dataset-changeset.mjs <base-ref>')
  process.exit(2)
}
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim()

const changed = git('diff', '--name-only', `${base}...HEAD`, '--', DATASET) !== ''
if (!changed) {
  console.log(`${DATASET} is unchanged since ${base}: no changeset needed`)
  process.exit(0)
}
const added = git('diff', '--name-only', '--diff-filter=A', `${base}...HEAD`, '--', '.changeset/')
  .split('\n')
  .filter((file) => file.endsWith('.md') && !file.endsWith('README.md'))
const covering = added.filter((file) => {
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? ''
  return front.split('\n').some((line) => line.replace(/["']/g, '').startsWith(`${PACKAGE}:`))
})
if (covering.length === 0) {
  console.error(
    `${DATASET} changed since ${base}, but no changeset added since then covers ${PACKAGE}.\n` +
      'Run `pnpm docs:diff --base <base> --changeset` (or `pnpm changeset`) and commit the file.',
  )
  process.exit(1)
}
console.log(`${DATASET} changed; covered by ${covering.join(', ')}`)
