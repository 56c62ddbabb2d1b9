import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import type {
  Block,
  HeadingBlock,
  ListBlock,
  NoteBlock,
  ParagraphBlock,
  TableBlock,
} from '../src/document.js'
import { readGfm } from '../src/read-gfm.js'
import { readLearnHtml } from '../src/read-learn-html.js'
import { readLearnText } from '../src/read-learn-text.js'
import { corpusDir, readEnglish, readSwedish } from './seeds.js'

const blocksOf = (text: string) => readGfm(text, { file: 'doc.md' }).blocks
const first = <K extends Block['kind']>(blocks: Block[], kind: K) =>
  blocks.find((block) => block.kind === kind) as Extract<Block, { kind: K }>
const all = <K extends Block['kind']>(blocks: Block[], kind: K) =>
  blocks.filter((block) => block.kind === kind) as Extract<Block, { kind: K }>[]

describe('links are data', () => {
  test('markdown links, autolinks, literal URLs, reference links, raw anchors and images, in order', () => {
    const paragraph = first(
      blocksOf(
        [
          '# T',
          '',
          'See [x][ref], [y], <https://a.example>, www.c.example, <a href="https://d.example">raw <b>link</b></a>, <a href=bare.md>bare</a> and ![a map](map.png).',
          '',
          '[ref]: https://ref.example',
          '[y]: https://y.example "title"',
          '[ref]: https://second.example',
        ].join('\n'),
      ),
      'paragraph',
    )
    expect(paragraph.text).toBe(
      'See x, y, https://a.example, www.c.example, raw link, bare and a map.',
    )
    expect(paragraph.links).toEqual([
      { text: 'x', url: 'https://ref.example' },
      { text: 'y', url: 'https://y.example' },
      { text: 'https://a.example', url: 'https://a.example' },
      { text: 'www.c.example', url: 'http://www.c.example' },
      { text: 'raw link', url: 'https://d.example' },
      { text: 'bare', url: 'bare.md' },
      { text: 'a map', url: 'map.png' },
    ])
  })

  test('anchors without href, comments and unresolved references are no links', () => {
    const blocks = blocksOf(
      [
        "<a name='x'></a>",
        '',
        '## Heading with [a link](h.md)',
        '',
        'Text [not a reference] <!-- <a href="c.md">c</a> --> and <a id="i">no href</a>.',
      ].join('\n'),
    )
    expect(first(blocks, 'heading') satisfies HeadingBlock).toMatchObject({
      text: 'Heading with a link',
      links: [{ text: 'a link', url: 'h.md' }],
    })
    expect(first(blocks, 'paragraph').links).toEqual([])
  })

  test('raw HTML blocks, notes, list items and table cells keep their links', () => {
    const blocks = blocksOf(
      [
        "<p>Block <a href='q.md'>anchor</a> text</p>",
        '',
        '> [!IMPORTANT]',
        '> Migrate [users](migrate.md).',
        '>',
        '> Then see <a href="https://x.example/a?b=1&c=2">the guide</a>.',
        '',
        '- item [i](i.md)',
        '  - nested [n](n.md)',
        '',
        '| Method | Docs |',
        '| --- | --- |',
        '| [Voice call](voice.md)<sup>3</sup> | [one](1.md)<br>two |',
      ].join('\n'),
    )
    expect(first(blocks, 'paragraph')).toMatchObject({
      text: 'Block anchor text',
      links: [{ text: 'anchor', url: 'q.md' }],
    })
    expect((first(blocks, 'note') satisfies NoteBlock).links).toEqual([
      { text: 'users', url: 'migrate.md' },
      { text: 'the guide', url: 'https://x.example/a?b=1&c=2' },
    ])
    const lists = all(blocks, 'list') satisfies ListBlock[]
    expect(lists.map((list) => list.items.map((item) => item.links))).toEqual([
      [[{ text: 'i', url: 'i.md' }]],
      [[{ text: 'n', url: 'n.md' }]],
    ])
    const row = (first(blocks, 'table') satisfies TableBlock).rows[0]!
    expect(row.cells).toEqual([['Voice call'], ['one', 'two']])
    expect(row.marks).toEqual([[['3']], [[], []]])
    expect(row.links).toEqual([
      [[{ text: 'Voice call', url: 'voice.md' }]],
      [[{ text: 'one', url: '1.md' }], []],
    ])
  })
})

describe('superscripts are footnote marks', () => {
  const text = [
    '| Cloud | Logs | Service logs |',
    '| --- | --- | --- |',
    '| Australia | US<sup>1</sup> | Australia <sup>2</sup> |',
    '| Two | x<sup>1,2</sup><br>y <sup>3</sup> <sup>4</sup> | 10<sup>6</sup> requests |',
    '| Alone | <sup>5</sup> | |',
    '',
    '<sup>1</sup>OATH Code logs are stored in Australia',
    '',
    '<sup> 2 </sup> Voice calls are logged in the US',
    '',
    'A value of 10<sup>6</sup> is not a footnote.',
    '',
    '<sup>3</sup>',
  ].join('\n')
  const blocks = blocksOf(text)

  test('a superscript that ends a value is its mark, whatever the spacing', () => {
    const table = first(blocks, 'table')
    expect(table.rows.map((row) => row.cells)).toEqual([
      [['Australia'], ['US'], ['Australia']],
      [['Two'], ['x', 'y'], ['106 requests']],
      [['Alone'], ['5'], []],
    ])
    expect(table.rows.map((row) => row.marks)).toEqual([
      [[[]], [['1']], [['2']]],
      [
        [[]],
        [
          ['1', '2'],
          ['3', '4'],
        ],
        [[]],
      ],
      // A value that is only a superscript has nothing to mark: it is the value.
      [[[]], [[]], []],
    ])
  })

  test('a paragraph that starts with a superscript is a footnote, its text without the mark', () => {
    const paragraphs = all(blocks, 'paragraph') satisfies ParagraphBlock[]
    expect(paragraphs.map(({ text, footnote }) => ({ text, footnote }))).toEqual([
      { text: 'OATH Code logs are stored in Australia', footnote: '1' },
      { text: 'Voice calls are logged in the US', footnote: '2' },
      { text: 'A value of 106 is not a footnote.', footnote: undefined },
      { text: '3', footnote: undefined },
    ])
    expect(paragraphs.filter((paragraph) => 'footnote' in paragraph)).toHaveLength(2)
  })
})

