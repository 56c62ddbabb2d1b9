import path from 'node:path'
import type { Report } from '@mfa-residency/compare'
import { describe, expect, test } from 'vitest'
import { compareSnapshots } from '../src/compare-snapshots.js'
import { formatMarkdown } from '../src/format-markdown.js'
import { formatText } from '../src/format-text.js'
import { resolveSnapshot } from '../src/snapshot.js'
import { compare, corpus, corpusDir, repoRoot, seed } from './docs.js'
import { render, visibleText } from './render.js'

/** The summary layer as a reader sees it: from its heading to the sections'. */
const summaryOf = (markdown: string) =>
  visibleText(render(markdown.slice(0, markdown.indexOf('### Changes by entity'))))

/** Every data change belongs to a summary entity, whose name the summary shows. */
function expectEveryEntityNamed(report: Report) {
  const markdown = summaryOf(formatMarkdown(report))
  const text = formatText(report, { color: false })
  report.changes.forEach((change, index) => {
    if (change.classification !== 'data') return
    const entity = report.summary.entities.find((candidate) => candidate.changes.includes(index))
    expect(entity, change.path).toBeDefined()
    const prefix =
      entity!.kind === 'prose'
        ? /^(headings|paragraphs)\//
        : entity!.kind === 'vocabulary'
          ? /^terms\//
          : entity!.kind === 'metadata'
            ? /^(metadata|sources)\//
            : new RegExp(`^${entity!.path}(/|$)`)
    expect(change.path).toMatch(prefix)
    expect(markdown).toContain(entity!.name)
    expect(text).toContain(entity!.name)
  })
}

describe.skipIf(!corpusDir)(
  'seed → 2025-06-06 (14d4dbf), as `--head en=<file>` compares it',
  () => {
    const file = corpusDir ? path.join(corpusDir, 'en-history/2025-06-06_14d4dbf.md') : ''
    const sides = corpusDir
      ? Promise.all([
          resolveSnapshot('committed', repoRoot),
          resolveSnapshot(`en=${file}`, repoRoot),
        ])
      : null!
    const docs = corpusDir
      ? compare(seed, { en: corpus('en-history/2025-06-06_14d4dbf.md'), sv: seed.sv })
      : null!

    test('every data change’s entity is named in the summary', async () => {
      const [base, head] = await sides
      expectEveryEntityNamed(compareSnapshots(base, head))
      expectEveryEntityNamed(docs)
    })

    test('the whole report, without a link base, is at most 11,000 characters', async () => {
      const [base, head] = await sides
      const markdown = formatMarkdown(compareSnapshots(base, head))
      expect(markdown.length).toBeLessThanOrEqual(11_000)
      expect(markdown).not.toContain('(truncated)')
      expect(formatMarkdown(docs).length).toBeLessThanOrEqual(11_000)
    })

    test('the facts in words, with the vocabulary’s names', () => {
      const summary = summaryOf(formatMarkdown(docs))
      expect(summary).toContain(
        'major release of @mfa-residency/dataset, because: 3 tables, 1 list, 2 list items, 2 notes, 15 terms removed; 4 cells no longer name: Blocked users (if fraud was reported).',
      )
      expect(summary).toContain(
        'Tables removed: Data stored by MFA Server (4 rows × 2 columns), MFA server and cloud-based MFA (2 rows × 5 columns)',
      )
      expect(summary).toContain(
        'Voice call, Microsoft Authenticator notification · Data store type: no longer stores Blocked users (if fraud was reported)',
      )
      expect(summary).toContain('heading reworded: “Next steps” → “Related content”')
      expect(summary).toContain('Translations: sv: 5 stale, 20 extra')
    })

    test('blank-line hunks get no row; drift is one row per entity, by kind', () => {
      const markdown = formatMarkdown(docs)
      expect(markdown).toContain('10 blank-line-only hunks next to other changes, not listed.')
      expect(markdown).not.toContain('Blank lines around a change')
      const drift = markdown.slice(markdown.indexOf('<details><summary>Translation drift'))
      expect(drift).toContain('**sv stale** (5)')
      expect(drift).toContain('**sv extra** (20)')
      expect(drift.slice(0, drift.indexOf('</details>')).match(/^- /gm)).toHaveLength(25)
    })
  },
)

describe('moves read as moves', () => {
  test('a list whose items were reordered: the item that moved, and the order before and after', () => {
    const report = compare(seed, {
      en: seed.en.replace(
        '* Blocked users\n* Bypassed users\n',
        '* Bypassed users\n* Blocked users\n',
      ),
      sv: seed.sv,
    })
    const markdown = formatMarkdown(report)
    expect(summaryOf(markdown)).toMatch(
      /items reordered: “(Blocked|Bypassed) users” moved [12] → [12]/,
    )
    const html = render(markdown)
    expect(html).toContain('before: blocked-users<br>bypassed-users')
    expect(html).not.toMatch(/<del>|<ins>/)
  })

  test('a cell whose values were reordered', () => {
    const voice =
      '| Voice call                           | Multifactor authentication logs<br/>Multifactor authentication activity report data store<br/>Blocked users (if fraud was reported) |'
    const report = compare(seed, {
      en: seed.en.replace(
        voice,
        '| Voice call                           | Blocked users (if fraud was reported)<br/>Multifactor authentication logs<br/>Multifactor authentication activity report data store |',
      ),
      sv: seed.sv,
    })
    const markdown = formatMarkdown(report)
    expect(summaryOf(markdown)).toContain(
      'Voice call · Data store type: values reordered: Blocked users (if fraud was reported) moved 3 → 1',
    )
    expect(render(markdown)).not.toMatch(/<del>|<ins>/)
  })
})

test('a removed row shows its cells by column', () => {
  const report = compare(seed, {
    en: seed.en.replace(/\| One-way SMS {26}\| Multifactor authentication logs {5}\|\n/, ''),
    sv: seed.sv,
  })
  const markdown = formatMarkdown(report)
  expect(markdown).toContain(
    [
      '| Event type | Data store type |',
      '| - | - |',
      '| One-way SMS | Multifactor authentication logs |',
    ].join('\n'),
  )
  expect(formatText(report, { color: false })).toContain(
    'Event type: One-way SMS · Data store type: Multifactor authentication logs',
  )
})
