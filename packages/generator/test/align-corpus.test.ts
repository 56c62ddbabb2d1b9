import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { readGfm } from '@mfa-residency/parser'
import { describe, expect, test } from 'vitest'
import { alignCurrent } from './align-current.js'
import { corpusDir } from './seeds.js'

// Real upstream documents from ../shared/corpus (CC BY 4.0, Microsoft); never copied into the repo.
if (!corpusDir)
  console.warn('alignment corpus suite skipped: ../shared/corpus not found (set MFA_CORPUS_DIR)')

const files = (folder: string) =>
  corpusDir
    ? readdirSync(path.join(corpusDir, folder))
        .filter((name) => name.endsWith('.md'))
        .sort()
    : []
const read = (folder: string, name: string) =>
  readFileSync(path.join(corpusDir!, folder, name), 'utf8')

describe.skipIf(!corpusDir)('corpus: translated markdown', () => {
  test.each(files('sv-history'))('Swedish %s aligns with the English of its time', (name) => {
    const doc = readGfm(read('sv-history', name), { file: name })
    // Each was translated from the English of 2021-01-14 or earlier; align with the nearest one.
    const english = readGfm(
      read('en-history', name < '2021' ? '2020-04-13.md' : '2021-01-14_b.md'),
      { file: 'en.md' },
    )
    const { tables } = alignCurrent(english, doc).body
    const swedishTables = doc.blocks.filter((block) => block.kind === 'table').length
    const paired = tables.filter((table) => table.source.sv !== null)
    expect(paired.length).toBe(Math.min(tables.length, swedishTables))
    for (const table of paired) {
      for (const row of table.rows) {
        for (const cell of Object.values(row.cells))
          if (cell.sv) expect(cell.sv).toHaveLength(cell.en.length)
      }
    }
  })
})
