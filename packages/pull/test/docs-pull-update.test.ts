// scripts/docs-pull-update.mjs, the scheduled docs update, end to end on loopback: the upstream
// docs through the pull's test seam, a fake GitHub REST API that records every request, and a bare
// git repository as the remote. What a maintainer sees: one pull request whose body is the review
// report, one branch holding the docs, the dataset and a changeset at the computed bump.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, test } from 'vitest'
import { english, onCleanup, repoRoot, repository, swedishPage, upstream } from './harness.js'

const exec = promisify(execFile)
const script = path.join(repoRoot, 'scripts/docs-pull-update.mjs')
const TOKEN = 'test-token-4f1c0ffee'
const BRANCH = 'docs-pull/update'

interface Pull {
  number: number
  title: string
  body: string
  head: { ref: string }
  base: { ref: string }
  html_url: string
}
interface Recorded {
  method: string
  url: string
  authorization: string | undefined
  body: Record<string, unknown> | null
}

/** A fake of the three pulls endpoints the script uses, on 127.0.0.1, recording each request. */
async function fakeGitHub() {
  const pulls: Pull[] = []
  const requests: Recorded[] = []
  const server = createServer(async (request, response) => {
    let text = ''
    for await (const chunk of request) text += chunk
    const body = text ? JSON.parse(text) : null
    const url = new URL(request.url ?? '', 'http://x')
    requests.push({
      method: request.method ?? '',
      url: `${url.pathname}${url.search}`,
      authorization: request.headers.authorization,
      body,
    })
    const reply = (status: number, value: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value))
    if (!url.pathname.startsWith('/repos/owner/repo/pulls'))
      return reply(404, { message: 'Not Found' })
    if (request.method === 'GET') {
      const [owner, ref] = (url.searchParams.get('head') ?? '').split(':')
      return reply(200, owner === 'owner' ? pulls.filter((pull) => pull.head.ref === ref) : [])
    }
    if (request.method === 'POST') {
      if (body.body.length > 65_536) return reply(422, { message: 'Body is too long' })
      const number = pulls.length + 1
      const pull = {
        number,
        title: body.title,
        body: body.body,
        head: { ref: body.head },
        base: { ref: body.base },
        html_url: `https://github.example/owner/repo/pull/${number}`,
      }
      pulls.push(pull)
      return reply(201, pull)
    }
    const pull = pulls.find((candidate) => url.pathname.endsWith(`/pulls/${candidate.number}`))
    if (request.method === 'PATCH' && pull) {
      Object.assign(pull, { title: body.title, body: body.body })
      return reply(200, pull)
    }
    return reply(404, { message: 'Not Found' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  onCleanup(() => new Promise((resolve) => server.close(() => resolve())))
  const { port } = server.address() as { port: number }
  const writes = () => requests.filter((request) => request.method !== 'GET')
  return { url: `http://127.0.0.1:${port}`, pulls, requests, writes }
}

/** The seed article with one more row in its first table: a new entry, so at least minor. */
const withRow = (row: string) =>
  english.replace(
    /(\| OATH token +\| Multifactor authentication logs +\|\n)/,
    `$1| ${row} | Multifactor authentication logs |\n`,
  )

async function scenario() {
  const docs: Record<string, [number, string]> = {
    '/en.md': [200, withRow('Hardware OATH token')],
    '/sv.html': [200, swedishPage],
  }
  const server = await upstream(docs)
  const root = await repository({ en: `${server.url}/en.md`, sv: `${server.url}/sv.html` })
  const remote = await mkdtemp(path.join(tmpdir(), 'mfa-residency-remote-'))
  onCleanup(() => rm(remote, { recursive: true, force: true }))
  const reports = await mkdtemp(path.join(tmpdir(), 'mfa-residency-reports-'))
  onCleanup(() => rm(reports, { recursive: true, force: true }))
  const git = async (cwd: string, ...args: string[]) =>
    (
      await exec('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd })
    ).stdout.trim()
  await git(remote, 'init', '-q', '--bare')
  await git(root, 'remote', 'add', 'origin', remote)
  await git(root, 'push', '-q', 'origin', 'main')
  const github = await fakeGitHub()
  const update = async () => {
    const args = [script, '--root', root, '--report-dir', reports, '--allow-loopback-for-tests']
    const env = {
      ...process.env,
      NO_COLOR: '1',
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'owner/repo',
      GITHUB_TOKEN: TOKEN,
      GITHUB_SERVER_URL: 'https://github.example',
    }
    const result = await exec(process.execPath, args, { cwd: root, env }).catch((error) => error)
    expect(`${result.stdout}${result.stderr}`).not.toContain(TOKEN)
    expect(result.code ?? 0, result.stderr).toBe(0)
    return result as { stdout: string; stderr: string }
  }
  const report = async () => ({
    markdown: await readFile(path.join(reports, 'report.md'), 'utf8'),
    json: JSON.parse(await readFile(path.join(reports, 'report.json'), 'utf8')),
  })
  return {
    docs,
    root,
    remote,
    github,
    update,
    report,
    git: (...args: string[]) => git(root, ...args),
  }
}

describe('scripts/docs-pull-update.mjs', () => {
  test('opens one pull request with the report as its body, and keeps it current without duplicates', async () => {
    const { docs, remote, github, update, report, git } = await scenario()
    const main = await git('rev-parse', 'main')

    // 1. Upstream gained a row: a branch with one commit on main, and a new pull request.
    const first = await update()
    expect(first.stdout).toContain(`docs-pull: pushed ${BRANCH}`)
    expect(first.stdout).toContain('docs-pull: pull request #1 created')
    const { markdown, json } = await report()
    expect(json.bump).toBe('minor')
    expect(markdown).toContain('Hardware OATH token')
    expect(github.writes()).toHaveLength(1)
    const [created] = github.writes()
    expect(created).toMatchObject({ method: 'POST', url: '/repos/owner/repo/pulls' })
    expect(created!.authorization).toBe(`Bearer ${TOKEN}`)
    expect(created!.body).toMatchObject({
      head: BRANCH,
      base: 'main',
      title: `Docs update from upstream: minor (${json.changes.length} changes)`,
      body: `<!-- mfa-residency-docs-pull -->\n${markdown}`,
    })

    const onRemote = (...args: string[]) => exec('git', ['--git-dir', remote, ...args])
    const branch = (await onRemote('rev-parse', BRANCH)).stdout.trim()
    expect((await onRemote('rev-parse', `${BRANCH}^`)).stdout.trim()).toBe(main)
    const files = (await onRemote('diff', '--name-only', 'main', BRANCH)).stdout.trim().split('\n')
    expect(files).toEqual(
      expect.arrayContaining([
        'docs-source/en/concept-mfa-data-residency.md',
        'packages/dataset/data/dataset.json',
      ]),
    )
    const changesets = files.filter((file) => file.startsWith('.changeset/'))
    expect(changesets).toEqual([
      expect.stringMatching(/^\.changeset\/docs-update-[0-9a-f]{8}\.md$/),
    ])
    const changeset = (await onRemote('show', `${BRANCH}:${changesets[0]}`)).stdout
    expect(changeset).toMatch(/^---\n"@mfa-residency\/dataset": minor\n---\n/)
    const article = (
      await onRemote('show', `${BRANCH}:docs-source/en/concept-mfa-data-residency.md`)
    ).stdout
    expect(article).toBe(docs['/en.md']![1])
    // The checkout stays on main: the commit was made beside it.
    expect(await git('rev-parse', 'HEAD')).toBe(main)

    // 2. Upstream unchanged since: the branch and the pull request already say it; no writes.
    const second = await update()
    expect(second.stdout).toContain(`${BRANCH} already holds this update`)
    expect(second.stdout).toContain('pull request #1 unchanged')
    expect(github.writes()).toHaveLength(1)
    expect((await onRemote('rev-parse', BRANCH)).stdout.trim()).toBe(branch)

    // 3. Upstream moved on: the branch is replaced and the same pull request updated.
    docs['/en.md'] = [200, withRow('Hardware OATH token').replace('One-way SMS ', 'Two-way SMS ')]
    const third = await update()
    expect(third.stdout).toContain('pull request #1 updated')
    expect(github.writes().map(({ method, url }) => `${method} ${url}`)).toEqual([
      'POST /repos/owner/repo/pulls',
      'PATCH /repos/owner/repo/pulls/1',
    ])
    expect(github.pulls).toHaveLength(1)
    expect(github.pulls[0]!.body).toBe(
      `<!-- mfa-residency-docs-pull -->\n${(await report()).markdown}`,
    )
    expect(github.pulls[0]!.body).toContain('Two-way SMS')
    expect((await onRemote('rev-parse', `${BRANCH}^`)).stdout.trim()).toBe(main)
    expect((await onRemote('rev-parse', BRANCH)).stdout.trim()).not.toBe(branch)
    // The first run's changeset went with the first run's branch: one changeset, this run's.
    const now = (await onRemote('diff', '--name-only', 'main', BRANCH)).stdout.split('\n')
    expect(now.filter((file) => file.startsWith('.changeset/'))).toEqual([
      expect.not.stringMatching(changesets[0]!),
    ])
    // Three runs of pull, generate and two diffs each: more than the suite's default per test.
  }, 300_000)

  test('when upstream matches what is committed, it does nothing: no push, no API call', async () => {
    const { remote, github, update, git } = await scenario()
    await update()
    // The update is merged: main now holds what upstream serves.
    await git('add', '--all')
    await git('commit', '-qm', 'merge the docs update')
    const requestsBefore = github.requests.length
    const branchBefore = (await exec('git', ['--git-dir', remote, 'rev-parse', BRANCH])).stdout

    const run = await update()
    expect(run.stdout).toContain('nothing to do')
    expect(github.requests).toHaveLength(requestsBefore)
    expect((await exec('git', ['--git-dir', remote, 'rev-parse', BRANCH])).stdout).toBe(
      branchBefore,
    )
    expect(await git('status', '--porcelain')).toBe('')
  })

  test('without a repository or a token it fails before pulling anything', async () => {
    const result = await exec(process.execPath, [script], {
      cwd: tmpdir(),
      env: { ...process.env, GITHUB_REPOSITORY: '', GITHUB_TOKEN: '' },
    }).catch((error) => error)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('docs-pull: GITHUB_REPOSITORY must be <owner>/<repo>, not ""\n')
  })
})
