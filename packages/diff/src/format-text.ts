import type { Change, EntityContents, Report, SourceLines, WordEdit } from '@mfa-residency/compare'
import { terminalTextCopy } from '@mfa-residency/output-safety'
import { createColors } from 'picocolors'
import { entityParts, summaryLines, translationLine } from './summary-text.js'

export interface TextOptions {
  color: boolean
}

type Colors = ReturnType<typeof createColors>

const where = (lines: SourceLines | undefined) =>
  lines ? `${lines.file}:${lines.line}${lines.endLine > lines.line ? `-${lines.endLine}` : ''}` : ''

const show = (value: Change['before']) => (Array.isArray(value) ? value.join(' | ') : (value ?? ''))

const blankOnly = (change: Change) =>
  change.kind === 'formatting' &&
  [change.before ?? [], change.after ?? []].flat().every((line) => line.trim() === '')

const same = (change: Change) =>
  change.words
    ? change.words.every((edit) => edit.op === '=')
    : JSON.stringify(change.before ?? null) === JSON.stringify(change.after ?? null)

/** The lines of one change: its level and sentence, then before and after, or its contents. */
function changeLines(change: Change, contents: EntityContents | undefined, c: Colors): string[] {
  const level = (value: Change['level']) =>
    value === 'major'
      ? c.red(value)
      : value === 'minor'
        ? c.yellow(value)
        : value === 'patch'
          ? c.cyan(value)
          : c.dim(value)
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
  const place = [where(change.base), where(change.head)].filter(Boolean).join(' → ')
  const lines = [`  ${level(change.level)} ${change.summary}${place ? c.dim(`  ${place}`) : ''}`]
  const mark = change.action === 'removed' ? c.red : c.green
  if (contents) {
    // Cell by cell, by column: what came or went.
    for (const row of contents.rows) {
      const cells =
        contents.columns.length === 1
          ? (row[0] ?? []).join('; ')
          : row
              .map((values, index) => `${contents.columns[index]}: ${values.join('; ')}`)
              .join(' · ')
      lines.push(mark(`      ${cells}`))
    }
  } else if (change.words) lines.push(`      ${words(change.words)}`)
  else if (!same(change)) {
    if (change.before !== undefined && change.before !== null)
      lines.push(c.red(`      - ${show(change.before)}`))
    if (change.after !== undefined && change.after !== null)
      lines.push(c.green(`      + ${show(change.after)}`))
  }
  // Drift: the translation that says what `before` said, and now needs redoing.
  if (change.translation !== undefined)
    lines.push(c.dim(`      ${change.locale}: ${show(change.translation)}`))
  return lines
}

/** The second and third layers: a group per entity, then drift and cosmetic changes. */
function groups(report: Report, c: Colors): string[] {
  const contents = new Map(report.summary.contents.map((entry) => [entry.change, entry]))
  const lines = (indexes: readonly number[]) =>
    indexes.flatMap((index) => changeLines(report.changes[index]!, contents.get(index), c))
  const out: string[] = []
  if (report.summary.entities.length > 0) out.push('', c.bold('Changes by entity'))
  for (const entity of report.summary.entities) {
    const { kind, name } = entityParts(entity)
    const path = entity.path.includes('/') ? c.dim(`  ${entity.path}`) : ''
    out.push(
      '',
      `${c.bold(name === null ? kind : `${kind} “${name}”`)}${path}`,
      ...lines(entity.changes),
    )
  }
  const indexed = report.changes.map((change, index) => ({ change, index }))
  const drift = indexed.filter(({ change }) => change.classification === 'translation-drift')
  const cosmetic = indexed.filter(({ change }) => change.classification === 'cosmetic')
  const blank = cosmetic.filter(({ change }) => blankOnly(change)).length
  if (drift.length + cosmetic.length > 0) out.push('', c.bold('Details'))
  if (drift.length > 0) {
    const status = report.summary.translations.map(translationLine).join('; ')
    out.push(
      '',
      c.bold(`Translation drift (${drift.length}; ${status})`),
      ...lines(drift.map(({ index }) => index)),
    )
  }
  if (cosmetic.length > 0) {
    out.push('', c.bold(`Cosmetic (${cosmetic.length})`))
    out.push(
      ...lines(cosmetic.filter(({ change }) => !blankOnly(change)).map(({ index }) => index)),
    )
    if (blank > 0)
      out.push(
        c.dim(
          `  ${blank} blank-line-only ${blank === 1 ? 'hunk' : 'hunks'} next to other changes, not listed`,
        ),
      )
  }
  return out
}

/**
 * The report for a terminal, in the Markdown's three layers, coloured when asked to. Every string
 * of the report (values, names, paths, source lines) comes from documents or dataset files, so the
 * whole report goes through `terminalTextCopy` first, before any colour is added: an ESC or BEL of
 * a document reaches the terminal as the visible `\u{1b}`, and only picocolors' own codes stay.
 */
export function formatText(unsafe: Report, { color }: TextOptions): string {
  const report = terminalTextCopy(unsafe)
  const c = createColors(color)
  const lines = [`${c.bold('docs diff')} ${report.base} → ${report.head}`]
  const curate = toCurate(report).map((line) => (line.startsWith(' ') ? line : c.bold(line)))
  if (report.changes.length === 0) return [lines[0], 'no changes', ...curate, ''].join('\n')
  const { counts } = report
  lines.push(
    `${report.changes.length} changes (${counts.data} data, ${counts.cosmetic} cosmetic, ${counts['translation-drift']} translation drift); suggested bump: ${report.bump}`,
    '',
    c.bold('Summary'),
    ...summaryLines(report).map((line) => `  ${line}`),
    ...groups(report, c),
  )
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
