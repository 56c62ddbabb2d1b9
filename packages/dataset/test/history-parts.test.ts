import { describe, expect, test } from 'vitest'
import { atVersion, createHistory, history, partsAt } from '../src/history.js'
import { type Dataset, where } from '../src/index.js'

const points = history.timeline.map(({ locale, key }) => ({ locale, key }))
const pick = (dataset: Dataset, parts: readonly (keyof Dataset)[]) =>
  Object.fromEntries(parts.map((part) => [part, dataset[part]]))

describe('partsAt', () => {
  test('gives, for every version, the tables and terms of atVersion, in their key order', () => {
    expect(points.length).toBeGreaterThan(10)
    for (const { locale, key } of points) {
      const parts = partsAt(locale, key, ['tables', 'terms'])
      expect(JSON.stringify(parts)).toBe(
        JSON.stringify(pick(atVersion(locale, key), ['tables', 'terms'])),
      )
    }
  })

  test('gives every part, source spans and all, exactly as atVersion does', () => {
    // A fresh history, so that nothing is remembered from another test's versions.
    const queries = createHistory(history)
    const all = Object.keys(atVersion('en', points[0]!.key)) as (keyof Dataset)[]
    for (const { locale, key } of [...points].reverse()) {
      const whole = atVersion(locale, key)
      expect(Object.keys(whole)).toEqual(all)
      expect(JSON.stringify(queries.partsAt(locale, key, all))).toBe(JSON.stringify(whole))
    }
  })

  test('a part that versions share is one object, a changed one is not', () => {
    const terms = points.map(({ locale, key }) => partsAt(locale, key, ['terms']).terms)
    let shared = 0
    terms.forEach((list, index) => {
      const previous = terms[index - 1]
      if (!previous) return
      const same = JSON.stringify(list) === JSON.stringify(previous)
      expect(list === previous, `${points[index]?.key} and the version before`).toBe(same)
      if (same) shared++
    })
    expect(shared).toBeGreaterThan(0)
    expect(new Set(terms).size).toBeLessThan(terms.length)
    const sameTable = (index: number) => {
      const [before, after] = [points[index - 1]!, points[index]!]
      const tables = partsAt(before.locale, before.key, ['tables']).tables
      return partsAt(after.locale, after.key, ['tables']).tables.some((table) =>
        tables.includes(table),
      )
    }
    expect(points.some((_, index) => index > 0 && sameTable(index))).toBe(true)
  })

  test('asking again gives the same objects; the vocabulary queries read them', () => {
    const { locale, key } = points[3]!
    const parts = partsAt(locale, key, ['tables', 'terms'])
    expect(partsAt(locale, key, ['tables', 'terms'])).toBe(parts)
    expect(where(parts as Dataset, { cloud: 'AzureUSGovernment' })).toEqual(
      where(atVersion(locale, key), { cloud: 'AzureUSGovernment' }),
    )
  })

  test('an unknown version or part is refused with what was expected', () => {
    expect(() => partsAt('en', '1999-01-01.1', ['terms'])).toThrow(
      new RangeError('partsAt: no en version 1999-01-01.1 in the history'),
    )
    expect(() => partsAt('en', points[0]!.key, ['rows' as keyof Dataset])).toThrow(
      new RangeError('partsAt: a dataset has no part "rows"'),
    )
  })
})
