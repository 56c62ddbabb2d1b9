import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { readGfm, readLearnText } from '@mfa-residency/parser'
import { englishPath, repoRoot, swedishPath } from './repo.js'

export const englishText = readFileSync(path.join(repoRoot, englishPath), 'utf8')
export const swedishText = readFileSync(path.join(repoRoot, swedishPath), 'utf8')

export const readEnglish = (text = englishText) => readGfm(text, { file: englishPath })
export const readSwedish = (text = swedishText, reference = readEnglish()) =>
  readLearnText(text, { file: swedishPath, locale: 'sv', reference })

/** `../shared/corpus` beside the repository, or `MFA_CORPUS_DIR`; `null` when absent. */
export const corpusDir = (() => {
  const dir = process.env.MFA_CORPUS_DIR ?? path.resolve(repoRoot, '../shared/corpus')
  return existsSync(dir) ? dir : null
})()
