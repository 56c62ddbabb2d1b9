import type { Dataset } from '@mfa-residency/dataset'
import { extractDataset } from '@mfa-residency/generator'
import type { ParsedDocument } from '@mfa-residency/parser'
import { diffDatasets, type Locate } from './diff-datasets.js'
import { diffDocuments } from './diff-documents.js'
import { formattingChanges } from './formatting-changes.js'
import { type Change, makeReport, type Report, type SourceLines } from './report.js'
import type { Snapshot } from './snapshot.js'
import { staleTranslations } from './translation-drift.js'

interface Side {
  dataset: Dataset
  /** Present when the snapshot is docs: parsed documents and raw texts by locale. */
  docs: Map<string, { document: ParsedDocument; text: string; bytes: Uint8Array }> | null
}

const utf8 = new TextDecoder()

function materialize(snapshot: Snapshot): Side {
  if (snapshot.kind === 'dataset') return { dataset: snapshot.dataset, docs: null }
  const { dataset, documents } = extractDataset(snapshot.manifest, snapshot.files, {
    validate: false,
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
  return { dataset, docs }
}

/** The span of what starts on `line`: a row or item, or with `whole` the table, list or note. */
function spanAt(document: ParsedDocument, line: number, whole: boolean): SourceLines {
  const at = (span: { line: number; endLine: number }) => ({
    file: document.file,
    line: span.line,
    endLine: span.endLine,
  })
  for (const block of document.blocks) {
    if (block.kind === 'table') {
      if (block.line === line) return whole ? at(block) : at({ line, endLine: line })
      const row = block.rows.find((candidate) => candidate.line === line)
      if (row) return at(row)
    } else if (block.kind === 'list') {
      if (whole && block.line === line) return at(block)
      const item = block.items.find((candidate) => candidate.line === line)
      if (item) return at(item)
    } else if (block.kind === 'note' && block.line === line) {
      return at(block)
    }
  }
  return at({ line, endLine: line })
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b))

/**
 * A translation whose file did not change can still read differently once it is aligned with a
 * changed source. That is drift, not a change to the translation.
 */
function realignment(change: Change, unchanged: readonly string[]): Change {
  if (
    change.classification !== 'data' ||
    change.locale === null ||
    !unchanged.includes(change.locale)
  )
    return change
  return {
    ...change,
    classification: 'translation-drift',
    level: 'none',
    summary: `${change.summary} (the ${change.locale} source is unchanged: it reads differently against the new source)`,
  }
}

/**
 * Compare two snapshots. Docs on both sides give the full report: data, metadata, prose, formatting
 * and translation drift, every changed line accounted for. With a dataset on either side, the data
 * and source metadata are compared.
 */
export function compareSnapshots(baseSnapshot: Snapshot, headSnapshot: Snapshot): Report {
  const base = materialize(baseSnapshot)
  const head = materialize(headSnapshot)
  const [sourceLocale, ...targets] = head.dataset.locales
  let changes: Change[]
  let unchanged: string[]

  if (base.docs && head.docs) {
    const sides = { base: base.docs, head: head.docs }
    const locate: Locate = (side, locale, line, whole) => {
      const doc = sides[side].get(locale)
      return doc ? spanAt(doc.document, line, whole) : { file: locale, line, endLine: line }
    }
    changes = diffDatasets(base.dataset, head.dataset, { locate })
    for (const locale of new Set([...base.docs.keys(), ...head.docs.keys()])) {
      if (base.docs.has(locale) && head.docs.has(locale)) continue
      const added = head.docs.has(locale)
      changes.push({
        kind: 'metadata',
        action: added ? 'added' : 'removed',
        classification: 'data',
        level: added ? 'minor' : 'major',
        locale,
        path: `sources/${locale}`,
        entity: null,
        summary: `The ${locale} document is ${added ? 'new' : 'gone'}`,
      })
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
    unchanged = targets.filter((locale) => {
      const before = base.docs?.get(locale)
      const after = head.docs?.get(locale)
      return before && after && same(before.bytes, after.bytes)
    })
  } else {
    changes = diffDatasets(base.dataset, head.dataset, { includeSources: true })
    unchanged = targets.filter(
      (locale) => base.dataset.sources[locale]?.sha256 === head.dataset.sources[locale]?.sha256,
    )
  }

  const sourceChanged =
    base.dataset.sources[sourceLocale]?.sha256 !== head.dataset.sources[sourceLocale]?.sha256
  if (sourceChanged) {
    changes = changes.map((change) => realignment(change, unchanged))
    changes.push(...staleTranslations(changes, sourceLocale, unchanged))
  }
  return makeReport(baseSnapshot.label, headSnapshot.label, changes)
}
