import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { loadDocumentReader, readDocument } from '../src/index.js'
import { englishPath, englishText, readEnglish, swedishPath, swedishText } from './seeds.js'

const html = readFileSync(new URL('fixtures/learn-sv-se.html', import.meta.url))

test('each lazily loaded reader reads a document as readDocument does', async () => {
  const reference = readEnglish()
  const gfm = await loadDocumentReader('gfm')
  expect(gfm(englishText, { file: englishPath, locale: 'en' })).toEqual(reference)
  const text = await loadDocumentReader('learn-text')
  expect(text(swedishText, { file: swedishPath, locale: 'sv', reference })).toEqual(
    readDocument('learn-text', swedishText, { file: swedishPath, locale: 'sv', reference }),
  )
  const fromHtml = (await loadDocumentReader('learn-html'))(html, { file: 'sv.html', locale: 'sv' })
  expect(fromHtml.format).toBe('learn-html')
  expect(fromHtml.blocks.length).toBeGreaterThan(0)
  expect(fromHtml).toEqual(readDocument('learn-html', html, { file: 'sv.html', locale: 'sv' }))
})

test('a lazily loaded reader reports bad input at its file and line, as readDocument does', async () => {
  const gfm = await loadDocumentReader('gfm')
  const bad = '---\ntitle: [unclosed\n---\n# Heading\n'
  const message = (read: () => unknown) => {
    try {
      read()
    } catch (error) {
      return (error as Error).message
    }
    return 'no error'
  }
  const lazily = message(() => gfm(bad, { file: 'bad.md', locale: 'en' }))
  expect(lazily).toMatch(/^bad\.md:\d+/)
  expect(lazily).toBe(message(() => readDocument('gfm', bad, { file: 'bad.md', locale: 'en' })))
})
