import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { cacheFolder, codeIdentity, sha256 } from '../run-stamp.js'
import { parseVocabulary, type Vocabulary } from './read-vocabulary.js'

/**
 * `parseVocabulary`, remembered: the result for the same text, file name and code is read back
 * from the cache folder instead. Parsing the 14 KB vocabulary with a cold `yaml` took about a
 * quarter of a regeneration; reading its JSON back takes well under a millisecond. Only a
 * vocabulary without problems is remembered, so every error is still reported at its line.
 */
export function parseVocabularyCached(text: string, file: string): Vocabulary {
  const key = sha256(JSON.stringify([codeIdentity(), file, text])).slice(0, 32)
  const cached = path.join(cacheFolder(), 'vocabulary', `${key}.json`)
  try {
    return JSON.parse(readFileSync(cached, 'utf8')) as Vocabulary
  } catch {
    // Not remembered yet (or unreadable): parse it.
  }
  const vocabulary = parseVocabulary(text, file)
  try {
    // Temp and rename, so no reader sees half a file; no fsync: a lost entry is parsed again.
    mkdirSync(path.dirname(cached), { recursive: true })
    writeFileSync(`${cached}.${process.pid}.tmp`, JSON.stringify(vocabulary))
    renameSync(`${cached}.${process.pid}.tmp`, cached)
  } catch {
    // A cache that cannot be written is only slower.
  }
  return vocabulary
}
