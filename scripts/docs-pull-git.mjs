// The git side of the scheduled docs update: one commit on top of HEAD holding the changed paths,
// made in a private index so that the checkout (its branch, its index) is left as it was, and
// pushed to the update branch only when its tree differs from what the branch already holds.
import { execFileSync } from 'node:child_process'
import path from 'node:path'

/**
 * Environment for git with the token as an HTTP header for `serverUrl` only, passed through
 * GIT_CONFIG_* so that it is in no URL, no argument list and no remote's configuration.
 */
export function gitAuthEnv(token, serverUrl) {
  if (!token) return {}
  const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`
  // GitHub masks the token in logs, but not its base64 form: ask for that to be masked too.
  if (process.env.GITHUB_ACTIONS === 'true') console.log(`::add-mask::${header.slice(21)}`)
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`,
    GIT_CONFIG_VALUE_0: header,
  }
}

export function gitRunner(root, env = {}) {
  return (...args) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim()
}

/** The paths under `pathspecs` that differ from HEAD, untracked ones included. */
export function changedPaths(git, pathspecs) {
  return git('status', '--porcelain=v1', '--untracked-files=all', '--', ...pathspecs)
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3))
}

/** A commit of HEAD plus the current content of `pathspecs`, made without touching the index. */
export function commitPaths(root, git, { pathspecs, message, temporaryDir }) {
  const index = { GIT_INDEX_FILE: path.join(temporaryDir, 'index') }
  const withIndex = gitRunner(root, index)
  withIndex('read-tree', 'HEAD')
  withIndex('add', '--all', '--', ...pathspecs)
  const tree = withIndex('write-tree')
  const identity = {
    GIT_AUTHOR_NAME: process.env.GIT_AUTHOR_NAME ?? 'mfa-residency docs-pull',
    GIT_AUTHOR_EMAIL:
      process.env.GIT_AUTHOR_EMAIL ?? '41898282+github-actions[bot]@users.noreply.github.com',
  }
  const commit = gitRunner(root, {
    ...identity,
    GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME ?? identity.GIT_AUTHOR_NAME,
    GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL ?? identity.GIT_AUTHOR_EMAIL,
  })('commit-tree', tree, '-p', git('rev-parse', 'HEAD'), '-m', message)
  return { commit, tree }
}

/** The remote branch's commit and tree, or null when it does not exist. */
export function remoteBranch(git, remote, branch) {
  const line = git('ls-remote', '--heads', remote, `refs/heads/${branch}`)
  if (line === '') return null
  const commit = line.split(/\s/)[0]
  git('fetch', '--quiet', '--no-tags', remote, `refs/heads/${branch}`)
  return { commit, tree: git('rev-parse', 'FETCH_HEAD^{tree}') }
}

/** Force the branch to `commit`, but only over what was there when we looked (or nothing). */
export function pushBranch(git, { remote, branch, commit, expected }) {
  git(
    'push',
    '--quiet',
    `--force-with-lease=refs/heads/${branch}:${expected ?? ''}`,
    remote,
    `${commit}:refs/heads/${branch}`,
  )
}
