import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Ajv, Options, ValidateFunction } from 'ajv'
import { codeCacheFolder, type LoadedBundle, loadBundle } from './code-cache.js'

// Synchronous loading on purpose: validators are needed inside synchronous code (assertValidDataset),
// and both the precompiled CommonJS and Ajv itself are CommonJS.
const load = createRequire(import.meta.url)

/**
 * The validators' file names beside the bundled command, named by content (scripts/bundle.mjs
 * defines this); outside the bundle there is no such constant, and the files are `NAME.cjs`.
 */
declare const __VALIDATOR_FILES__: Readonly<Record<string, string>> | undefined
const fileName = (name: string): string | undefined =>
  typeof __VALIDATOR_FILES__ === 'undefined' ? `${name}.cjs` : __VALIDATOR_FILES__[name]

/**
 * The build's precompiled validator `name` (scripts/compile-validator.mjs writes it beside this
 * module, scripts/bundle.mjs beside the bundles), or `null` outside a build (tests running the
 * TypeScript).
 * Compiling the dataset schema at run time took ≈ 160 ms, more than the rest of a run.
 */
export function precompiledValidator(name: string): ValidateFunction | null {
  const base = fileName(name)
  const file = base && fileURLToPath(new URL(`./${base}`, import.meta.url))
  if (!file || !existsSync(file)) return null
  // Through a V8 code cache, as the command is: the dataset's validator is 190 KB of code, and
  // without one each run parsed it and compiled every function validating a dataset calls.
  const validator = loadBundle<ValidateFunction>(file, codeCacheFolder())
  loaded.push(validator)
  return validator.exports
}

const loaded: LoadedBundle<ValidateFunction>[] = []

/** Write the code cache of each validator this run loaded that had none; once the work is done. */
export function saveValidatorCodeCaches(): void {
  for (const validator of loaded) validator.saveCodeCache()
}

/**
 * A new Ajv, for a schema the build did not precompile. Loaded only then: Ajv is ~210 KB of code
 * that a run with precompiled validators never needs to parse.
 */
export function runtimeAjv(options: Options): Ajv {
  const { Ajv: AjvClass } = load('ajv') as typeof import('ajv')
  return new AjvClass(options)
}
