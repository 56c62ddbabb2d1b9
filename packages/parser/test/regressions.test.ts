import { describe, expect, test } from 'vitest'
import type { CodeBlock, ListBlock, TableBlock } from '../src/document.js'
import { readGfm } from '../src/read-gfm.js'
import { readLearnText } from '../src/read-learn-text.js'
import { SourceError } from '../src/source-error.js'
import { splitJoinedCells } from '../src/split-joined-cells.js'

// Found in review: each input once produced wrong data or a crash instead of an error.
describe('reader edge cases', () => {
  test('a line named like an Object property is text, not a callout label', () => {
    const doc = readLearnText('Title\nconstructor\ntoString\n', { file: 'sv.txt', locale: 'sv' })
    expect(doc.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph'])
  })

  test('the paragraphs of a list item are separate words, and code in it is kept', () => {
    const doc = readGfm('# T\n\n- First para.\n\n  Second para.\n\n      code line\n', {
      file: 'en.md',
    })
    const list = doc.blocks.find((block): block is ListBlock => block.kind === 'list')!
    expect(list.items[0]!.text).toBe('First para. Second para. code line')
  })

  test('blank lines inside English code do not make the Swedish code swallow the next line', () => {
    const english = readGfm(
      '# T\n\n```\na\n\nb\n```\n\nThe following table:\n\n| A |\n|---|\n| x |\n',
      {
        file: 'en.md',
      },
    )
    const swedish = readLearnText('T\na\nb\nFöljande tabell:\nA |\n---|\nx |\n', {
      file: 'sv.txt',
      locale: 'sv',
      reference: english,
    })
    expect(swedish.blocks.find((block): block is CodeBlock => block.kind === 'code')?.text).toBe(
      'a\nb',
    )
    expect(
      swedish.blocks.find((block): block is TableBlock => block.kind === 'table')?.leadIn,
    ).toBe('Följande tabell:')
  })

  test('a Swedish heading that reads like a callout label stays a heading', () => {
    const english = readGfm('# T\n\n## Tips\n\nSome text.\n', { file: 'en.md' })
    const swedish = readLearnText('T\nTips\nLite text.\n', {
      file: 'sv.txt',
      locale: 'sv',
      reference: english,
    })
    expect(swedish.blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph'])
  })

  test('a YAML alias bomb is a front matter error, not a crash', () => {
    const bomb = [
      '---',
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'
        .split('')
        .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`),
      '---',
      '# T',
      '',
    ].join('\n')
    expect(() => readGfm(bomb, { file: 'en.md' })).toThrowError(SourceError)
    expect(() => readGfm(bomb, { file: 'en.md' })).toThrowError(
      /^en\.md:2: invalid YAML front matter: /,
    )
  })

  test('a NUL byte in a file with CR line breaks is reported on its line', () => {
    expect(() => readGfm('# T\rline\r\0', { file: 'en.md' })).toThrowError('en.md:3: NUL byte')
  })
})

describe('joined cell edge cases', () => {
  test('a split with every part known wins even when many partial splits exist', () => {
    const cell = (sourceValues: string[], joined: string) => ({
      sourceValues,
      joined,
      file: 'sv.txt',
      line: 1,
    })
    const result = splitJoinedCells([
      cell(['X'], 'x'),
      cell(['XX'], 'x x'),
      cell(Array(8).fill('XX'), Array(16).fill('x').join(' ')),
    ])
    expect(result.issues).toEqual([])
    expect(result.outcomes[2]).toEqual({ kind: 'split', values: Array(8).fill('x x') })
  })
})
