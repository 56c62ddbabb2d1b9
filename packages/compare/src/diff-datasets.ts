import type { Dataset } from '@mfa-residency/dataset'
import type { Change } from './report.js'
import { createContext, type FileOf, type Side } from './rules/context.js'
import { diffFootnotes } from './rules/footnotes.js'
import { diffLinks } from './rules/links.js'
import { diffLists } from './rules/lists.js'
import { diffNotes, diffProse } from './rules/prose.js'
import { diffSources, diffUnchangedSources } from './rules/sources.js'
import { diffTables } from './rules/tables.js'
import { diffTerms } from './rules/terms.js'
import { diffTranslationGaps } from './rules/translation-gaps.js'

export type { FileOf, Side }

export interface DiffDatasetsOptions {
  /** The file a locale's lines refer to; defaults to the path in the dataset's `sources`. */
  fileOf?: FileOf
  /** Report source metadata and hashes (on when comparing datasets without their docs). */
  includeSources?: boolean
}

/**
 * Every data change between two datasets, rule by rule: tables (scope, columns, rows, cells and
 * what their values name), lists and items, notes, prose (headings, paragraphs), the durations,
 * dates and terms their texts state, link targets and footnote marks, the vocabulary's terms,
 * translation gaps, and with `includeSources` the sources' metadata.
 */
export function diffDatasets(
  base: Dataset,
  head: Dataset,
  options: DiffDatasetsOptions = {},
): Change[] {
  const fileOf: FileOf =
    options.fileOf ??
    ((side, locale) => (side === 'base' ? base : head).sources[locale as 'en']?.path ?? locale)
  const { context, changes } = createContext(base, head, fileOf)
  diffTables(context)
  diffLists(context)
  diffNotes(context)
  diffProse(context)
  diffLinks(context)
  diffFootnotes(context)
  diffTerms(context)
  diffTranslationGaps(context)
  if (options.includeSources) {
    diffSources(context)
    diffUnchangedSources(context, [...changes])
  }
  return changes
}
