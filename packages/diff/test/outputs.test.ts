import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv } from 'ajv'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, test } from 'vitest'
import { formatChangeset } from '../src/changeset.js'
import { formatFailureMarkdown, formatMarkdown } from '../src/format-markdown.js'
import { formatText } from '../src/format-text.js'
import { compare, seed } from './docs.js'

// A 2025-style edit of the seed, made here so the test needs no corpus: the MFA Server table and
// every "Blocked users" value go, a routing sentence arrives.
const edited = seed.en
  .replace(/### Data stored by MFA Server[\s\S]*?(?=<a name='organizational)/, '')
  .replaceAll(/<br\s*\/?>Blocked users \(if fraud was reported\)/g, '')
  .replace(
    'are routed by global providers.',
    'are routed by global providers. These providers may route the SMS outside the user location.',
  )
const report = compare(seed, { en: edited, sv: seed.sv })
const linkBase = 'https://github.com/mfa-residency/mfa-residency/blob/0123abc/'
const markdown = formatMarkdown(report, { linkBase })

const toHtml = (text: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeStringify, { allowDangerousHtml: true })
      .processSync(text),
  )

describe('the Markdown report', () => {
  test('matches its snapshot', async () => {
    await expect(markdown).toMatchFileSnapshot('__snapshots__/seed-edit.md')
  })

  test('starts with its heading, the counts, then the summary with the bump and why', () => {
    // No hidden marker of its own: the workflow puts its marker (sha, run) before the report.
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '## Docs diff: major release of `@mfa-residency/dataset`',
      '',
      expect.stringMatching(
        /^\*\*\d+ changes\*\*: \d+ data, \d+ cosmetic, \d+ translation drift\. Base `base` → head `head`$/,
      ),
    ])
    expect(markdown).not.toContain('<!--')
    expect(markdown).toContain(
      '**major** release of `@mfa-residency/dataset`, because: 1 table, 1 note, 1 term removed; 4 cells no longer name: Blocked users (if fraud was reported).',
    )
  })

  test('renders as GitHub-flavoured HTML: summary, a section per entity, folded details', () => {
    const html = toHtml(markdown)
    expect(html).toContain('<h3>Summary</h3>')
    expect(html).toContain(
      '<li>Table removed: <strong>Data stored by MFA Server</strong> (4 rows × 2 columns)</li>',
    )
    expect(html).toContain('<h4>Table removed: Data stored by MFA Server · major · <a href=')
    // The removed table's cells, by column.
    expect(html).toContain('<th>Event type</th>\n<th>Data store type</th>')
    expect(html).toContain(
      '<td>Voice call</td>\n<td>Multifactor authentication logs<br>Multifactor authentication activity report data store<br>Blocked users (if fraud was reported)</td>',
    )
    expect(html).toMatch(/<td>Voice call · Data store type<\/td>/)
    expect(html).toContain('<del>Blocked users (if fraud was reported)</del>')
    expect(html).toContain(
      `<a href="${linkBase}docs-source/en/concept-mfa-data-residency.md#L74-L79">`,
    )
    expect(html).toMatch(/<details><summary>Translation drift: \d+ \(sv: /)
    for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) {
      const columns = table.match(/<th>/g)!.length
      for (const row of table.match(/<tr>[\s\S]*?<\/tr>/g) ?? [])
        expect(row.match(/<t[dh][ >]/g)).toHaveLength(columns)
    }
  })

  test('says "no changes", "analysis failed" and "truncated" differently', () => {
    const none = formatMarkdown(compare(seed, seed))
    const failed = formatFailureMarkdown(new Error('docs-source/en/x.md:3: empty document'))
    const cut = formatMarkdown(report, { maxLength: 4000 })
    expect(none.split('\n')[0]).toBe('## Docs diff: no changes')
    expect(failed.split('\n')[0]).toBe('## Docs diff: analysis failed')
    expect(cut.split('\n')[0]).toBe(
      '## Docs diff (truncated): major release of `@mfa-residency/dataset`',
    )
    expect(failed).toContain('docs-source/en/x.md:3: empty document')
    expect(toHtml(failed)).toContain('<strong>changes in this pull request are unreviewed</strong>')
  })

  test('escapes markdown in values so a cell cannot break the table', () => {
    // A code span and escaped asterisks survive extraction as literal `<b>` and `*`.
    const tricky = compare(seed, {
      en: seed.en.replace('| China ', '| China \\| `<b>Hong</b>` \\*Kong\\* '),
      sv: seed.sv,
    })
    const html = toHtml(formatMarkdown(tricky))
    expect(html).toContain('<ins>China | &#x3C;b>Hong&#x3C;/b> *Kong*</ins>')
    expect(html).not.toContain('<b>Hong</b>')
  })
})

test('the JSON report matches report.schema.json', () => {
  const schema = JSON.parse(
    readFileSync(
      createRequire(import.meta.url).resolve('@mfa-residency/compare/report.schema.json'),
      'utf8',
    ),
  )
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema)
  const json = JSON.parse(JSON.stringify(report))
  expect(validate(json), JSON.stringify(validate.errors)).toBe(true)
  // Values to curate and the terms a value names are in the schema too.
  const unknownStore = compare(seed, {
    en: seed.en.replace('| OATH token', '| OATH token<br/>Hardware token inventory'),
    sv: seed.sv,
  })
  expect(unknownStore.toCurate).toHaveLength(1)
  expect(validate(JSON.parse(JSON.stringify(unknownStore))), JSON.stringify(validate.errors)).toBe(
    true,
  )
})

test('the terminal report is plain without colour and coloured with it', () => {
  const plain = formatText(report, { color: false })
  expect(plain).toMatch(/^docs diff base → head\n\d+ changes \(.*\); suggested bump: major\n/)
  expect(plain).not.toContain('\u001b[')
  expect(formatText(report, { color: true })).toContain('\u001b[31mmajor')
})

test('a changeset asks for the bump and lists the data changes', () => {
  const changeset = formatChangeset(report, 'Docs update.')
  expect(
    changeset.startsWith('---\n"@mfa-residency/dataset": major\n---\n\nDocs update.\n\n'),
  ).toBe(true)
  expect(changeset).toContain(
    '- major: Table data-stored-by-mfa-server removed: "Data stored by MFA Server" (4 rows)',
  )
  expect(changeset).toContain('removed "Blocked users (if fraud was reported)"')
  expect(() => formatChangeset(compare(seed, seed), 'x')).toThrowError(
    'no data change needs a release',
  )
})
