import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import type { Yaml } from 'mdast'
import { describe, expect, test } from 'vitest'
import { readFrontMatter, readFrontMatterWithYaml } from '../src/front-matter.js'
import { parseFullGfm } from '../src/parse-gfm.js'
import { readPlainPairs } from '../src/plain-front-matter.js'
import { corpusDir, corpusMarkdownFiles, englishPath, englishText } from './seeds.js'

// The plain-pairs reader must read exactly what the YAML parser reads, or leave the text to it.

/** The front matter node of a markdown text, as remark-frontmatter makes it. */
function frontMatterOf(markdown: string): Yaml | null {
  const first = parseFullGfm(markdown).children[0]
  return first?.type === 'yaml' ? first : null
}

/** What a read ends in, comparable with `toStrictEqual`: the fields, or the error's text. */
function settle(read: () => unknown) {
  try {
    return { read: read() }
  } catch (error) {
    return { error: String(error) }
  }
}

const bothReaders = (node: Yaml, file: string) => {
  expect(settle(() => readFrontMatter(node, file))).toStrictEqual(
    settle(() => readFrontMatterWithYaml(node, file)),
  )
  return readPlainPairs(node.value, node.position!.start.line + 1) === null ? 'yaml' : 'plain'
}

describe('front matter read without the YAML parser', () => {
  test("the seed's front matter takes the plain path and reads as YAML reads it", () => {
    const node = frontMatterOf(englishText)!
    expect(bothReaders(node, englishPath)).toBe('plain')
    expect(readFrontMatter(node, englishPath)).toMatchObject({
      msDate: '2024-11-27',
      lines: { 'ms.date': { line: 9, endLine: 9 } },
    })
  })

  test.each([
    ['a number', 'ms.topic: 42'],
    ['a boolean', 'ms.custom: True'],
    ['a null', 'manager: ~'],
    ['an empty value', 'manager:'],
    ['a comment', 'title: Data # residency'],
    ['a quoted value', "title: 'Data residency'"],
    ['a flow sequence', 'ms.custom: [a, b]'],
    ['a key given twice', 'title: a\ntitle: b'],
    ['an indented line', 'title: a\n  b'],
    ['a list', 'ms.custom:\n  - a'],
    ['a colon and a space', 'title: Data: residency'],
    ['a letter outside ASCII', 'title: Dataresidens för MFA'],
    ['a tab', 'title:\tData'],
    ['a carriage return', 'title: Data\r\nauthor: a'],
  ])('%s is left to the YAML parser', (_, text) => {
    expect(readPlainPairs(text, 2)).toBeNull()
  })

  // Lines built of the pieces YAML treats specially, where they change what a line means.
  const keys = ['title', 'ms.date', 'ms.author', 'description', 'ms-topic', 'a_b', 'x1', 'null']
  const pieces = [
    'Data residency',
    'MFA',
    '11/27/2024',
    '2024-11-27',
    '13/45/2024',
    'true',
    'False',
    'NULL',
    '~',
    '42',
    '-7',
    '+3',
    '3.',
    '.5',
    '1e5',
    '0x1F',
    '0o17',
    '.inf',
    '.NaN',
    'a:b',
    ':',
    ': ',
    ' #x',
    '#',
    "'",
    '"',
    '[',
    ']',
    '{',
    ',',
    '&a',
    '*a',
    '!t',
    '|',
    '>',
    '%',
    '@',
    '`',
    '- ',
    '?',
    '\\',
    ' ',
    '\t',
    'å',
    'https://learn.microsoft.com/x',
  ]
  // Mostly lines a Learn article has, so that whole front matters take the plain path too.
  const words = fc.constantFrom('Data residency', 'MFA', 'concept', '11/27/2024', 'a.b-c_d')
  const value = fc.oneof(
    { weight: 3, arbitrary: words },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.oneof(words, fc.constantFrom(...pieces)), { maxLength: 4 })
        .map((parts) => parts.join('')),
    },
  )
  const separator = fc.oneof(
    { weight: 4, arbitrary: fc.constant(': ') },
    { weight: 1, arbitrary: fc.constantFrom(':  ', ':', ' : ', ':\t') },
  )
  const pair = fc.tuple(fc.constantFrom(...keys), separator, value).map((parts) => parts.join(''))
  const other = fc.constantFrom('', '   ', '# a comment', '  continued', '- item', '...', '---')
  const line = fc.oneof({ weight: 12, arbitrary: pair }, { weight: 1, arbitrary: other })
  const frontMatter = fc
    .array(line, { minLength: 1, maxLength: 6 })
    .map((lines) => lines.join('\n'))

  test('fuzzed front matter reads the same through both readers, and both paths are taken', () => {
    const paths = { plain: 0, yaml: 0 }
    fc.assert(
      fc.property(frontMatter, (text) => {
        const node: Yaml = {
          type: 'yaml',
          value: text,
          position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1 } },
        }
        paths[bothReaders(node, 'fuzz.md')]++
      }),
      {
        seed: Number(process.env.FUZZ_SEED ?? 424242),
        numRuns: Number(process.env.FUZZ_RUNS ?? 2000),
      },
    )
    expect(paths.plain).toBeGreaterThan(100)
    expect(paths.yaml).toBeGreaterThan(100)
  })
})

// Real upstream documents from ../shared/corpus (CC BY 4.0, Microsoft); never copied into the repo.
const corpusFiles = corpusMarkdownFiles()
if (!corpusDir) console.warn('corpus front matter skipped: ../shared/corpus not found')

describe.skipIf(!corpusDir)('every corpus file: its front matter reads as YAML reads it', () => {
  const paths = new Map<string, 'plain' | 'yaml'>()
  test.each(corpusFiles)('%s', (name) => {
    const node = frontMatterOf(readFileSync(path.join(corpusDir!, name), 'utf8'))
    if (node) paths.set(name, bothReaders(node, name))
  })

  // Other articles' comments, commas and quotes go to the YAML parser, which is slower, not wrong.
  test('every English version of the article takes the plain path', () => {
    const english = corpusFiles.filter((name) => name.startsWith('en-history'))
    expect(english.length).toBeGreaterThan(10)
    expect(english.map((name) => paths.get(name))).toEqual(english.map(() => 'plain'))
  })
})
