import { expect, test } from 'vitest'
import { IdRegistry, slugify } from '../src/slug.js'

test('ids are kebab-case slugs, suffixed in order when repeated', () => {
  expect(slugify('Données stockées par « MFA »')).toBe('donnees-stockees-par-mfa')
  const ids = new IdRegistry()
  expect([
    ids.take('Event type', 'x'),
    ids.take('Event type', 'x'),
    ids.take('Event type 2', 'x'),
    ids.take('中文', 'column'),
  ]).toEqual(['event-type', 'event-type-2', 'event-type-2-2', 'column'])
})
