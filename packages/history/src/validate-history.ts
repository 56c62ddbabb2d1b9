import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { History } from '@mfa-residency/dataset/history-queries'
import { Ajv, type ValidateFunction } from 'ajv'

let validate: ValidateFunction | undefined

/** Check a history against the published schema before it is written; throws what is wrong. */
export function assertValidHistory(history: History): void {
  validate ??= new Ajv({ allErrors: false }).compile(
    JSON.parse(
      readFileSync(
        fileURLToPath(import.meta.resolve('@mfa-residency/dataset/history.schema.json')),
        'utf8',
      ),
    ),
  )
  if (validate(history)) return
  const [error] = validate.errors ?? []
  throw new Error(
    `history: ${error?.instancePath || '/'} ${error?.message ?? 'does not match the schema'}`,
  )
}
