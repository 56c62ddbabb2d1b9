import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cp,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  writeFile,
} from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterEach } from 'vitest'

// What the pull tests share: a loopback upstream, a throwaway repository, the CLI as a user runs it,
// and a fingerprint of docs-source/ to prove a failed run changed nothing.

export const exec = promisify(execFile)
export const repoRoot = path.resolve(import.meta.dirname, '../../..')
export const cli = {
  pull: path.join(repoRoot, 'packages/pull/dist/cli.js'),
  generate: path.join(repoRoot, 'packages/generator/dist/bin/mfa-residency-generate.js'),
  diff: path.join(repoRoot, 'packages/diff/dist/cli.js'),
}
export const english = await readFile(
  path.join(repoRoot, 'docs-source/en/concept-mfa-data-residency.md'),
  'utf8',
)
export const swedishPage = await readFile(
  path.join(repoRoot, 'packages/parser/test/fixtures/learn-sv-se.html'),
  'utf8',
)

const cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((task) => task()))
})
export const onCleanup = (task: () => Promise<void>) => cleanup.push(task)

export type Handler = (request: IncomingMessage, response: ServerResponse) => void
/** `[status, body, headers]`; the Content-Type defaults to the path's: .html is HTML, else text. */
export type Route = [number, string | Buffer, Record<string, string>?] | Handler

/** A local upstream on 127.0.0.1: path → route; records the paths asked for. */
export async function upstream(routes: Record<string, Route>) {
  const hits: string[] = []
  const server = createServer((request, response) => {
    const url = request.url ?? ''
    hits.push(url)
    const route = routes[url] ?? [404, 'not found']
    if (typeof route === 'function') return route(request, response)
    const [status, body, headers] = route
    const type = url.endsWith('.html') ? 'text/html' : 'text/plain'
    response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, ...headers }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  onCleanup(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  )
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, hits }
}

/**
 * A throwaway repository, alone in a folder of its own (`outer`), so that a write that escapes it
 * shows: docs-source, the dataset package and changesets, committed in git. `edit` may change the
 * manifest before the commit.
 */
export async function repository(
  urls: { en: string; sv: string },
  edit: (manifest: { vocabulary?: string; docs: Record<string, string>[] }) => void = () => {},
) {
  const outer = await mkdtemp(path.join(tmpdir(), 'mfa-residency-pull-'))
  onCleanup(() => rm(outer, { recursive: true, force: true }))
  const root = path.join(outer, 'repo')
  await cp(path.join(repoRoot, 'docs-source'), path.join(root, 'docs-source'), { recursive: true })
  await mkdir(path.join(root, 'packages/dataset/data'), { recursive: true })
  for (const file of ['package.json', 'data/dataset.json', 'data/dataset.schema.json']) {
    await cp(
      path.join(repoRoot, 'packages/dataset', file),
      path.join(root, 'packages/dataset', file),
    )
  }
  await mkdir(path.join(root, '.changeset'))
  await cp(path.join(repoRoot, '.changeset/config.json'), path.join(root, '.changeset/config.json'))
  await writeFile(path.join(root, 'package.json'), '{ "name": "scenario", "private": true }\n')
  await writeFile(path.join(root, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n')
  const manifestPath = path.join(root, 'docs-source/manifest.json')
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'))
  for (const doc of manifest.docs) doc.upstreamUrl = urls[doc.locale as 'en' | 'sv']
  edit(manifest)
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`)
  const git = (...args: string[]) =>
    exec('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: root })
  await git('init', '-q', '-b', 'main')
  await git('add', '-A')
  await git('commit', '-qm', 'start from the seed docs')
  return root
}

export async function run(script: string, args: string[], cwd: string, nodeOptions: string[] = []) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [...nodeOptions, script, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

/** `docs:pull` as the tests run it: through the test seam, which allows http://127.0.0.1. */
export const pull = (root: string, args: string[] = [], nodeOptions: string[] = []) =>
  run(cli.pull, ['--allow-loopback-for-tests', ...args], root, nodeOptions)

/**
 * A fingerprint of docs-source/ (each entry's kind and SHA-256, a link's target) and of the folder
 * around the repository: equal before and after means byte-identical, and nothing written beside.
 */
export async function snapshot(root: string) {
  const dir = path.join(root, 'docs-source')
  const files = (await readdir(dir, { recursive: true })).sort()
  const entries = await Promise.all(
    files.map(async (file) => {
      const full = path.join(dir, file)
      const stat = await lstat(full)
      if (stat.isSymbolicLink()) return [file, `link → ${await readlink(full)}`]
      if (stat.isDirectory()) return [file, 'dir']
      return [
        file,
        createHash('sha256')
          .update(await readFile(full))
          .digest('hex'),
      ]
    }),
  )
  return { docsSource: entries, beside: await readdir(path.dirname(root)) }
}

/** A loopback port where nothing listens (any more). */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}
