import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Dataset } from '@mfa-residency/dataset'
import { Ajv, type ErrorObject } from 'ajv'

export const schemaPath = fileURLToPath(
  import.meta.resolve('@mfa-residency/dataset/dataset.schema.json'),
)

let validate: ReturnType<Ajv['compile']> | undefined

/** One line per Ajv error: where, then what. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map(describe).join('\n  ')
}

function describe(error: ErrorObject): string {
  return `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`
}

/** Check a dataset against `dataset.schema.json`; throws with every violation listed. */
export function assertValidDataset(value: unknown): asserts value is Dataset {
  validate ??= new Ajv({ allErrors: true, strict: true }).compile(
    JSON.parse(readFileSync(schemaPath, 'utf8')),
  )
  if (!validate(value)) {
    const problems = (validate.errors ?? []).map(describe)
    throw new Error(`the dataset does not match ${schemaPath}:\n  ${problems.join('\n  ')}`)
  }
}
