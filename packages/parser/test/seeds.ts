import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { readGfm } from '../src/read-gfm.js'
import { readLearnText } from '../src/read-learn-text.js'

export const repoRoot = path.resolve(import.meta.dirname, '../../..')
export const englishPath = 'docs-source/en/concept-mfa-data-residency.md'
export const swedishPath = 'docs-source/sv/concept-mfa-data-residency.txt'

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

/** Every markdown file of the corpus, by path inside it, sorted; none when it is absent. */
export function corpusMarkdownFiles(): string[] {
  if (!corpusDir) return []
  return readdirSync(corpusDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && !name.endsWith('README.md'))
    .sort()
}
