#!/usr/bin/env node
// The scheduled docs update (.github/workflows/docs-pull.yml), as one script: pull the upstream
// docs, regenerate the dataset, and when anything changed, put the docs, the dataset, the history
// and a changeset at the computed bump in one commit on the update branch, and open or update the
// one pull request from it with the review report as its body. When nothing changed it does
// nothing: no commit, no push, no API call. Run after `pnpm build` (it runs the built commands).
//
// Usage: node scripts/docs-pull-update.mjs [--root <dir>] [--base <branch>] [--branch <name>]
//          [--remote <name|url>] [--report-dir <dir>] [--allow-host <host>]… [--allow-loopback-for-tests]
// Environment: GITHUB_TOKEN, GITHUB_REPOSITORY (<owner>/<repo>), GITHUB_API_URL, GITHUB_SERVER_URL.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import {
  changedPaths,
  commitPaths,
  gitAuthEnv,
  gitRunner,
  pushBranch,
  remoteBranch,
} from './docs-pull-git.mjs'
import { gitHubClient, upsertPullRequest } from './docs-pull-github.mjs'
import { commentBody } from './sticky-comment.mjs'

const toolRoot = path.resolve(import.meta.dirname, '..')
const tools = {
  pull: path.join(toolRoot, 'packages/pull/dist/cli.js'),
  generate: path.join(toolRoot, 'packages/generator/dist/bin/mfa-residency-generate.js'),
  diff: path.join(toolRoot, 'packages/diff/dist/cli.js'),
}
/** What the update commits: the docs with their history, and the dataset package's data. */
const CONTENT = ['docs-source', 'packages/dataset']
/** The hidden first line of the pull request's body. */
export const MARKER = '<!-- mfa-residency-docs-pull -->'

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: process.cwd() },
    base: { type: 'string', default: 'main' },
    branch: { type: 'string', default: 'docs-pull/update' },
    remote: { type: 'string', default: 'origin' },
    'report-dir': { type: 'string' },
    'allow-host': { type: 'string', multiple: true, default: [] },
    'allow-loopback-for-tests': { type: 'boolean', default: false },
  },
})
const root = path.resolve(values.root)
const env = process.env
const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com'
/** In Actions, the run whose artifact holds the full report; elsewhere none. */
const runUrl = env.GITHUB_RUN_ID
  ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
  : null

/** A built command of this repository, run on `root`; its output is shown as it comes. */
function run(tool, args) {
  execFileSync(process.execPath, [tools[tool], ...args], { cwd: root, stdio: 'inherit' })
}

function pullAndRegenerate() {
  run('pull', [
    ...values['allow-host'].flatMap((host) => ['--allow-host', host]),
    ...(values['allow-loopback-for-tests'] ? ['--allow-loopback-for-tests'] : []),
  ])
  // In this repository, `pnpm generate`'s defaults (they also write the dataset's id types);
  // elsewhere, that repository's dataset file.
  const out = path.join(root, 'packages/dataset/data/dataset.json')
  run('generate', root === toolRoot ? [] : ['--root', root, '--out', out])
}

/** The review report (budgeted and full), the JSON report, and the changeset the diff writes. */
function reviewReport(reportDir) {
  const diff = ['--base', 'HEAD', '--head', 'working']
  const json = path.join(reportDir, 'report.json')
  run('diff', [...diff, '--format', 'json', '--output', json])
  run('diff', [
    ...diff,
    '--format',
    'markdown',
    '--link-base',
    `${serverUrl}/${env.GITHUB_REPOSITORY ?? ''}/blob/${values.branch}/`,
    '--output',
    path.join(reportDir, 'report.md'),
    '--full-output',
    path.join(reportDir, 'full-report.md'),
    ...(runUrl ? ['--full-report-url', runUrl] : []),
    '--changeset',
  ])
  const report = JSON.parse(readFileSync(json, 'utf8'))
  return { report, markdown: readFileSync(path.join(reportDir, 'report.md'), 'utf8') }
}

function titleOf(report) {
  const changes = report.changes.length
  const counted = `${changes} change${changes === 1 ? '' : 's'}`
  return report.bump === 'none'
    ? `Docs update from upstream (${counted}, no release)`
    : `Docs update from upstream: ${report.bump} (${counted})`
}

const untrackedChangesets = (git) =>
  git('ls-files', '--others', '--exclude-standard', '--', '.changeset')
    .split('\n')
    .filter((file) => /^\.changeset\/docs-update-[0-9a-f]+\.md$/.test(file))

async function main() {
  // Checked before any work: a run that cannot publish should not pull either.
  const client = gitHubClient({
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    repository: env.GITHUB_REPOSITORY,
    token: env.GITHUB_TOKEN,
  })
  const git = gitRunner(root)
  pullAndRegenerate()
  if (changedPaths(git, CONTENT).length === 0) {
    console.log('docs-pull: upstream has not changed the docs or the dataset; nothing to do')
    return
  }
  const temporaryDir = mkdtempSync(path.join(tmpdir(), 'mfa-residency-docs-pull-'))
  try {
    const reportDir = values['report-dir'] ? path.resolve(values['report-dir']) : temporaryDir
    mkdirSync(reportDir, { recursive: true })
    // An untracked docs-update changeset is an earlier run's: this run's commit holds its own only.
    for (const file of untrackedChangesets(git)) rmSync(path.join(root, file))
    const { report, markdown } = reviewReport(reportDir)
    const changeset = untrackedChangesets(git)
    const title = titleOf(report)
    const { commit, tree } = commitPaths(root, git, {
      pathspecs: [...CONTENT, ...changeset],
      message: `${title}\n\nWritten by scripts/docs-pull-update.mjs.`,
      temporaryDir,
    })
    await publish(client, { commit, tree, title, body: commentBody(markdown, MARKER, runUrl) })
  } finally {
    rmSync(temporaryDir, { recursive: true, force: true })
  }
}

/** The branch first (a pull request needs it), then the pull request. */
async function publish(client, { commit, tree, title, body }) {
  const remoteGit = gitRunner(root, gitAuthEnv(env.GITHUB_TOKEN, serverUrl))
  const remote = remoteBranch(remoteGit, values.remote, values.branch)
  if (remote?.tree === tree) console.log(`docs-pull: ${values.branch} already holds this update`)
  else {
    pushBranch(remoteGit, { ...values, commit, expected: remote?.commit })
    console.log(`docs-pull: pushed ${values.branch} (${commit.slice(0, 12)})`)
  }
  const result = await upsertPullRequest(client, {
    branch: values.branch,
    base: values.base,
    title,
    body,
  })
  console.log(`docs-pull: pull request #${result.number} ${result.action} ${result.url ?? ''}`)
}

main().catch((error) => {
  const stderr = error.stderr ? `\n${String(error.stderr).trim()}` : ''
  console.error(`docs-pull: ${error.message}${stderr}`)
  process.exitCode = 1
})
