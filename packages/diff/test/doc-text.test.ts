import { describe, expect, test } from 'vitest'
import { docPhrasing, liveRanges, markdownText } from '../src/markdown/doc-text.js'
import { serialize } from '../src/markdown/serialize.js'
import { expectRendersSafely } from './render.js'

const live = (text: string) => liveRanges(text).map(([start, end]) => text.slice(start, end))

describe('what GitHub would make live is found', () => {
  test.each([
    ['@octocat said', ['@octocat']],
    ['ask @github/security now', ['@github/security']],
    ['the @SUM of it', ['@SUM']],
    ['see #123, GH-45 and owner/repo#6', ['#123', 'GH-45', 'owner/repo#6']],
    ['at https://evil.example/x?y=1. Then', ['https://evil.example/x?y=1']],
    ['or www.evil.example, or mail a.b@evil.example', ['www.evil.example', 'a.b@evil.example']],
    ['commit 14d4dbf and deadbeefcafe', ['14d4dbf']],
  ])('%s', (text, found) => {
    expect(live(text)).toEqual(found)
  })

  test('plain prose is left alone: C# 7, 90 days, Azure AD, 2025-06-06, a#b', () => {
    expect(live('C# 7, 90 days, Azure AD, 2025-06-06, a#b')).toEqual([])
  })
})

describe('doc text as Markdown', () => {
  test('live stretches are code, split by a word diff or not', () => {
    const nodes = docPhrasing([
      { text: 'ping @octo' },
      { text: 'cat', mark: 'ins' },
      { text: ' now' },
    ])
    const markdown = serialize({ type: 'paragraph', children: nodes })
    expect(markdown).toBe('ping `@octo`<ins>`cat`</ins> now\n')
    expectRendersSafely(markdown)
  })

  test('an edit keeps its spaces outside the tags, so it renders next to punctuation', () => {
    const nodes = docPhrasing([
      { text: 'United States' },
      { text: ', Europe,', mark: 'del' },
      { text: ' and Asia' },
    ])
    expect(serialize({ type: 'paragraph', children: nodes })).toBe(
      'United States<del>, Europe,</del> and Asia\n',
    )
  })

  test('markdownText escapes what would start markup, and pipes, and stays on one line', () => {
    expect(markdownText('*a* | [b](c) <i>\n# d ~~e~~ @f')).toBe(
      '\\*a\\* \\| \\[b]\\(c) \\<i> # d \\~\\~e\\~\\~ `@f`',
    )
  })

  test('the rendering checks catch what they look for', () => {
    expect(() => expectRendersSafely('@octocat')).toThrow()
    expect(() => expectRendersSafely('a ~~b')).toThrow()
    expect(() => expectRendersSafely('| a | b |\n| - | - |\n| c | d | e |')).toThrow()
    expect(() => expectRendersSafely('[x](https://evil.example)')).toThrow()
  })
})
