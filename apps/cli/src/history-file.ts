import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Dataset } from '@mfa-residency/dataset'
import type { History } from '@mfa-residency/dataset/history-queries'
import { UsageError } from './context.js'
import type { Messages } from './messages.js'

/*
 * Which history goes with the dataset asked: the bundled one with the bundled dataset, a
 * `--history <file>`, or the `history.json` that `docs:history generate` writes beside a
 * `--dataset` file. A history belongs to a dataset when its last version of each locale is the
 * document the dataset was made from; one that does not would date changes it never saw.
 */

/** The shape the commands read; the packing inside the pool is checked by the unpacking itself. */
function shapeProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'history must be an object'
  const history = value as Record<string, unknown>
  if (history.schemaVersion !== 1) return 'history.schemaVersion must be 1'
  if (!Array.isArray(history.versions)) return 'history.versions must be an array'
  if (!Array.isArray(history.timeline) || history.timeline.length === 0)
    return 'history.timeline must be an array of at least one point'
  if (typeof history.pool !== 'object' || history.pool === null)
    return 'history.pool must be an object'
  for (const [index, point] of (history.timeline as Record<string, unknown>[]).entries()) {
    const at = `history.timeline[${index}]`
    if (typeof point?.key !== 'string' || typeof point.date !== 'string')
      return `${at} must have a key and a date`
    if (!Array.isArray(point.changes)) return `${at}.changes must be an array`
    if (typeof point.snapshot !== 'object' || point.snapshot === null)
      return `${at}.snapshot must be an object`
  }
  return null
}

export function readHistoryFile(file: string, messages: Messages): History {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new UsageError(messages.cannotRead(file, (error as Error).message))
  }
  const problem = shapeProblem(value)
  if (problem !== null) throw new UsageError(messages.history.notAHistory(file, problem))
  return value as History
}

/** The first locale whose last version in the history is not the dataset's document, or null. */
export function mismatchedLocale(history: History, dataset: Dataset): string | null {
  for (const locale of dataset.locales) {
    const last = history.versions.filter((version) => version.locale === locale).at(-1)
    if (last?.sha256 !== dataset.sources[locale as 'en']?.sha256) return locale
  }
  return null
}

/**
 * The history for `--history` and `--dataset`: the file named (a usage error when it is not the
 * dataset's), else the one beside the dataset when it is the dataset's, else none (null); the
 * bundled one (`'bundled'`) with the bundled dataset.
 */
export function historyFor(
  historyFile: string | null,
  datasetFile: string | null,
  dataset: Dataset,
  messages: Messages,
): History | 'bundled' | null {
  if (historyFile !== null) {
    const history = readHistoryFile(historyFile, messages)
    const locale = mismatchedLocale(history, dataset)
    if (locale !== null) throw new UsageError(messages.history.notOfDataset(historyFile, locale))
    return history
  }
  if (datasetFile === null) return 'bundled'
  const beside = path.join(path.dirname(datasetFile), 'history.json')
  if (!existsSync(beside)) return null
  const history = readHistoryFile(beside, messages)
  return mismatchedLocale(history, dataset) === null ? history : null
}
