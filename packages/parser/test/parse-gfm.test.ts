import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  mayHoldAutolinkLiteral,
  parseFullGfm,
  parseGfm,
  parseGfmWithoutAutolinkLiterals,
} from '../src/parse-gfm.js'
import { readDocument } from '../src/read-document.js'
import { readGfm, readGfmParsedBy } from '../src/read-gfm.js'
import { readLearnText } from '../src/read-learn-text.js'
import { learnDocumentText, learnPieces } from './learn-pieces.js'
import { corpusDir, corpusMarkdownFiles, swedishText } from './seeds.js'

// parseGfm skips GFM autolink literals unless the tree could hold one, then parses again with all
// of GFM. These tests hold it to remark-gfm's whole parse, tree for tree and document for document.

describe('inputs where remark-gfm makes an autolink literal fall back to it', () => {
  test.each([
    ['an email', 'Mail a@b.com today'],
    ['a www. domain', 'See www.example.com.'],
    ['an upper-case protocol', 'HTTPS://EXAMPLE.COM/x'],
    ['a mixed-case www.', 'WwW.example.com'],
    ['mailto:', 'mailto:a@b.co'],
    ['xmpp: with a resource', 'xmpp:a@b.co/r'],
    ['an @ from a character reference', 'x a&#64;b.com'],
    ['a w from a character reference', 'x &#x77;ww.x.com'],
    ['a . from a named reference', 'x www&period;x.com'],
    ['an escaped colon', 'x http\\://x.com'],
    ['emphasis before the @', 'x _a_@b.com'],
    ['emphasis right after the @, ending the text at it', 'x a@_b_.com'],
    ['a domain that starts with a dot', 'x a@.b.com'],
    ['table cells', '| a | b |\n|---|---|\n| www.x.com | a@b.co |'],
    ['a heading', '# Contact a@b.com'],
    ['a blockquote', '> quote https://x.y'],
    ['a footnote definition', 'x[^1]\n\n[^1]: www.x.com'],
    ['text after a link', 'text [link](u) www.x.com'],
    ['emphasis', '*www.x.com*'],
  ])('%s: %j', (_, markdown) => {
    const withoutLiterals = parseGfmWithoutAutolinkLiterals(markdown)
    expect(withoutLiterals).not.toStrictEqual(parseFullGfm(markdown))
    expect(mayHoldAutolinkLiteral(withoutLiterals)).toBe(true)
    expect(parseGfm(markdown)).toStrictEqual(parseFullGfm(markdown))
  })
})

describe('inputs that cannot hold an autolink literal keep the fast parse', () => {
  test.each([
    ['another scheme', 'api://x and ftp://y.z'],
    ['a lone @', 'Any "@" character'],
    ['a link destination', '[text](https://x.com) and ![alt](http://www.x.com/a.png)'],
    ['inline code', '`www.x.com` and `a@b.com`'],
    ['an image description', '![www.x.com](y)'],
    ['html', '<a href="https://x.com">x</a>'],
    ['a footnote', 'x[^1] and [^note]\n\n[^1]: y\n\n[^note]:\n    z'],
    ['a bracket from a character reference', 'x&#91;^1]\n\n&#91;^1]: y'],
    ['a caret after a space', '[ ^1] and [x] ^ [^'],
  ])('%s: %j', (_, markdown) => {
    const withoutLiterals = parseGfmWithoutAutolinkLiterals(markdown)
    expect(mayHoldAutolinkLiteral(withoutLiterals)).toBe(false)
    expect(withoutLiterals).toStrictEqual(parseFullGfm(markdown))
  })
})

// Pieces that make or nearly make autolink literals, among the fuzz suite's Learn pieces.
const autolinkPieces = [
  'www.',
  'WWW.',
  'example.com',
  'http://',
  'HTTPS://',
  'api://',
  'a@b.co',
  '@',
  'mailto:',
  'xmpp:',
  '/r',
  '&#64;',
  '&#x77;',
  '&period;',
  '\\:',
  '.',
  ':',
  '_',
  '~',
  '`',
  '[x](',
  '<https://',
  '![',
  '[^1]',
  '[^1]: ',
]
const settings = {
  seed: Number(process.env.FUZZ_SEED ?? 424242),
  numRuns: Number(process.env.FUZZ_RUNS ?? 300),
}

describe('fuzzed documents parse as remark-gfm parses them', () => {
  test('trees and documents equal the full parse, along both paths', () => {
    const paths = { fast: 0, fallback: 0 }
    fc.assert(
      fc.property(learnDocumentText([...learnPieces, ...autolinkPieces]), (markdown) => {
        const full = parseFullGfm(markdown)
        expect(parseGfm(markdown)).toStrictEqual(full)
        paths[
          mayHoldAutolinkLiteral(parseGfmWithoutAutolinkLiterals(markdown)) ? 'fallback' : 'fast'
        ]++
      }),
      settings,
    )
    expect(paths.fast).toBeGreaterThan(0)
    expect(paths.fallback).toBeGreaterThan(0)
  })
})

// Real upstream documents from ../shared/corpus (CC BY 4.0, Microsoft); never copied into the repo.
const corpusFiles = corpusMarkdownFiles()
if (!corpusDir) console.warn('corpus equality skipped: ../shared/corpus not found')

describe.skipIf(!corpusDir)('every corpus file reads as with the full GFM parse', () => {
  const read = (name: string) => readFileSync(path.join(corpusDir!, name), 'utf8')

  test.each(corpusFiles)('%s', (name) => {
    const markdown = read(name)
    expect(parseGfm(markdown)).toStrictEqual(parseFullGfm(markdown))
    const full = readGfmParsedBy(parseFullGfm, markdown, { file: name })
    expect(readGfm(markdown, { file: name })).toStrictEqual(full)
    expect(readDocument('gfm', markdown, { file: name, locale: 'en' })).toStrictEqual(full)
    const swedish = (reference: typeof full) =>
      readLearnText(swedishText, { file: 'sv.txt', locale: 'sv', reference })
    expect(swedish(readGfm(markdown, { file: name }))).toStrictEqual(swedish(full))
  })

  test('most of the corpus takes the fast path, and both paths are taken', () => {
    const fallbacks = corpusFiles.filter((name) =>
      mayHoldAutolinkLiteral(parseGfmWithoutAutolinkLiterals(read(name))),
    )
    expect(fallbacks.length).toBeGreaterThan(0)
    expect(fallbacks.length).toBeLessThan(corpusFiles.length / 10)
  })
})
