import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { ParsedDocument } from '../src/document.js'
import { MAX_SOURCE_BYTES } from '../src/input-limits.js'
import { readGfm } from '../src/read-gfm.js'
import { readLearnHtml } from '../src/read-learn-html.js'
import { readLearnText } from '../src/read-learn-text.js'
import { SourceError } from '../src/source-error.js'
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

const english = readEnglish()
const readers = {
  gfm: (input: string | Uint8Array) => readGfm(input, { file: 'fuzz' }),
  text: (input: string | Uint8Array) =>
    readLearnText(input, { file: 'fuzz', locale: 'sv', reference: english }),
  html: (input: string | Uint8Array) => readLearnHtml(input, { file: 'fuzz', locale: 'sv' }),
}

// Pieces of Learn markdown, text and HTML, so random documents hit the interesting paths.
const piece = fc.constantFrom(
  '# Title\n',
  '## Section\n',
  '### Sub\n',
  '| a | b |\n',
  '|---|---|\n',
  'x | y |\n',
  '---|---|\n',
  '| v<br/>w | z |\n',
  '> [!NOTE]\n',
  '> ',
  '- item\n',
  '  - nested\n',
  '1. first\n',
  '```\n',
  '~~~js\n',
  '<br />',
  '\\|',
  '&#124;',
  '&amp;',
  '<a name="x"></a>\n',
  '---\ntitle: t\nms.date: 11/27/2024\n---\n',
  'ms.date: 13/45/2024\n',
  '\n',
  '\n\n',
  ' ',
  '\t',
  'Viktigt!\n',
  'Kommentar\n',
  'Tips\n',
  'constructor\n',
  '<div class="NOTE"><p>Note</p><p>x</p></div>',
  '<h1>T</h1>',
  '<table><tr><td>a<br>b</td></tr></table>',
  '<main><div class="content">',
  '</div></main>',
  '\u0000',
  '\uFEFF',
  '\r\n',
  '\r',
  'Röstsamtal',
  '日本語',
  '🙂',
  '\u200b',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
)
const documentText = fc
  .array(
    fc.oneof(piece, fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 })),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''))

describe('fuzzed readers end in a document or a clear error', () => {
  for (const [name, read] of Object.entries(readers)) {
    test(`${name}: documents built from Learn-like pieces`, () => {
      fc.assert(
        fc.property(documentText, (text) => void outcome(() => read(text))),
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
