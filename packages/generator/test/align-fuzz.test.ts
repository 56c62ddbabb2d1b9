import { readGfm, readLearnText, SourceError } from '@mfa-residency/parser'
import { expect, test } from 'vitest'
import { alignCurrent } from './align-current.js'
import { englishText, swedishText } from './seeds.js'

// Random edits to both seeds end in an aligned article or a SourceError naming the file: never
// another exception. A fixed seed and a bounded number of runs; FUZZ_SEED and FUZZ_RUNS run longer.
// The readers on their own are fuzzed in the parser (with fast-check, which the generator does not
// depend on: a seeded generator is enough here, and a failure names the edits to replay).
const seed = Number(process.env.FUZZ_SEED ?? 424242)
const runs = Math.ceil(Number(process.env.FUZZ_RUNS ?? 150) / 3)

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

/** mulberry32: small, seeded, and the same on every platform. */
function random(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
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

interface Edit {
  at: number
  cut: number
  insert: string
}

function edits(next: () => number) {
  const int = (below: number) => Math.floor(next() * below)
  const ascii = () => String.fromCharCode(0x20 + int(0x5f))
  // Any code point but a lone surrogate, as fast-check's binary strings.
  const anyCodePoint = () => {
    const point = int(0x10ffff - 0x800)
    return String.fromCodePoint(point < 0xd800 ? point : point + 0x800)
  }
  const string = (max: number, char: () => string) =>
    Array.from({ length: int(max + 1) }, char).join('')
  const part = () => {
    const choice = int(3)
    if (choice === 0) return pieces[int(pieces.length)]!
    return choice === 1 ? string(30, ascii) : string(10, anyCodePoint)
  }
  return (): Edit => ({
    at: int(2 ** 31),
    cut: int(41),
    insert: Array.from({ length: int(81) }, part).join(''),
  })
}

const apply = (text: string, { at, cut, insert }: Edit) => {
  const position = at % (text.length + 1)
  return text.slice(0, position) + insert + text.slice(position + cut)
}

// Each run reads and aligns two whole articles: well under a second, but machines are shared.
const timeout = runs * 2_000

test('random edits to the seeds still align, or fail with a SourceError', { timeout }, () => {
  const edit = edits(random(seed))
  const seen = new Set<string>()
  for (let run = 0; run < runs; run++) {
    const englishEdit = edit()
    const swedishEdit = edit()
    try {
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
    } catch (error) {
      throw new Error(
        `run ${run} of FUZZ_SEED=${seed}: ${JSON.stringify({ englishEdit, swedishEdit })}`,
        { cause: error },
      )
    }
  }
  expect(seen.has('aligned')).toBe(true)
})
