import {
  type Change,
  diffDatasets,
  type FileOf,
  localeChange,
  makeReport,
  type Report,
  type UnmappedValue,
} from '@mfa-residency/compare'
import type { Dataset, Locale } from '@mfa-residency/dataset'
import { extractDataset, type TermIssue } from '@mfa-residency/generator'
import type { ParsedDocument } from '@mfa-residency/parser'
import { diffDocuments } from './diff-documents.js'
import { formattingChanges } from './formatting-changes.js'
import type { Snapshot } from './snapshot.js'
import { newlyUnmapped, unmappedValues } from './to-curate.js'

interface Side {
  dataset: Dataset
  /** Present when the snapshot is docs: parsed documents and raw texts by locale. */
  docs: Map<string, { document: ParsedDocument; text: string; bytes: Uint8Array }> | null
  /** What linking reported, when the snapshot is docs; empty without a vocabulary. */
  termIssues: TermIssue[]
  /** The values no term names, or `null` when nothing was linked (no vocabulary, no terms). */
  unmapped: UnmappedValue[] | null
}

const utf8 = new TextDecoder()

/**
 * A docs snapshot extracted as `pnpm generate` would: with `memory`, the dataset it continues, so
 * ids stay stable and an unchanged translation is aligned through the English it translates.
 */
function materialize(snapshot: Snapshot, memory: Dataset | null): Side {
  if (snapshot.kind === 'dataset') {
    const { dataset } = snapshot
    const unmapped = dataset.terms.length > 0 ? unmappedValues(dataset, null) : null
    return { dataset, docs: null, termIssues: [], unmapped }
  }
  const { dataset, documents, termIssues } = extractDataset(snapshot.manifest, snapshot.files, {
    validate: false,
    memory,
    vocabulary: snapshot.vocabulary,
  })
  const docs = new Map(
    snapshot.files.map((file) => [
      file.doc.locale,
      {
        document: documents.get(file.doc.locale)!,
        text: utf8.decode(file.bytes),
        bytes: file.bytes,
      },
    ]),
  )
  // A file given in place of a locale's document (`en=<file>`) stands for that document: the
  // dataset keeps the manifest's path, and only the lines in the report name the file.
  for (const doc of snapshot.manifest.docs) {
    const source = dataset.sources[doc.locale as Locale]
    if (source && source.path !== doc.path) source.path = doc.path
  }
  const unmapped = snapshot.vocabulary ? unmappedValues(dataset, termIssues) : null
  return { dataset, docs, termIssues, unmapped }
}

/**
 * Compare two snapshots; the head continues the base. Docs on both sides give the full report:
 * data, prose, metadata, formatting and translation drift, every changed line accounted for. With a
 * dataset on either side, the data and source metadata are compared.
 */
export function compareSnapshots(baseSnapshot: Snapshot, headSnapshot: Snapshot): Report {
  return compareSnapshotSides(baseSnapshot, headSnapshot).report
}

/**
 * The report, and the head's dataset as `pnpm generate` would write it and what linking it
 * reported (for `--check`).
 */
export function compareSnapshotSides(
  baseSnapshot: Snapshot,
  headSnapshot: Snapshot,
): { report: Report; head: Dataset; termIssues: TermIssue[] } {
  const base = materialize(baseSnapshot, null)
  const head = materialize(headSnapshot, base.dataset)
  return {
    report: reportOf(baseSnapshot, headSnapshot, base, head),
    head: head.dataset,
    termIssues: head.termIssues,
  }
}

function reportOf(baseSnapshot: Snapshot, headSnapshot: Snapshot, base: Side, head: Side): Report {
  let changes: Change[]

  if (base.docs && head.docs) {
    const sides = { base: base.docs, head: head.docs }
    const fileOf: FileOf = (side, locale) => sides[side].get(locale)?.document.file ?? locale
    changes = diffDatasets(base.dataset, head.dataset, { fileOf })
    for (const locale of new Set([...base.docs.keys(), ...head.docs.keys()])) {
      if (base.docs.has(locale) && head.docs.has(locale)) continue
      changes.push(localeChange(locale, head.docs.has(locale) ? 'added' : 'removed', 'document'))
    }
    for (const [locale, after] of head.docs) {
      const before = base.docs.get(locale)
      if (before) changes.push(...diffDocuments(before.document, after.document, locale))
    }
    for (const [locale, after] of head.docs) {
      const before = base.docs.get(locale)
      if (!before) continue
      const mine = changes.filter((change) => change.locale === locale)
      changes.push(
        ...formattingChanges(
          { file: before.document.file, text: before.text },
          { file: after.document.file, text: after.text },
          locale,
          mine,
        ),
      )
    }
  } else {
    // Lines of a side that is docs are lines of its files, which may stand in for the manifest's.
    const fileOf: FileOf = (side, locale) =>
      (side === 'base' ? base : head).docs?.get(locale)?.document.file ??
      (side === 'base' ? base : head).dataset.sources[locale as Locale]?.path ??
      locale
    changes = diffDatasets(base.dataset, head.dataset, { includeSources: true, fileOf })
  }
  const toCurate =
    head.unmapped === null ? undefined : newlyUnmapped(base.unmapped ?? [], head.unmapped)
  return makeReport(baseSnapshot.label, headSnapshot.label, changes, {
    ...(toCurate === undefined ? {} : { toCurate }),
    datasets: { base: base.dataset, head: head.dataset },
  })
}
