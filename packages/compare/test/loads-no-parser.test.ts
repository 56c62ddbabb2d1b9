import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from 'vitest'

// What a fresh Node process resolves while importing a module, recorded by a resolve hook.
const hooks = `let port
export function initialize(data) { port = data.port }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  port.postMessage(result.url)
  return result
}`

const probe = (specifier: string) => `import { register } from 'node:module'
import { MessageChannel } from 'node:worker_threads'
const { port1, port2 } = new MessageChannel()
const loaded = []
port1.on('message', (url) => loaded.push(url))
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}), {
  data: { port: port2 },
  transferList: [port2],
})
await import(${JSON.stringify(specifier)})
await new Promise((resolve) => setTimeout(resolve, 50))
port1.close()
console.log(JSON.stringify(loaded))`

async function modulesLoadedBy(specifier: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', probe(specifier)],
    { cwd: path.resolve(import.meta.dirname, '..') },
  )
  return JSON.parse(stdout) as string[]
}

const parsers =
  /\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(unified|micromark[^/]*|mdast-util-from-markdown)\//

test('importing the comparison loads no Markdown parser', async () => {
  const loaded = await modulesLoadedBy('@mfa-residency/compare')
  expect(loaded.some((url) => url.includes('/packages/compare/dist/'))).toBe(true)
  expect(loaded.filter((url) => parsers.test(url))).toEqual([])
})

test('the parser pattern matches where pnpm puts those packages', () => {
  for (const url of [
    'file:///repo/node_modules/.pnpm/unified@11.0.5/node_modules/unified/lib/index.js',
    'file:///repo/node_modules/.pnpm/micromark@4.0.2/node_modules/micromark/index.js',
    'file:///repo/node_modules/.pnpm/micromark-extension-gfm-table@2.1.1/node_modules/micromark-extension-gfm-table/index.js',
    'file:///repo/node_modules/mdast-util-from-markdown/index.js',
  ])
    expect(parsers.test(url), url).toBe(true)
  expect(
    parsers.test('file:///repo/node_modules/.pnpm/diff@8.0.2/node_modules/diff/lib/index.mjs'),
  ).toBe(false)
})
