import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { expect, test } from 'vitest'
import { pull, repository, swedishPage, upstream } from './harness.js'

// A Learn page is stored as its metadata and article only: the chrome around them is not the
// document, so a change to Learn's navigation must not change docs-source/.

async function pulled(page: string) {
  const server = await upstream({ '/sv.html': [200, page] })
  const root = await repository({ en: `${server.url}/en.md`, sv: `${server.url}/sv.html` })
  const result = await pull(root, ['--locale', 'sv'])
  expect(result.code, result.stderr).toBe(0)
  const folder = path.join(root, 'docs-source/sv')
  const [file] = (await readdir(folder)).filter((name) => name.endsWith('.html'))
  return readFile(path.join(folder, file as string), 'utf8')
}

test('the stored page keeps the metadata and the article, not the navigation or footer', async () => {
  const stored = await pulled(swedishPage)
  expect(swedishPage).toMatch(/<nav|<footer/)
  expect(stored).not.toMatch(/<nav|<footer|<header/)
  expect(stored).toContain('<meta name="ms.translationtype"')
  expect(stored).toContain('<h1')
})

test('a page whose chrome alone changed is stored byte-identical', async () => {
  const renavigated = swedishPage.replace(
    /<nav[\s\S]*?<\/nav>/,
    '<nav><a href="/x">Annan navigering</a></nav>',
  )
  expect(renavigated).not.toBe(swedishPage)
  expect(await pulled(renavigated)).toBe(await pulled(swedishPage))
})
