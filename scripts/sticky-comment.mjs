// The docs-diff pull request comment: one per pull request, written and updated by this workflow's
// bot only. The workflow calls `upsertStickyComment` from actions/github-script; tests call it
// against a mock of the GitHub API (packages/diff/test/sticky-comment.test.ts).

/** GitHub rejects a comment body longer than this ("Body is too long"). */
export const COMMENT_LIMIT = 65_536

/** The author of comments made with the workflow's `GITHUB_TOKEN`. */
export const WORKFLOW_BOT = 'github-actions[bot]'

const MARKER_NAME = 'mfa-residency-docs-diff'
const markerPattern = /^<!-- mfa-residency-docs-diff sha=([0-9a-f]{40}) run=(\d+) -->/

/** The hidden first line of the comment: which commit and which run wrote it. */
export function markerFor({ sha, run }) {
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`not a commit sha: ${JSON.stringify(sha)}`)
  if (!Number.isSafeInteger(run) || run < 1) throw new Error(`not a run number: ${run}`)
  return `<!-- ${MARKER_NAME} sha=${sha} run=${run} -->`
}

/** The marker at the very start of a body, or `null`. */
export function parseMarker(body) {
  const match = markerPattern.exec(body ?? '')
  return match ? { sha: match[1], run: Number(match[2]) } : null
}

/**
 * The comment body: the marker, then the report, cut to GitHub's limit with a note when it would
 * not fit (the report keeps itself under budget; this is the last guard, so posting never fails).
 */
export function commentBody(report, marker, fullReportUrl) {
  const head = `${marker}\n`
  const body = `${head}${report}`
  if (body.length <= COMMENT_LIMIT) return body
  const note = `\n\n---\n**Truncated**: the report is longer than a pull request comment can be.${
    fullReportUrl
      ? ` The full report: ${fullReportUrl}`
      : ' The full report is in the workflow artifacts.'
  }\n`
  return `${body.slice(0, COMMENT_LIMIT - note.length)}${note}`
}

/**
 * Create or update the docs-diff comment on `issueNumber`. Only a comment by `bot` that starts
 * with the marker is ours: a user's comment that copies the marker is never touched. A run never
 * overwrites a comment written by a later run. Returns what it did.
 */
export async function upsertStickyComment({
  github,
  owner,
  repo,
  issueNumber,
  report,
  sha,
  run,
  fullReportUrl = null,
  bot = WORKFLOW_BOT,
}) {
  const marker = markerFor({ sha, run })
  const body = commentBody(report, marker, fullReportUrl)
  const comments = await github.paginate(github.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  })
  const ours = comments.filter(
    (comment) =>
      comment.user?.login === bot && comment.user?.type === 'Bot' && parseMarker(comment.body),
  )
  const newest = ours.reduce(
    (latest, comment) =>
      latest === null || parseMarker(comment.body).run > parseMarker(latest.body).run
        ? comment
        : latest,
    null,
  )
  if (newest && parseMarker(newest.body).run > run) {
    return {
      action: 'skipped',
      reason: `run ${parseMarker(newest.body).run} already commented`,
      id: newest.id,
    }
  }
  if (newest) {
    await github.rest.issues.updateComment({ owner, repo, comment_id: newest.id, body })
    return { action: 'updated', id: newest.id }
  }
  const { data } = await github.rest.issues.createComment({
    owner,
    repo,
    issue_number: issueNumber,
    body,
  })
  return { action: 'created', id: data.id }
}

/** What the unprivileged job hands over, checked: nothing in it is trusted. */
export function readHandover(json) {
  const value = JSON.parse(json)
  const issueNumber = Number(value?.pullRequest)
  if (!Number.isSafeInteger(issueNumber) || issueNumber < 1)
    throw new Error(`pull-request.json: pullRequest must be a positive whole number`)
  if (typeof value.headSha !== 'string' || !/^[0-9a-f]{40}$/.test(value.headSha))
    throw new Error(`pull-request.json: headSha must be a 40-hex commit sha`)
  const run = Number(value.runNumber)
  if (!Number.isSafeInteger(run) || run < 1)
    throw new Error(`pull-request.json: runNumber must be a positive whole number`)
  const outcome = value.outcome === 'success' ? 'success' : 'failure'
  return { issueNumber, sha: value.headSha, run, outcome }
}

/** The comment for a run whose analysis wrote no report. */
export function failedReport(logUrl) {
  return `## Docs diff: analysis failed\n\nThe diff step wrote no report. ${
    logUrl ? `See the [workflow log](${logUrl}).` : 'See the workflow log.'
  }\n`
}

/**
 * The comment job's whole work, for a `workflow_run` event: read the handover in `folder`, check
 * that it names a pull request whose head is the commit that run built, and post its report, or
 * "analysis failed" when there is none. Nothing from the artifact is trusted: the pull request
 * number must match the run's commit, and the body is cut to GitHub's limit.
 */
export async function postDocsDiff({ github, context, folder, readFile = defaultReadFile }) {
  const run = context.payload.workflow_run
  const { owner, repo } = context.repo
  const handover = readHandover(await readFile(`${folder}/pull-request.json`))
  if (handover.sha !== run.head_sha)
    throw new Error(`the artifact names commit ${handover.sha}, the run built ${run.head_sha}`)
  const { data: pull } = await github.rest.pulls.get({
    owner,
    repo,
    pull_number: handover.issueNumber,
  })
  if (pull.head.sha !== run.head_sha)
    return {
      action: 'skipped',
      reason: `pull request #${handover.issueNumber} has moved on to ${pull.head.sha}`,
    }
  const report =
    handover.outcome === 'success' ? await readFile(`${folder}/report.md`).catch(() => null) : null
  return upsertStickyComment({
    github,
    owner,
    repo,
    issueNumber: handover.issueNumber,
    report: report ?? failedReport(run.html_url),
    sha: handover.sha,
    run: handover.run,
    fullReportUrl: run.html_url,
  })
}

async function defaultReadFile(file) {
  const { readFile } = await import('node:fs/promises')
  return readFile(file, 'utf8')
}
