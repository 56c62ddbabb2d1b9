import type { Locale, Row } from '@mfa-residency/dataset'
import { textSimilarity } from './text-similarity.js'

/**
 * What a row or item between the same neighbours must still share with its predecessor to be the
 * same one, reworded: otherwise it is a new entity in a removed one's place.
 */

/** Two rows that keep at least one value in the source locale. */
export function rowsShareAValue(
  a: Pick<Row, 'cells'>,
  b: Pick<Row, 'cells'>,
  locale: Locale,
): boolean {
  const values = new Set(Object.values(a.cells).flatMap((cell) => cell[locale] ?? []))
  return Object.values(b.cells).some((cell) =>
    (cell[locale] ?? []).some((value) => values.has(value)),
  )
}

/** Two texts that share at least a quarter of their trigrams. */
export function textsAlike(a: string, b: string): boolean {
  return textSimilarity(a, b) >= 0.25
}
