/** One problem in one source file. */
export interface SourceIssue {
  file: string
  /** 1-based line, or 0 when the problem is the file as a whole. */
  line: number
  message: string
}

export function formatIssue(issue: SourceIssue): string {
  return issue.line > 0
    ? `${issue.file}:${issue.line}: ${issue.message}`
    : `${issue.file}: ${issue.message}`
}

/** Bad input: every problem found, each with its file and line. */
export class SourceError extends Error {
  readonly issues: SourceIssue[]

  constructor(issues: SourceIssue[]) {
    super(issues.map(formatIssue).join('\n'))
    this.name = 'SourceError'
    this.issues = issues
  }
}

export function sourceError(file: string, line: number, message: string): SourceError {
  return new SourceError([{ file, line, message }])
}
