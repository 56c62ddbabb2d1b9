import { existsSync } from 'node:fs'
import path from 'node:path'
import {
  type Dataset,
  type LocalizedPosition,
  type SourcePosition,
  sourceLinks,
} from '@mfa-residency/dataset'
import { findRepositoryRoot } from '@mfa-residency/repository'
import type { Messages } from './messages.js'

/*
 * Where a reader checks a value: the Learn page and the upstream file (the dataset's
 * `sourceLinks`), which work from anywhere. The checkout's own file (`docs-source/en/…md:122`) is
 * named only where it exists, so an installed CLI never points at a path its user does not have.
 */

type Locale = 'en' | 'sv'

/** Which locales' source files exist in the repository the working directory is in. */
export type LocalSources = Record<Locale, boolean>

export function localSourcesFrom(dataset: Dataset, cwd: string): LocalSources {
  const root = findRepositoryRoot(cwd)
  const exists = (locale: Locale) =>
    root !== null && existsSync(path.join(root, dataset.sources[locale].path))
  return { en: exists('en'), sv: exists('sv') }
}

interface Where {
  dataset: Dataset
  localSources: LocalSources
  messages: Messages
}

/** One locale's source for `--json`: lines, links, and the checkout's file where there is one. */
export function localeSourceJson(locale: Locale, position: SourcePosition | null, where: Where) {
  if (position === null) return null
  const links = sourceLinks(where.dataset, locale, position)
  const file = `${where.dataset.sources[locale].path}:${position.line}`
  return {
    line: position.line,
    endLine: position.endLine,
    ...links,
    ...(where.localSources[locale] ? { file } : {}),
  }
}

/** Both locales' sources for `--json`; `sv` is null where the Swedish has no counterpart. */
export function sourceJson(position: LocalizedPosition, where: Where) {
  return {
    en: localeSourceJson('en', position.en, where),
    sv: localeSourceJson('sv', position.sv, where),
  }
}

/**
 * A source for people: the upstream file at the line when the commit is known, else the Learn
 * page; then the checkout's `path:line` where it exists. A dataset with neither link (a
 * `--dataset` file without them) gives the line alone outside a checkout.
 */
export function sourceText(locale: Locale, position: SourcePosition, where: Where): string {
  const links = sourceLinks(where.dataset, locale, position)
  const url = (links.pinned ? links.upstream : null) ?? links.page ?? links.upstream
  const file = where.localSources[locale]
    ? `${where.dataset.sources[locale].path}:${position.line}`
    : null
  if (url === null) return file ?? where.messages.line(position.line)
  return file === null ? url : `${url} (${file})`
}
