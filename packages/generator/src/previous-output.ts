import { debuglog } from 'node:util'
import type { Dataset } from '@mfa-residency/dataset'
import { withTermFields } from './older-datasets.js'
import { assertValidDataset } from './validate-dataset.js'
import type { ValidatedDatasets } from './validated-datasets.js'

// `NODE_DEBUG=mfa-residency-validation` says which datasets a run validated.
const debug = debuglog('mfa-residency-validation')

/**
 * The old output, when it is a dataset of this schema: the memory that keeps ids and lagging
 * translations. Anything else is replaced, but never silently: without its memory a run mints
 * ids afresh and reads every translation as current, so the command says so.
 */
export function previousDataset(
  text: string,
  shown: string,
  validated: ValidatedDatasets,
): { dataset: Dataset | null; note: string | null } {
  try {
    const value = withTermFields(JSON.parse(text))
    if (validated.has(text)) debug('old output: these bytes were validated before')
    else {
      assertValidDataset(value)
      validated.add(text)
      debug('old output: validated')
    }
    return { dataset: value as Dataset, note: null }
  } catch (error) {
    const why = error instanceof SyntaxError ? 'not JSON' : 'not a dataset of this schema'
    return {
      dataset: null,
      note: `note: ${shown} is ${why}, so it is replaced without being used as memory: ids are minted afresh and translations are read as current`,
    }
  }
}

export function describe(dataset: Dataset): string {
  const count = (kind: string) => dataset.translationGaps.filter((gap) => gap.kind === kind).length
  const gaps = dataset.translationGaps.length
  const kinds =
    gaps === 0
      ? ''
      : ` (${count('missing')} missing, ${count('stale')} stale, ${count('extra')} extra)`
  return `${dataset.headings.length} headings, ${dataset.paragraphs.length} paragraphs, ${dataset.tables.length} tables, ${dataset.lists.length} lists, ${dataset.notes.length} notes, ${gaps} translation gaps${kinds}`
}
