import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Dataset } from '@mfa-residency/dataset'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { precompiledValidator, runtimeAjv } from './precompiled-validator.js'

/** The dataset schema's file, resolved when first asked: resolving costs a run that never needs it. */
export function schemaPath(): string {
  return fileURLToPath(import.meta.resolve('@mfa-residency/dataset/dataset.schema.json'))
}

/** How the dataset schema is compiled, at build time (scripts/compile-validator.mjs) or here. */
export const datasetAjvOptions = { allErrors: true, strict: true }

let validate: ValidateFunction | undefined

/** One line per Ajv error: where, then what. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map(describe).join('\n  ')
}

function describe(error: ErrorObject): string {
  return `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`
}

function datasetValidator(): ValidateFunction {
  return (
    precompiledValidator('dataset-validator') ??
    runtimeAjv(datasetAjvOptions).compile(JSON.parse(readFileSync(schemaPath(), 'utf8')))
  )
}

/** Check a dataset against `dataset.schema.json`; throws with every violation listed. */
export function assertValidDataset(value: unknown): asserts value is Dataset {
  validate ??= datasetValidator()
  if (!validate(value)) {
    const problems = (validate.errors ?? []).map(describe)
    throw new Error(`the dataset does not match ${schemaPath()}:\n  ${problems.join('\n  ')}`)
  }
}
