import { terminalText } from '@mfa-residency/output-safety'
import { formatIssue } from '@mfa-residency/parser'
import { printErrorLine } from '../print.js'
import type { TermIssue } from './link-terms.js'

/**
 * Print what the vocabulary does not name, one line each with file:line, and return how many
 * values map to no term. Writing goes on: the dataset records them as null links.
 */
export function reportTermIssues(
  issues: readonly TermIssue[],
  vocabulary: string | undefined,
): number {
  for (const issue of issues) {
    const label = issue.kind === 'unmapped' ? 'unmapped' : 'translation names another term'
    // The value is document text: shown, never obeyed, by the terminal.
    printErrorLine(terminalText(`${label}: ${formatIssue(issue)}`))
  }
  const unmapped = issues.filter((issue) => issue.kind === 'unmapped').length
  if (unmapped > 0 && vocabulary)
    printErrorLine(`note: ${unmapped} value(s) map to no term; curate ${vocabulary}`)
  return unmapped
}
