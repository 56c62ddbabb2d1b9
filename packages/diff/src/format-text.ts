import type { Change, Report, SourceLines, WordEdit } from '@mfa-residency/compare'
import { createColors } from 'picocolors'
import { groupChanges } from './group-changes.js'

export interface TextOptions {
  color: boolean
}

/** The report for a terminal: grouped like the Markdown, coloured when asked to. */
export function formatText(report: Report, { color }: TextOptions): string {
  const c = createColors(color)
  const level = (value: Change['level']) =>
    value === 'major'
      ? c.red(value)
      : value === 'minor'
        ? c.yellow(value)
        : value === 'patch'
          ? c.cyan(value)
          : c.dim(value)
  const where = (lines: SourceLines | undefined) =>
    lines
      ? `${lines.file}:${lines.line}${lines.endLine > lines.line ? `-${lines.endLine}` : ''}`
      : ''
  const words = (edits: readonly WordEdit[]) =>
    edits
      .map((edit) =>
        edit.op === '='
          ? edit.text
          : edit.op === '-'
            ? c.red(`[-${edit.text}-]`)
            : c.green(`{+${edit.text}+}`),
      )
      .join('')
  const show = (value: Change['before']) =>
    Array.isArray(value) ? value.join(' | ') : (value ?? '')

  const lines = [`${c.bold('docs diff')} ${report.base} → ${report.head}`]
  const curate = toCurate(report).map((line) => (line.startsWith(' ') ? line : c.bold(line)))
  if (report.changes.length === 0) return [lines[0], 'no changes', ...curate, ''].join('\n')
  lines.push(
    `${report.changes.length} changes (${report.counts.data} data, ${report.counts.cosmetic} cosmetic, ${report.counts['translation-drift']} translation drift); suggested bump: ${level(report.bump)}`,
  )
  for (const group of groupChanges(report.changes)) {
    lines.push('', c.bold(group.key.includes('/') ? group.key : group.title))
    for (const change of group.changes) {
      const place = [where(change.base), where(change.head)].filter(Boolean).join(' → ')
      lines.push(`  ${level(change.level)} ${change.summary}${place ? c.dim(`  ${place}`) : ''}`)
      if (change.words) lines.push(`      ${words(change.words)}`)
      else if (change.before !== undefined || change.after !== undefined) {
        if (change.before !== undefined && change.before !== null)
          lines.push(c.red(`      - ${show(change.before)}`))
        if (change.after !== undefined && change.after !== null)
          lines.push(c.green(`      + ${show(change.after)}`))
      }
      // Drift: the translation that says what `before` said, and now needs redoing.
      if (change.translation !== undefined)
        lines.push(c.dim(`      ${change.locale}: ${show(change.translation)}`))
    }
  }
  return `${[...lines, ...curate].join('\n')}\n`
}

/** The head's new values that no term names, each where it is: what the vocabulary must learn. */
function toCurate(report: Report): string[] {
  const values = report.toCurate ?? []
  if (values.length === 0) return []
  return [
    '',
    `To curate (${values.length}): no term names these values; add a term or an alias to the vocabulary`,
    ...values.map((value) => {
      const at = value.file ? `${value.file}${value.line ? `:${value.line}` : ''}: ` : ''
      return `  ${at}${value.path} (${value.locale}): "${value.text}"`
    }),
  ]
}
