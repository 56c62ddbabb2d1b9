import data from '../data/history.json' with { type: 'json' }
import type { History, VersionRef } from './history.generated.js'
import { createHistory } from './history-queries.js'

export * from './history-queries.js'

/** The published history of the article: from its first known version to the current documents. */
export const history = data as History

const published = createHistory(history)

export const versions: readonly VersionRef[] = published.versions
export const timeline = published.timeline
export const historyOf = published.historyOf
export const asOf = published.asOf
export const atVersion = published.atVersion
export const partsAt = published.partsAt
