// Types of sticky-comment.mjs, for the tests that call it (packages/diff/test/sticky-comment.test.ts).
export const COMMENT_LIMIT: number
export const WORKFLOW_BOT: string
export function markerFor(run: { sha: string; run: number }): string
export function parseMarker(body: string | null | undefined): { sha: string; run: number } | null
export function commentBody(report: string, marker: string, fullReportUrl: string | null): string
export type Upserted =
  | { action: 'created' | 'updated'; id: number }
  | { action: 'skipped'; reason: string; id?: number }
// biome-ignore lint/suspicious/noExplicitAny: the github-script client, mocked in tests
type GitHub = any
export function upsertStickyComment(options: {
  github: GitHub
  owner: string
  repo: string
  issueNumber: number
  report: string
  sha: string
  run: number
  fullReportUrl?: string | null
  bot?: string
}): Promise<Upserted>
export function readHandover(json: string): {
  issueNumber: number
  sha: string
  run: number
  outcome: 'success' | 'failure'
}
export function failedReport(logUrl: string | null | undefined): string
export function postDocsDiff(options: {
  github: GitHub
  context: {
    repo: { owner: string; repo: string }
    payload: { workflow_run: { head_sha: string; html_url: string } }
  }
  folder: string
  readFile?: (file: string) => Promise<string>
}): Promise<Upserted>
