import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import type { TableBlock } from '../src/document.js'
import { readGfm } from '../src/read-gfm.js'
import { oracleTables } from './markdown-it-oracle.js'
import { corpusDir } from './seeds.js'

// Real upstream documents from ../shared/corpus (CC BY 4.0, Microsoft); never copied into the repo.
// Their alignment is tested in the generator (test/align-corpus.test.ts).
if (!corpusDir)
  console.warn('corpus suite skipped: ../shared/corpus not found (set MFA_CORPUS_DIR)')

const files = (folder: string) =>
  corpusDir
    ? readdirSync(path.join(corpusDir, folder))
        .filter((name) => name.endsWith('.md'))
        .sort()
    : []
const read = (folder: string, name: string) =>
  readFileSync(path.join(corpusDir!, folder, name), 'utf8')
const tablesOf = (blocks: readonly { kind: string }[]) =>
  blocks.filter((block): block is TableBlock => block.kind === 'table')

/** The `pipe_tables` column of a corpus index: how many tables the file has. */
function expectedTableCounts(folder: string, file: string): Map<string, number> {
  const [header, ...rows] = read(folder, file).trim().split('\n')
  const columns = header!.split('\t')
  const nameAt = columns.indexOf('file')
  const countAt = columns.indexOf('pipe_tables')
  return new Map(
    rows.map((row) => row.split('\t')).map((cells) => [cells[nameAt]!, Number(cells[countAt])]),
  )
}

describe.skipIf(!corpusDir)('corpus: the English article through the years', () => {
  const counts = corpusDir ? expectedTableCounts('en-history', 'index.tsv') : new Map()
  test.each(files('en-history'))('%s parses with every table found', (name) => {
    const doc = readGfm(read('en-history', name), { file: name })
    expect(doc.title).toMatch(/multi-?factor authentication/i)
    expect(doc.msDate).toBe(name.slice(0, 10))
    expect(tablesOf(doc.blocks)).toHaveLength(counts.get(name)!)
  })
  test('the corpus has all 12 versions', () => {
    expect(files('en-history')).toHaveLength(12)
  })
})

describe.skipIf(!corpusDir)('corpus: translated markdown', () => {
  const counts = corpusDir ? expectedTableCounts('sv-history', 'index.tsv') : new Map()
  test.each(files('sv-history'))('Swedish %s parses with every table found', (name) => {
    const doc = readGfm(read('sv-history', name), { file: name })
    expect(tablesOf(doc.blocks)).toHaveLength(counts.get(name)!)
  })
  test.each(files('other-locales'))('%s parses', (name) => {
    const doc = readGfm(read('other-locales', name), { file: name })
    expect(tablesOf(doc.blocks).length).toBeGreaterThan(0)
    expect(doc.title).not.toBeNull()
  })
})

describe.skipIf(!corpusDir)(
  'corpus: 26 other Learn articles against markdown-it as an oracle',
  () => {
    test.each(files('robustness'))('%s: same tables, same cell text and marks', (name) => {
      const text = read('robustness', name)
      const ours = tablesOf(readGfm(text, { file: name }).blocks)
      const oracle = oracleTables(text)
      expect(ours.length).toBe(oracle.length)
      ours.forEach((table, index) => {
        expect(table.columns).toEqual(oracle[index]!.columns)
        expect(table.rows.map((row) => row.cells)).toEqual(oracle[index]!.rows)
        expect(table.rows.map((row) => row.marks)).toEqual(oracle[index]!.marks)
      })
    })
  },
)