describe('the other formats', () => {
  test('Learn HTML: <a href> are links, <sup> are marks and footnotes', () => {
    const doc = readLearnHtml(
      [
        '<html><body><main><div class="content"><h1>T</h1>',
        '<table><tr><th>Cloud</th><th>Logs</th></tr>',
        '<tr><td>Europe</td><td>US<sup>1</sup><br>Europe <sup>2</sup></td></tr></table>',
        '<p><sup>1</sup>OATH Code logs are stored in Australia</p>',
        '<p>See <a href="https://learn.example/migrate">the migration guide</a>.</p>',
        '</div></main></body></html>',
      ].join('\n'),
      { file: 'page.html', locale: 'en' },
    )
    const table = first(doc.blocks, 'table')
    expect(table.rows[0]).toMatchObject({
      cells: [['Europe'], ['US', 'Europe']],
      marks: [[[]], [['1'], ['2']]],
    })
    expect(
      all(doc.blocks, 'paragraph').map(({ text, footnote, links }) => ({ text, footnote, links })),
    ).toEqual([
      { text: 'OATH Code logs are stored in Australia', footnote: '1', links: [] },
      {
        text: 'See the migration guide.',
        footnote: undefined,
        links: [{ text: 'the migration guide', url: 'https://learn.example/migrate' }],
      },
    ])
  })

  test('Learn text has no links and no marks', () => {
    const doc = readSwedish()
    for (const block of doc.blocks) {
      if ('links' in block) expect(block.links).toEqual([])
      if (block.kind === 'table')
        for (const row of block.rows) {
          expect(row.links.flat(2)).toEqual([])
          expect(row.marks.flat(2)).toEqual([])
        }
      if (block.kind === 'list') for (const item of block.items) expect(item.links).toEqual([])
    }
    const plain = readLearnText('Titel\nSe [inte en länk](x.md).', { file: 't.txt', locale: 'sv' })
    expect(first(plain.blocks, 'paragraph').links).toEqual([])
  })

  test('the English seed: its four links, where they are', () => {
    const found = readEnglish().blocks.flatMap((block) =>
      'links' in block && block.links.length > 0
        ? [[block.kind, block.line, block.links.map((link) => link.url)]]
        : [],
    )
    expect(found).toEqual([
      ['paragraph', 19, ['https://www.microsoft.com/trust-center/privacy/data-location']],
      [
        'note',
        71,
        [
          'how-to-migrate-mfa-server-to-mfa-user-authentication.md',
          'https://www.microsoft.com/download/details.aspx?id=55849',
          'how-to-migrate-mfa-server-to-azure-mfa.md',
        ],
      ],
      ['paragraph', 127, ['howto-mfa-reporting-datacollection.md']],
    ])
  })
})

if (!corpusDir)
  console.warn(
    'links and marks corpus suite skipped: ../shared/corpus not found (set MFA_CORPUS_DIR)',
  )

describe.skipIf(!corpusDir)('corpus: the 2021-01-14_a version, with footnotes', () => {
  const name = '2021-01-14_a.md'
  const blocks = corpusDir
    ? readGfm(readFileSync(path.join(corpusDir, 'en-history', name), 'utf8'), { file: name }).blocks
    : []

  test('the public cloud table: "US" marked 1, "Europe" and "Australia" marked 2', () => {
    const table = all(blocks, 'table').find((candidate) => candidate.columns[0] === 'Public cloud')!
    expect(table.rows.map((row) => row.cells.map((cell) => cell.join('|')))).toEqual([
      ['US', 'US', 'US', 'US'],
      ['Europe', 'Europe', 'US', 'Europe'],
      ['Australia', 'Australia', 'US', 'Australia'],
    ])
    expect(table.rows.map((row) => row.marks)).toEqual([
      [[[]], [[]], [[]], [[]]],
      [[[]], [[]], [[]], [['2']]],
      [[[]], [[]], [['1']], [['2']]],
    ])
  })

  test('the footnotes are paragraphs with their mark, their text without it', () => {
    const footnotes = all(blocks, 'paragraph').filter((paragraph) => paragraph.footnote)
    expect(footnotes.map(({ footnote, text, line }) => ({ footnote, text, line }))).toEqual([
      { footnote: '1', text: 'OATH Code logs are stored in Australia', line: 105 },
      {
        footnote: '2',
        text: 'Voice calls multifactor authentication service logs are stored in the US',
        line: 107,
      },
    ])
  })

  test('its links, including the Trust Center link and the next-steps link', () => {
    const links = blocks.flatMap((block) => ('links' in block ? block.links : []))
    expect(links).toEqual([
      {
        text: 'Where is your data located?',
        url: 'https://www.microsoft.com/trustcenter/privacy/where-your-data-is-located',
      },
      {
        text: 'Azure AD Multifactor Authentication user data collection',
        url: 'howto-mfa-reporting-datacollection.md',
      },
    ])
  })

  test('no value of any table carries its mark in its text', () => {
    for (const table of all(blocks, 'table'))
      for (const row of table.rows)
        for (const value of row.cells.flat()) expect(value).not.toMatch(/\d$/)
  })
})
