import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Dataset } from '@mfa-residency/dataset'

const require = createRequire(import.meta.url)

/** The committed dataset, read once. */
export const committed = JSON.parse(
  readFileSync(require.resolve('@mfa-residency/dataset/dataset.json'), 'utf8'),
) as Dataset

/** A copy of the committed dataset, edited. */
export function edited(edit: (dataset: Dataset) => void): Dataset {
  const copy = structuredClone(committed)
  edit(copy)
  return copy
}

export const term = (dataset: Dataset, id: string) =>
  dataset.terms.find((candidate) => candidate.id === id)!
