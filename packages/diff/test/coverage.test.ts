import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { Change } from '@mfa-residency/compare'
import { describe, expect, test } from 'vitest'
import { compare, corpus, corpusDir } from './docs.js'

// Every line git shows as changed must sit inside at least one reported change: nothing unflagged.

/** Line numbers on each side of `git diff --no-index -U0`. */
function gitChangedLines(a: string, b: string): { base: number[]; head: number[] } {
  let out: string
  try {
    out = execFileSync('git', ['diff', '--no-index', '-U0', '--no-color', a, b], {
      encoding: 'utf8',
    })
  } catch (error) {
    out = (error as { stdout: string }).stdout // exit 1 means "differences found"
  }
  const base: number[] = []
  const head: number[] = []
  for (const match of out.matchAll(/^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/gm)) {
    const [from, fromCount = '1', to, toCount = '1'] = match.slice(1)
    for (let i = 0; i < Number(fromCount); i++) base.push(Number(from) + i)
    for (let i = 0; i < Number(toCount); i++) head.push(Number(to) + i)
  }
  return { base, head }
}

const uncovered = (lines: number[], changes: Change[], side: 'base' | 'head') =>
  lines.filter(
    (line) =>
      !changes.some(
        (change) => change[side] && change[side].line <= line && line <= change[side].endLine,
      ),
  )

const history = corpusDir
  ? readdirSync(path.join(corpusDir, 'en-history'))
      .filter((name) => name.endsWith('.md'))
      .sort()
  : []
const pairs = history.slice(1).map((name, index) => [history[index]!, name] as const)

describe.skipIf(!corpusDir)(
  'corpus: consecutive English versions, every changed line reported',
  () => {
    test('there are 11 consecutive pairs', () => {
      expect(pairs).toHaveLength(11)
    })

    test.each(pairs)('%s → %s', (before, after) => {
      const report = compare(
        { en: corpus(`en-history/${before}`) },
        { en: corpus(`en-history/${after}`) },
      )
      const lines = gitChangedLines(
        path.join(corpusDir!, 'en-history', before),
        path.join(corpusDir!, 'en-history', after),
      )
      expect(lines.base.length + lines.head.length).toBeGreaterThan(0)
      expect(uncovered(lines.base, report.changes, 'base')).toEqual([])
      expect(uncovered(lines.head, report.changes, 'head')).toEqual([])
    })
  },
)
