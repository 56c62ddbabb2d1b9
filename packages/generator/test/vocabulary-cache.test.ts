import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseVocabulary } from '../src/vocabulary/read-vocabulary.js'
import { parseVocabularyCached } from '../src/vocabulary/vocabulary-cache.js'
import { repoRoot } from './repo.js'

const file = 'docs-source/vocabulary.yaml'

describe('the remembered vocabulary', () => {
  it('is what parseVocabulary returns, the first time and when read back', async () => {
    const text = await readFile(path.join(repoRoot, file), 'utf8')
    const parsed = parseVocabulary(text, file)
    expect(parsed.terms.length).toBeGreaterThan(10)
    expect(parseVocabularyCached(text, file)).toEqual(parsed)
    // Same text, file and code: read back from the cache, identical to the parse.
    expect(JSON.stringify(parseVocabularyCached(text, file))).toBe(JSON.stringify(parsed))
  })

  it('is never a vocabulary with problems: those are reported at their line, every time', async () => {
    const text = 'terms:\n  - id: nope\n'
    for (let round = 0; round < 2; round++) {
      expect(() => parseVocabularyCached(text, 'bad.yaml')).toThrowError(/^bad\.yaml:2: /)
    }
  })
})
