import { readGfm, readLearnText, SourceError } from '@mfa-residency/parser'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { alignCurrent } from './align-current.js'
import { englishText, swedishText } from './seeds.js'

// Random edits to both seeds end in an aligned article or a SourceError naming the file: never
// another exception. A fixed seed and a bounded number of runs; FUZZ_SEED and FUZZ_RUNS run longer.
const settings = {
  seed: Number(process.env.FUZZ_SEED ?? 424242),
  numRuns: Math.ceil(Number(process.env.FUZZ_RUNS ?? 150) / 3),
}

function outcome(run: () => unknown): 'aligned' | 'source error' {
  try {
    run()
    return 'aligned'
  } catch (error) {
    if (error instanceof SourceError) {
      expect(error.issues.length).toBeGreaterThan(0)
      for (const issue of error.issues) expect(issue.file).toBe('fuzz')
      return 'source error'
    }
    throw error
  }
}

// Pieces of Learn markdown and rendered text, so random edits hit the interesting paths.
const pieces = [
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
  '\n',
  '\n\n',
  ' ',
  '\t',
  'Viktigt!\n',
  'Kommentar\n',
  'Tips\n',
  'constructor\n',
  '\u0000',
  '\uFEFF',
  '\r\n',
  'Röstsamtal',
  '🙂',
  '\u200b',
  '*',
  '[',
  '<',
]

const edit = fc.record({
  at: fc.nat(),
  cut: fc.nat({ max: 40 }),
  insert: fc
    .array(
      fc.oneof(
        fc.constantFrom(...pieces),
        fc.string({ maxLength: 30 }),
        fc.string({ unit: 'binary', maxLength: 10 }),
      ),
      { maxLength: 80 },
    )
    .map((parts) => parts.join('')),
})

const apply = (text: string, { at, cut, insert }: { at: number; cut: number; insert: string }) => {
  const position = at % (text.length + 1)
  return text.slice(0, position) + insert + text.slice(position + cut)
}

// Each run reads and aligns two whole articles: well under a second, but machines are shared.
const timeout = settings.numRuns * 2_000

test('random edits to the seeds still align, or fail with a SourceError', { timeout }, () => {
  const seen = new Set<string>()
  fc.assert(
    fc.property(edit, edit, (englishEdit, swedishEdit) => {
      seen.add(
        outcome(() => {
          const source = readGfm(apply(englishText, englishEdit), { file: 'fuzz' })
          const target = readLearnText(apply(swedishText, swedishEdit), {
            file: 'fuzz',
            locale: 'sv',
            reference: source,
          })
          return alignCurrent(source, target)
        }),
      )
    }),
    settings,
  )
  expect(seen.has('aligned')).toBe(true)
})
