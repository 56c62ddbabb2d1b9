import type { Dataset } from '@mfa-residency/dataset'
import { createColors } from 'picocolors'

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
  out: (text: string) => void
  err: (text: string) => void
}

export class UsageError extends Error {
  override name = 'UsageError'
}

const langs: readonly string[] = ['en', 'sv', 'both']

/** `--lang` wins; otherwise a Swedish `LANG` (`sv_SE.UTF-8`) means Swedish; otherwise English. */
export function resolveLang(option: unknown, env: NodeJS.ProcessEnv): Lang {
  if (option !== undefined) {
    if (typeof option !== 'string' || !langs.includes(option)) {
      throw new UsageError(`--lang must be en, sv or both, not "${String(option)}"`)
    }
    return option as Lang
  }
  return /^sv([_.-]|$)/i.test(env.LC_ALL || env.LANG || '') ? 'sv' : 'en'
}

export function terminalWidth(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): number {
  const width = stream.isTTY ? stream.columns : Number(env.COLUMNS)
  return Number.isFinite(width) && width >= 40 ? width : 100
}

export { createColors }
