import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Dataset } from '@mfa-residency/dataset'
import { terminalText } from '@mfa-residency/output-safety'
import { afterEach, describe, expect, test } from 'vitest'
import {
  characterName,
  controlCharacterWarning,
  findControlCharacters,
} from '../src/control-characters.js'
import { committedDataset, copyDocs, englishPath, runCli } from './repo.js'

const roots: string[] = []
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })))
})

const oath = '| OATH token                           | Multifactor authentication logs     |'
const cell =
  'tables/data-stored-by-microsoft-entra-multifactor-authentication/rows/oath-token/cells/data-store-type/values/0'

/** `pnpm generate` on a copy of docs-source/ whose English file went through `change`. */
async function generate(change: (text: string) => string) {
  const root = await copyDocs()
  roots.push(root)
  const file = path.join(root, englishPath)
  await writeFile(file, change(await readFile(file, 'utf8')))
  const out = path.join(root, 'dataset.json')
  const run = await runCli(['--root', root, '--out', out])
  return { run, dataset: JSON.parse(await readFile(out, 'utf8')) as Dataset }
}

describe('generate warns about control characters, and keeps them', () => {
  test('an ESC in a cell: one warning line with file:line and the entity path, exit 0', async () => {
    const { run, dataset } = await generate((text) =>
      text.replace(oath, '| OATH token | Multifactor \u001b[2Jauthentication logs |'),
    )
    expect(run.code).toBe(0)
    const warnings = run.stderr.split('\n').filter((line) => line.startsWith('warning:'))
    expect(warnings).toEqual([
      `warning: ${englishPath}:53: ${cell}: control character U+001B (ESC)`,
    ])
    // The warning shows the character as a code point; the raw ESC never reaches it.
    expect(warnings.join('\n')).not.toContain('\u001b')
    const table = dataset.tables.find(
      (entity) => entity.id === 'data-stored-by-microsoft-entra-multifactor-authentication',
    )!
    const values = table.rows.find((row) => row.id === 'oath-token')!.cells['data-store-type']!
    expect(values.en).toEqual(['Multifactor \u001b[2Jauthentication logs'])
  })

  test('the seeds give none', async () => {
    const { run } = await generate((text) => text)
    expect(run.code).toBe(0)
    expect(run.stderr).not.toContain('warning:')
    const committed = JSON.parse(await readFile(committedDataset, 'utf8')) as Dataset
    expect(findControlCharacters(committed)).toEqual([])
  })
})

describe('findControlCharacters', () => {
  const committed = async () => JSON.parse(await readFile(committedDataset, 'utf8')) as Dataset

  test('counts each character once per text, names fields, and covers sources and terms', async () => {
    const data = await committed()
    const heading = data.headings[0]!
    heading.text.sv = '\u202eabc\u202e\u0007'
    data.tables[0]!.leadIn.en = 'x\u009by'
    data.sources.en.title = 'T\u0000'
    data.terms[0]!.label.en = 'a\u007f'
    const lines = findControlCharacters(data, 'vocabulary/terms.yaml').map(controlCharacterWarning)
    expect(lines).toEqual([
      `warning: docs-source/sv/concept-mfa-data-residency.txt:1: headings/${heading.id} (text): control character U+202E (RLO), 2 times`,
      `warning: docs-source/sv/concept-mfa-data-residency.txt:1: headings/${heading.id} (text): control character U+0007 (BEL)`,
      `warning: ${englishPath}:51: tables/${data.tables[0]!.id} (leadIn): control character U+009B (CSI)`,
      `warning: ${englishPath}: sources/en (title): control character U+0000 (NUL)`,
      `warning: vocabulary/terms.yaml: terms/${data.terms[0]!.id} (label): control character U+007F (DEL)`,
    ])
  })

  test('finds every character terminalText rewrites, alone in any one text', async () => {
    const data = await committed()
    const heading = data.headings[0]!
    const original = heading.text.en
    const controls = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter(
      (char) => !/[\ud800-\udfff]/.test(char) && terminalText(char) !== char,
    )
    expect(controls.length).toBeGreaterThan(60)
    for (const char of controls) {
      heading.text.en = `${original}${char}`
      expect(findControlCharacters(data).map((found) => found.codePoint)).toEqual([
        char.codePointAt(0),
      ])
    }
  })

  test('names every character it warns about', () => {
    expect(characterName(0x1b)).toBe('U+001B (ESC)')
    expect(characterName(0x80)).toBe('U+0080 (C1 control)')
    expect(characterName(0x2069)).toBe('U+2069 (PDI)')
  })
})
