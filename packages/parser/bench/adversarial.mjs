// Cost of hostile inputs against the seed's cost per MiB. Each input runs in its own child process
// (so peak memory is its own), after five warm-up parses of the seed docs (so neither side pays
// for the JIT), and the median of the runs is printed as a markdown table for BENCHMARKS.md.
// Usage: node bench/adversarial.mjs [runs]   (after `pnpm build`)
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { MAX_SOURCE_BYTES, readGfm, readLearnText } from '../dist/index.js'

const root = path.resolve(import.meta.dirname, '../../..')
const english = readFileSync(
  path.join(root, 'docs-source/en/concept-mfa-data-residency.md'),
  'utf8',
)
const swedish = readFileSync(
  path.join(root, 'docs-source/sv/concept-mfa-data-residency.txt'),
  'utf8',
)

const under = MAX_SOURCE_BYTES - 1024
const row = (cells, text = 'x') => `|${` ${text} |`.repeat(cells)}\n`
const fill = (head, unit) => head + unit.repeat(Math.floor((under - head.length) / unit.length))
const repeatUntil = (head, next, bytes) => {
  let text = head
  for (let index = 0; text.length < bytes; index++) text += next(index)
  return text
}
const paragraphs = (unit, perParagraph, count) =>
  `# T\n\n${`${unit.repeat(perParagraph)}\n\n`.repeat(count)}`

// The findings' inputs, just under the size limit, and the worst each shape limit still admits.
const inputs = {
  'wide table (250 columns)': () => fill(`# T\n\n${row(250, 'h')}${row(250, '-')}`, row(250)),
  'ragged table (1 to 500 cells)': () =>
    repeatUntil(
      `# T\n\n${row(250, 'h')}${row(250, '-')}`,
      (i) => row(1 + ((i * 37) % 500)),
      under - 2048,
    ),
  'emphasis runs (*a_)': () => fill('# T\n\n', '*a_'),
  'link openers ([a)': () => fill('# T\n\n', '[a'),
  'image openers (![a)': () => fill('# T\n\n', '![a'),
  '<br> runs in a cell': () => `${fill('# T\n\n| a |\n|---|\n| ', '<br>').slice(0, under - 3)} |\n`,
  'deep nesting (> x 127)': () => fill('# T\n\n', `${'> '.repeat(127)}a\n`),
  'wide table at the limits (63 columns)': () =>
    `# T\n\n${row(63, 'h')}${row(63, '-')}${row(63).repeat(Math.floor(25_000 / 63) - 3)}`,
  'ragged table at the limits': () =>
    `# T\n\n${row(63, 'h')}${row(63, '-')}${Array.from({ length: 760 }, (_, i) => row(1 + ((i * 37) % 63))).join('')}`,
  'emphasis at the limits': () => paragraphs('*a_', 333, 220),
  'link openers at the limits': () => paragraphs('[a', 500, 199),
  '<br> at the limits': () => `# T\n\n| a |\n|---|\n${`| ${'x<br>'.repeat(200)} |\n`.repeat(360)}`,
  'nesting at the limits (> x 16)': () => `# T\n\n${`${'> '.repeat(16)}a\n`.repeat(4650)}`,
  'fast-check sample (seed 424242)': () => {
    const piece = fc.constantFrom(
      '# Title\n',
      '## Section\n',
      '| a | b |\n',
      '|---|---|\n',
      '| v<br/>w | z |\n',
      '> [!NOTE]\n',
      '> ',
      '- item\n',
      '  - nested\n',
      '1. first\n',
      '```\n',
      '**bold** ',
      '_em_ ',
      '[link](x.md) ',
      '![img](x.png) ',
      'word ',
      '\n',
      '\n\n',
      '\\|',
      '&amp;',
    )
    const documents = fc.sample(fc.array(piece, { maxLength: 400 }), {
      seed: 424242,
      numRuns: 4000,
    })
    return documents
      .map((pieces) => `# T\n\n${pieces.join('')}\n\n`)
      .join('')
      .slice(0, under)
  },
}

const seedRun = () => {
  const reference = readGfm(english, { file: 'en.md' })
  readLearnText(swedish, { file: 'sv.txt', locale: 'sv', reference })
}

if (process.argv[2] === '--child') {
  const name = process.argv[3]
  const text = name === 'seed' ? null : inputs[name]()
  for (let round = 0; round < 5; round++) seedRun()
  const start = performance.now()
  let outcome = 'parsed'
  try {
    if (text === null) seedRun()
    else readGfm(text, { file: 'bench.md' })
  } catch (error) {
    outcome = error.name === 'SourceError' ? error.message.split('\n')[0] : `CRASH ${error.message}`
  }
  const milliseconds = performance.now() - start
  const bytes =
    text === null
      ? Buffer.byteLength(english) + Buffer.byteLength(swedish)
      : Buffer.byteLength(text)
  const status = readFileSync('/proc/self/status', 'utf8').match(/VmHWM:\s+(\d+) kB/)
  const peakKb = status ? Number(status[1]) : process.resourceUsage().maxRSS
  console.log(JSON.stringify({ bytes, milliseconds, peakKb, outcome }))
} else {
  const runs = Number(process.argv[2] ?? 3)
  const measure = (name) => {
    const results = Array.from({ length: runs }, () =>
      JSON.parse(
        execFileSync(process.execPath, [import.meta.filename, '--child', name], {
          encoding: 'utf8',
          maxBuffer: 16 * 1024 * 1024,
        }),
      ),
    )
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]
    return {
      ...results[0],
      milliseconds: median(results.map((result) => result.milliseconds)),
      peakKb: Math.max(...results.map((result) => result.peakKb)),
    }
  }
  const perMib = (result) => result.milliseconds / (result.bytes / 1024 / 1024)
  const seed = measure('seed')
  console.log(
    `node ${process.version}, ${runs} runs each, limit ${MAX_SOURCE_BYTES / 1024 / 1024} MiB`,
  )
  console.log(
    `seed (en + sv): ${(seed.bytes / 1024).toFixed(1)} KiB in ${seed.milliseconds.toFixed(1)} ms = ${(perMib(seed) / 1000).toFixed(2)} s/MiB, peak ${(seed.peakKb / 1024).toFixed(0)} MB\n`,
  )
  console.log('| input | size | time (median) | peak RSS | time per MiB vs seed | outcome |')
  console.log('|---|--:|--:|--:|--:|---|')
  for (const name of Object.keys(inputs)) {
    const result = measure(name)
    const cells = [
      name.replace(/[|*_[<]/g, '\\$&'),
      `${(result.bytes / 1024).toFixed(0)} KiB`,
      `${result.milliseconds.toFixed(0)} ms`,
      `${(result.peakKb / 1024).toFixed(0)} MB`,
      `${(perMib(result) / perMib(seed)).toFixed(2)}×`,
      result.outcome === 'parsed' ? 'parsed' : `\`${result.outcome.replace(/\|/g, '\\|')}\``,
    ]
    console.log(`| ${cells.join(' | ')} |`)
  }
}
