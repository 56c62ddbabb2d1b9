#!/usr/bin/env node
// Validates every workflow against GitHub's schema with @action-validator/core, and does the one
// check its WebAssembly build skips: that each `paths`/`paths-ignore` glob of a push or
// pull_request trigger matches a file in the repository (the native action-validator checks this;
// the WebAssembly build only warns that it cannot). A glob that matches nothing is a trigger that
// never fires. Exits 1 naming each problem as <file>: <where>: <what>.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { validateWorkflow } from '@action-validator/core'
import { parse } from 'yaml'
import { globToRegExp } from './build-inputs.mjs'

const root = path.resolve(import.meta.dirname, '..')
const folder = '.github/workflows'
const GLOB_WARNING =
  /^WARNING: Glob validation is not yet supported\. Glob at \S+ will not be validated\.$/

/** The schema's errors, with the glob warnings taken aside: those globs are checked below. */
function schemaProblems(file, source) {
  const warn = console.warn
  console.warn = (message, ...rest) => {
    if (!GLOB_WARNING.test(String(message))) warn(message, ...rest)
  }
  try {
    return validateWorkflow(source).errors.flatMap((error) => describe(file, error, ''))
  } finally {
    console.warn = warn
  }
}

/** One error, and for a "one of" error, what each alternative lacked, indented under it. */
function describe(file, error, indent) {
  const where = error.path ?? `line ${error.location?.line ?? '?'}`
  const line = `${indent}${file}: ${where}: ${error.title}${error.detail ? ` (${error.detail})` : ''}`
  const alternatives = (error.states ?? []).flatMap((state) =>
    state.errors.flatMap((inner) => describe(file, inner, `${indent}  `)),
  )
  return [line, ...alternatives]
}

/** Each trigger glob that matches no tracked file (a `!` glob excludes, so it is not checked). */
function globProblems(file, source, tracked) {
  const on = parse(source)?.on ?? {}
  const problems = []
  for (const event of ['push', 'pull_request', 'pull_request_target']) {
    for (const key of ['paths', 'paths-ignore']) {
      for (const glob of on?.[event]?.[key] ?? []) {
        if (typeof glob !== 'string' || glob.startsWith('!')) continue
        const pattern = globToRegExp(glob)
        if (!tracked.some((tracked) => pattern.test(tracked)))
          problems.push(`${file}: /on/${event}/${key}: ${JSON.stringify(glob)} matches no file`)
      }
    }
  }
  return problems
}

const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter(Boolean)
const problems = []
const workflows = readdirSync(path.join(root, folder))
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
for (const name of workflows) {
  const file = `${folder}/${name}`
  const source = readFileSync(path.join(root, file), 'utf8')
  problems.push(...schemaProblems(file, source), ...globProblems(file, source, tracked))
}
if (problems.length > 0) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log(`workflows: ${workflows.length} valid, every trigger path matches a file`)
