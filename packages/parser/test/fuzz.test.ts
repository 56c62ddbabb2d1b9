import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { ParsedDocument } from '../src/document.js'
import { MAX_SOURCE_BYTES } from '../src/input-limits.js'
import { parseFullGfm } from '../src/parse-gfm.js'
import { readGfm, readGfmParsedBy } from '../src/read-gfm.js'
import { readLearnHtml } from '../src/read-learn-html.js'
import { readLearnText } from '../src/read-learn-text.js'
import { SourceError } from '../src/source-error.js'
import { learnDocumentText } from './learn-pieces.js'
import { readEnglish } from './seeds.js'

// Every input ends in a document or a SourceError naming the file: never another exception. CI runs
// a fixed seed and a bounded number of runs; `pnpm --filter @mfa-residency/parser fuzz` runs long.
// Alignment of edited seeds is fuzzed in the generator (test/align-fuzz.test.ts).
const settings = {
  seed: Number(process.env.FUZZ_SEED ?? 424242),
  numRuns: Number(process.env.FUZZ_RUNS ?? 150),
}

function outcome(run: () => ParsedDocument | unknown): 'document' | 'source error' {
  try {
    run()
    return 'document'
  } catch (error) {
    if (error instanceof SourceError) {
      expect(error.issues.length).toBeGreaterThan(0)
      for (const issue of error.issues) expect(issue.file).toBe('fuzz')
      return 'source error'
    }
    throw error
  }
}

/** What a read ends in, comparable with `toStrictEqual`: the document, or the error's text. */
function settle(run: () => ParsedDocument) {
  try {
    return { document: run() }
  } catch (error) {
    return { error: String(error), issues: error instanceof SourceError ? error.issues : null }
  }
}

// Every gfm run also reads the input with remark-gfm's whole parse: the faster parse readGfm uses
// must end in the same document or the same error.
function readGfmAsFullGfm(input: string | Uint8Array): ParsedDocument {
  const options = { file: 'fuzz' }
  expect(settle(() => readGfm(input, options))).toStrictEqual(
    settle(() => readGfmParsedBy(parseFullGfm, input, options)),
  )
  return readGfm(input, options)
}

const english = readEnglish()
const readers = {
  gfm: readGfmAsFullGfm,
  text: (input: string | Uint8Array) =>
    readLearnText(input, { file: 'fuzz', locale: 'sv', reference: english }),
  html: (input: string | Uint8Array) => readLearnHtml(input, { file: 'fuzz', locale: 'sv' }),
}

describe('fuzzed readers end in a document or a clear error', () => {
  for (const [name, read] of Object.entries(readers)) {
    test(`${name}: documents built from Learn-like pieces`, () => {
      fc.assert(
        fc.property(learnDocumentText(), (text) => void outcome(() => read(text))),
        settings,
      )
    })
    test(`${name}: arbitrary Unicode`, () => {
      fc.assert(
        fc.property(
          fc.string({ unit: 'binary', maxLength: 500 }),
          (text) => void outcome(() => read(text)),
        ),
        settings,
      )
    })
    test(`${name}: arbitrary bytes (invalid UTF-8, NUL)`, () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => void outcome(() => read(bytes))),
        settings,
      )
    })
  }
})

describe('the inputs the issue names', () => {
  test('a 10,000-row table parses, every row on its line', () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => `| r${index} | v<br/>w |`)
    const doc = readGfm(`# T\n\n| a | b |\n|---|---|\n${rows.join('\n')}\n`, { file: 'fuzz' })
    const table = doc.blocks.find((block) => block.kind === 'table')!
    expect(
      table.kind === 'table' && [
        table.rows.length,
        table.rows.at(-1)!.line,
        table.rows.at(-1)!.cells[1],
      ],
    ).toEqual([10_000, 10_004, ['v', 'w']])
  })

  test.each([
    [
      'deeply nested blockquotes',
      `# T\n\n${'>'.repeat(10_000)} x\n`,
      'fuzz:3: blocks nest deeper than 32 columns',
    ],
    [
      'deeply nested lists',
      `# T\n\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n')}\n`,
      'fuzz:20: blocks nest deeper than 32 columns',
    ],
    [
      'an absurd size',
      `# T\n\n${'a'.repeat(MAX_SOURCE_BYTES + 1)}`,
      'fuzz: 1.0 MiB is too large: the limit is 1 MiB',
    ],
  ])('%s: a clear error, quickly', (_, text, message) => {
    expect(() => readGfm(text, { file: 'fuzz' })).toThrowError(message)
  })

  test('deeply nested HTML is an error, not a stack overflow', () => {
    const html = `<main><div class="content"><h1>T</h1>${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}</div></main>`
    expect(() => readLearnHtml(html, { file: 'fuzz', locale: 'sv' })).toThrowError(SourceError)
  })

  test('a 1 MB line and an unterminated code fence parse', () => {
    expect(readGfm(`# T\n\n${'word '.repeat(200_000)}\n`, { file: 'fuzz' }).blocks).toHaveLength(1)
    const fenced = readGfm('# T\n\n```js\nconst a = 1\n| a | b |\n|---|---|\n', { file: 'fuzz' })
    expect(fenced.blocks.map((block) => block.kind)).toEqual(['code'])
  })
})
