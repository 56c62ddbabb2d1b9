// The workflow's comment script against a mock of the GitHub REST API that behaves like the real
// one where it matters: bodies over 65,536 characters are rejected, and anyone can write a comment
// that starts with our marker.
import { describe, expect, test } from 'vitest'
import {
  COMMENT_LIMIT,
  markerFor,
  postDocsDiff,
  upsertStickyComment,
} from '../../../scripts/sticky-comment.mjs'

interface Comment {
  id: number
  body: string
  user: { login: string; type: 'User' | 'Bot' }
}

const sha = 'a'.repeat(40)
const later = 'b'.repeat(40)

function mockGitHub(comments: Comment[], pullHead = sha) {
  let nextId = 1000
  const calls: string[] = []
  const limit = (body: string) => {
    if (body.length > 65_536) throw Object.assign(new Error('Body is too long'), { status: 422 })
  }
  const github = {
    paginate: async (method: (options: object) => Promise<{ data: Comment[] }>, options: object) =>
      (await method(options)).data,
    rest: {
      issues: {
        listComments: async () => ({ data: comments.map((comment) => ({ ...comment })) }),
        updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
          limit(body)
          calls.push(`update ${comment_id}`)
          const comment = comments.find((candidate) => candidate.id === comment_id)
          if (!comment) throw Object.assign(new Error('Not Found'), { status: 404 })
          comment.body = body
          return { data: comment }
        },
        createComment: async ({ body }: { body: string }) => {
          limit(body)
          const comment: Comment = {
            id: nextId++,
            body,
            user: { login: 'github-actions[bot]', type: 'Bot' },
          }
          comments.push(comment)
          calls.push(`create ${comment.id}`)
          return { data: comment }
        },
      },
      pulls: { get: async () => ({ data: { head: { sha: pullHead } } }) },
    },
  }
  return { github, calls, comments }
}

const bot = (id: number, body: string): Comment => ({
  id,
  body,
  user: { login: 'github-actions[bot]', type: 'Bot' },
})
const forged = (id: number): Comment => ({
  id,
  body: `${markerFor({ sha, run: 99 })}\nI am not the bot`,
  user: { login: 'octocat', type: 'User' },
})
const base = { owner: 'o', repo: 'r', issueNumber: 7, sha }

describe('upsertStickyComment', () => {
  test("updates the bot's own comment, never a user's comment that forges the marker", async () => {
    const { github, calls, comments } = mockGitHub([
      forged(1),
      bot(2, `${markerFor({ sha, run: 3 })}\nold report`),
      bot(3, 'a bot comment without the marker'),
    ])
    const result = await upsertStickyComment({ github, ...base, run: 4, report: 'new report' })
    expect(result).toEqual({ action: 'updated', id: 2 })
    expect(calls).toEqual(['update 2'])
    expect(comments.find((comment) => comment.id === 1)?.body).toContain('I am not the bot')
    expect(comments.find((comment) => comment.id === 2)?.body).toBe(
      `${markerFor({ sha, run: 4 })}\nnew report`,
    )
  })

  test('creates a comment when only a forged one exists', async () => {
    const { github, calls } = mockGitHub([forged(1)])
    expect(await upsertStickyComment({ github, ...base, run: 1, report: 'r' })).toEqual({
      action: 'created',
      id: 1000,
    })
    expect(calls).toEqual(['create 1000'])
  })

  test('never overwrites a comment written by a later run', async () => {
    const { github, calls } = mockGitHub([bot(2, `${markerFor({ sha: later, run: 9 })}\nnewer`)])
    const result = await upsertStickyComment({ github, ...base, run: 8, report: 'older' })
    expect(result.action).toBe('skipped')
    expect(calls).toEqual([])
  })

  test('a report over the API limit is cut with a note, and the update succeeds', async () => {
    const { github, comments } = mockGitHub([bot(2, `${markerFor({ sha, run: 1 })}\nold`)])
    const report = `# Report\n\n${'x'.repeat(200_000)}`
    const result = await upsertStickyComment({
      github,
      ...base,
      run: 2,
      report,
      fullReportUrl: 'https://github.com/o/r/actions/runs/5',
    })
    expect(result).toEqual({ action: 'updated', id: 2 })
    const body = comments[0]?.body ?? ''
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body).toContain('**Truncated**')
    expect(body).toContain('https://github.com/o/r/actions/runs/5')
  })
})

describe('postDocsDiff: the comment job of the workflow_run stage', () => {
  const files = (handover: object, report: string | null) => async (file: string) => {
    if (file.endsWith('pull-request.json')) return JSON.stringify(handover)
    if (file.endsWith('report.md') && report !== null) return report
    throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' })
  }
  const context = (headSha: string) => ({
    repo: { owner: 'o', repo: 'r' },
    payload: {
      workflow_run: { head_sha: headSha, html_url: 'https://github.com/o/r/actions/runs/5' },
    },
  })
  const handover = { pullRequest: 7, headSha: sha, runNumber: 3, outcome: 'success' }

  test('posts the report of the run, checked against the pull request', async () => {
    const { github, comments } = mockGitHub([forged(1)])
    const result = await postDocsDiff({
      github,
      context: context(sha),
      folder: 'docs-diff',
      readFile: files(handover, '## Docs diff: patch release'),
    })
    expect(result.action).toBe('created')
    expect(comments.at(-1)?.body).toBe(`${markerFor({ sha, run: 3 })}\n## Docs diff: patch release`)
  })

  test('a failed analysis posts "analysis failed", never an empty or stale report', async () => {
    const { github, comments } = mockGitHub([])
    await postDocsDiff({
      github,
      context: context(sha),
      folder: 'docs-diff',
      readFile: files({ ...handover, outcome: 'failure' }, null),
    })
    expect(comments.at(-1)?.body).toContain('## Docs diff: analysis failed')
    expect(comments.at(-1)?.body).toContain('https://github.com/o/r/actions/runs/5')
  })

  test('an artifact that names another commit, or another pull request, is refused', async () => {
    const { github, calls } = mockGitHub([])
    await expect(
      postDocsDiff({
        github,
        context: context(later),
        folder: 'd',
        readFile: files(handover, 'r'),
      }),
    ).rejects.toThrow(/names commit a+, the run built b+/)
    const moved = mockGitHub([], later)
    const result = await postDocsDiff({
      github: moved.github,
      context: context(sha),
      folder: 'd',
      readFile: files(handover, 'r'),
    })
    expect(result.action).toBe('skipped')
    expect([...calls, ...moved.calls]).toEqual([])
  })

  test('a handover that is not what the unprivileged job writes is refused', async () => {
    const { github } = mockGitHub([])
    for (const bad of [
      { ...handover, pullRequest: '7; rm -rf /' },
      { ...handover, headSha: 'HEAD' },
      { ...handover, runNumber: -1 },
    ])
      await expect(
        postDocsDiff({ github, context: context(sha), folder: 'd', readFile: files(bad, 'r') }),
      ).rejects.toThrow(/pull-request\.json/)
  })
})
