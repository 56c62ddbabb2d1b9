import { mkdir, symlink } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { cli, english, pull, repository, run, snapshot, swedishPage, upstream } from './harness.js'

// The manifest is input: what it names is checked before anything is fetched. The bad entry is the
// Swedish one, listed after the English, so that "no request at all" proves the check came first.

const expectedUpstream =
  'an https: URL on raw.githubusercontent.com/MicrosoftDocs/… or learn.microsoft.com, or http://127.0.0.1:<port>'

async function scenario(
  edit: (manifest: { vocabulary?: string; docs: Record<string, string>[] }) => void,
) {
  const server = await upstream({ '/en.md': [200, english], '/sv.html': [200, swedishPage] })
  const root = await repository({ en: `${server.url}/en.md`, sv: `${server.url}/sv.html` }, edit)
  return { server, root }
}

describe('manifest paths must stay inside docs-source/', () => {
  test.each([
    ['../pwned.md', 'a path with a ".." segment'],
    ['docs-source/../../pwned.md', 'a path with a ".." segment'],
    ['/tmp/pwned.md', 'an absolute path'],
    ['README.md', 'a path outside it'],
    ['docs-source\\..\\pwned.md', 'a path with a backslash or NUL in it'],
  ])('%j is refused before any fetch', async (bad, problem) => {
    const { server, root } = await scenario((manifest) => {
      manifest.docs[1]!.path = bad
    })
    const before = await snapshot(root)
    const result = await pull(root)
    expect(result).toMatchObject({
      code: 1,
      stderr: `error: docs-source/manifest.json: docs[1] ("sv").path ${JSON.stringify(bad)}: expected a path inside docs-source/, got ${problem}\n`,
    })
    expect(server.hits).toEqual([])
    expect(await snapshot(root)).toEqual(before)
    expect(before.beside).toEqual(['repo'])
  })

  test('a symlinked folder that leads out is refused: nothing is written where it points', async () => {
    const { server, root } = await scenario((manifest) => {
      manifest.docs[1]!.path = 'docs-source/escape/pwned.md'
    })
    const outside = path.join(path.dirname(root), 'outside')
    await mkdir(outside)
    await symlink(outside, path.join(root, 'docs-source/escape'))
    const before = await snapshot(root)
    const result = await pull(root)
    expect(result).toMatchObject({
      code: 1,
      stderr: `error: docs-source/manifest.json: docs[1] ("sv").path "docs-source/escape/pwned.md": expected a path inside docs-source/, got a path that a symlink leads out of it, to ${path.join(outside, 'pwned.md')}\n`,
    })
    expect(server.hits).toEqual([])
    expect(await snapshot(root)).toEqual(before)
    expect(before.beside.sort()).toEqual(['outside', 'repo'])
  })

  test('the vocabulary path too, though pull does not write it', async () => {
    const { server, root } = await scenario((manifest) => {
      manifest.vocabulary = '../vocabulary.yaml'
    })
    const before = await snapshot(root)
    const result = await pull(root)
    expect(result).toMatchObject({
      code: 1,
      stderr:
        'error: docs-source/manifest.json: vocabulary "../vocabulary.yaml": expected a path inside docs-source/, got a path with a ".." segment\n',
    })
    expect(server.hits).toEqual([])
    expect(await snapshot(root)).toEqual(before)
  })
})

describe('upstream URLs must be https: on the allowlist', () => {
  test.each([
    ['data:text/html,<h1>Pwned</h1>', 'data:text/html,<h1>Pwned</h1>', 'a data: URL'],
    ['file:///etc/passwd', 'file:///etc/passwd', 'a file: URL'],
    ['http://learn.microsoft.com/sv-se/x', 'http://learn.microsoft.com/sv-se/x', 'a http: URL'],
    ['https://evil.example/sv.html', 'https://evil.example/sv.html', 'a URL on evil.example'],
    [
      'https://raw.githubusercontent.com/evil/docs/main/a.md',
      'https://raw.githubusercontent.com/evil/docs/main/a.md',
      'a URL on raw.githubusercontent.com outside /MicrosoftDocs/ (/evil/docs/main/a.md)',
    ],
    [
      'https://raw.githubusercontent.com/MicrosoftDocs/../evil/a.md',
      'https://raw.githubusercontent.com/evil/a.md',
      'a URL on raw.githubusercontent.com outside /MicrosoftDocs/ (/evil/a.md)',
    ],
    [
      'https://user:secret@learn.microsoft.com/sv-se/x',
      'https://user:secret@learn.microsoft.com/sv-se/x',
      'a URL with a user name or password',
    ],
    ['http://localhost:8080/sv.html', 'http://localhost:8080/sv.html', 'a http: URL'],
  ])('%s is refused before any fetch', async (bad, shown, got) => {
    const { server, root } = await scenario((manifest) => {
      manifest.docs[1]!.upstreamUrl = bad
    })
    const before = await snapshot(root)
    const result = await pull(root)
    expect(result).toMatchObject({
      code: 1,
      stderr: `error: docs-source/manifest.json: docs[1] ("sv").upstreamUrl ${shown}: expected ${expectedUpstream}, got ${got}\n`,
    })
    expect(server.hits).toEqual([])
    expect(await snapshot(root)).toEqual(before)
  })

  test('without the test seam, even the loopback server is refused', async () => {
    const { server, root } = await scenario(() => {})
    const before = await snapshot(root)
    const refused = await run(cli.pull, [], root)
    expect(refused).toMatchObject({
      code: 1,
      stderr: `error: docs-source/manifest.json: docs[0] ("en").upstreamUrl ${server.url}/en.md: expected an https: URL on raw.githubusercontent.com/MicrosoftDocs/… or learn.microsoft.com, got a http: URL\n`,
    })
    expect(server.hits).toEqual([])
    expect(await snapshot(root)).toEqual(before)
  })

  test('--allow-host widens the allowlist from the command line, and takes only a host', async () => {
    const { root } = await scenario((manifest) => {
      manifest.docs[0]!.upstreamUrl = 'https://docs.invalid:8443/en.md'
    })
    const before = await snapshot(root)
    const args = ['--retries', '0', '--timeout', '5000']
    const widened = await pull(root, ['--allow-host', 'docs.invalid:8443', ...args])
    // Allowed now, so it is fetched; .invalid never resolves (RFC 2606).
    expect(widened.code).toBe(1)
    expect(widened.stderr).toMatch(
      /^error: https:\/\/docs\.invalid:8443\/en\.md: expected an answer, got .+; 1 attempt\n$/,
    )
    // A host without the port is another allowlist entry: the port must match too.
    const otherPort = await pull(root, ['--allow-host', 'docs.invalid', ...args])
    expect(otherPort.stderr).toMatch(
      /upstreamUrl https:\/\/docs\.invalid:8443\/en\.md: expected .* learn\.microsoft\.com or docs\.invalid, or http:\/\/127\.0\.0\.1:<port>, got a URL on docs\.invalid:8443\n$/,
    )
    const bad = await pull(root, ['--allow-host', 'https://docs.example/'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(
      /^--allow-host expects a host name, optionally with :port, not "https:\/\/docs\.example\/"\n/,
    )
    expect(await snapshot(root)).toEqual(before)
  })
})
