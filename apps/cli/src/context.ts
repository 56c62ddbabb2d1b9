import type { Dataset } from '@mfa-residency/dataset'
import { createColors } from 'picocolors'
import type { HistoryView, PointInfo } from './history-view.js'
import { environmentLocale, type Messages } from './messages.js'
import type { LocalSources } from './provenance.js'

export type Lang = 'en' | 'sv' | 'both'
export type Colors = ReturnType<typeof createColors>

/** What every command needs: the data, the language, the output mode, colours and the width. */
export interface Context {
  /** The bundled dataset or `--dataset <file>`; for text output, with control characters made visible. */
  dataset: Dataset
  /** The `--dataset` file, or null for the bundled dataset. */
  datasetFile: string | null
  lang: Lang
  json: boolean
  /** stdout is a terminal: even the data formats (CSV) then show control characters, not send them. */
  terminal: boolean
  colors: Colors
  width: number
  /** The CLI's own words, in the language asked for (English for `--lang both` unless the environment is Swedish). */
  messages: Messages
  /** Which source files exist in the checkout the CLI runs in: only those are named by path. */
  localSources: LocalSources
  /** The history that goes with the dataset, read when first asked; null when it has none. */
  history: () => Promise<HistoryView | null>
  /** `--as-of`: the day asked and the version it picks; null for today's dataset. */
  asOf: { date: string; point: PointInfo } | null
  out: (text: string) => void
  err: (text: string) => void
}

/** The point the answer comes from: the one `--as-of` picks, else the last. */
export const shownPoint = (ctx: Context, view: HistoryView) => ctx.asOf?.point.index ?? view.last

export class UsageError extends Error {
  override name = 'UsageError'
}

const langs: readonly string[] = ['en', 'sv', 'both']

/** `--lang` wins; otherwise a Swedish LC_ALL, LC_MESSAGES or LANG (`sv_SE.UTF-8`) means Swedish. */
export function resolveLang(option: unknown, env: NodeJS.ProcessEnv, messages: Messages): Lang {
  if (option !== undefined) {
    if (typeof option !== 'string' || !langs.includes(option)) {
      throw new UsageError(messages.badLang(String(option)))
    }
    return option as Lang
  }
  return environmentLocale(env)
}

export function terminalWidth(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): number {
  const width = stream.isTTY ? stream.columns : Number(env.COLUMNS)
  return Number.isFinite(width) && width >= 40 ? width : 100
}

export { createColors }
