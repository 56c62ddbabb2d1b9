import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { formatMarkdown, MAX_LENGTH } from '../src/format-markdown.js'
import { compare, corpus, corpusDir, seed } from './docs.js'
import { expectRendersSafely } from './render.js'
import { repoCopy, run } from './repository-copy.js'

const linkBase =
  'https://github.com/mfa-residency/mfa-residency/blob/0123456789abcdef0123456789abcdef01234567/'
const sovereign = 'Multifactor authentication activity reports for sovereign clouds'
// One cell of 200 kB: what a pasted log or a broken table can do to a page.
const hugeCell = (text: string) =>
  text.replace('| China ', `| China ${'lorem ipsum dolor '.repeat(11_200)}`)

describe('the size budget', () => {
  const report = compare(seed, { en: hugeCell(seed.en), sv: seed.sv })

  test('a 200 kB cell: the report stays within 60,000 characters and says what it cut', () => {
    const full = formatMarkdown(report, { maxLength: Number.POSITIVE_INFINITY })
    expect(full.length).toBeGreaterThan(400_000)
    const markdown = formatMarkdown(report)
    expect(markdown.length).toBeLessThanOrEqual(MAX_LENGTH)
    expect(markdown.split('\n')[0]).toBe(
      '## Docs diff (truncated): major release of `@mfa-residency/dataset`',
    )
    expect(markdown).toContain('**Truncated** to fit 60,000 characters.')
    expect(markdown).toContain(
      `Sections shown as counts: To curate (1 value), Table “${sovereign}” (1 change).`,
    )
    expect(markdown).toContain('The full report is in the workflow artifacts.')
    // The summary stays, its doc text cut short.
    expect(markdown).toContain(
      `- Table **${sovereign}**: Microsoft Azure operated by 21Vianet · Sign-in logs: China → China lorem ipsum`,
    )
    expectRendersSafely(markdown)
  })

  test('the note names where the full report is', () => {
    const url = 'https://github.com/o/r/actions/runs/1#artifacts'
    const markdown = formatMarkdown(report, { fullReportUrl: url })
    expect(markdown).toContain(`See [the full report](${url}).`)
  })

  describe.skipIf(!corpusDir)('the longest real span, 2019-12-12 → 2025-06-06, with links', () => {
    const span = corpusDir
      ? compare(
          { en: corpus('en-history/2019-12-12.md') },
          { en: corpus('en-history/2025-06-06_f3f8c28.md') },
        )
      : null!
    const full = corpusDir
      ? formatMarkdown(span, { linkBase, maxLength: Number.POSITIVE_INFINITY })
      : ''

    test('fits whole', () => {
      expect(full.length).toBeLessThanOrEqual(MAX_LENGTH)
      expect(formatMarkdown(span, { linkBase })).toBe(full)
      expectRendersSafely(full, linkBase)
    })

    test('degrades in steps: details first, then the largest sections, then a cut', () => {
      const detailsOnly = formatMarkdown(span, { linkBase, maxLength: full.length - 100 })
      expect(detailsOnly.length).toBeLessThanOrEqual(full.length - 100)
      expect(detailsOnly).toMatch(/Details not listed: Cosmetic \(\d+ rows\)\. The full report/)
      expect(detailsOnly).not.toContain('Sections shown as counts')

      const sections = formatMarkdown(span, { linkBase, maxLength: 12_000 })
      expect(sections.length).toBeLessThanOrEqual(12_000)
      expect(sections).toMatch(/Sections shown as counts: [^.]*\(\d+ changes\)/)
      expect(sections).toContain('shown as a count to fit the size limit.')
      expectRendersSafely(sections, linkBase)

      const cut = formatMarkdown(span, { linkBase, maxLength: 2_000 })
      expect(cut.length).toBeLessThanOrEqual(2_000)
      expect(cut).toMatch(/Cut at a block boundary: the last \d+ blocks are left out\./)
      expectRendersSafely(cut, linkBase)
    })
  })

  test('docs:diff --max-length, --full-output and --full-report-url', async () => {
    const root = await repoCopy(hugeCell)
    const out = await mkdtemp(path.join(tmpdir(), 'mfa-residency-full-'))
    const fullFile = path.join(out, 'full.md')
    const url = 'https://example.test/full'
    const result = await run(
      [
        '--format',
        'markdown',
        '--max-length',
        '20000',
        '--full-output',
        fullFile,
        '--full-report-url',
        url,
      ],
      root,
    )
    expect(result.code).toBe(0)
    expect(result.stdout.length).toBeLessThanOrEqual(20_000)
    expect(result.stdout).toContain(`See [the full report](${url}).`)
    expect((await readFile(fullFile, 'utf8')).length).toBeGreaterThan(200_000)
    expect((await run(['--format', 'markdown', '--max-length', 'lots'], root)).code).toBe(2)
  })
})
