import type { Change, Level, Summary } from '../report.js'
import { becauseOf } from './because.js'
import { contentsOfChanges } from './contents.js'
import { entitiesOf } from './entities.js'
import { labelOf } from './labels.js'
import { Names, type Sides } from './names.js'
import { translationsOf } from './translations.js'

export type { Sides }

/**
 * What a reviewer reads first: why the bump, what changed entity by entity in words, where the
 * translations stand, a name for every change and the contents of what came or went. Names come
 * from the datasets (`tableTitle`, a row's first value, the vocabulary's labels); without them, ids.
 */
export function summarize(changes: readonly Change[], bump: Level, sides?: Sides): Summary {
  const names = new Names(sides)
  const labels = changes.map((change) => labelOf(change, names))
  return {
    because: becauseOf(changes, bump, names, labels),
    entities: entitiesOf(changes, names, labels),
    translations: translationsOf(changes, sides),
    labels,
    contents: contentsOfChanges(changes, sides),
  }
}
