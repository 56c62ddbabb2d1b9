import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { diffDatasets } from '@mfa-residency/compare'
import type { Dataset } from '@mfa-residency/dataset'
import type {
  ChangeValue,
  History,
  LedgerChange,
  Snapshot,
  TimelinePoint,
  VersionRef,
} from '@mfa-residency/dataset/history-queries'
import { extractDataset, type SourceFile, type Vocabulary } from '@mfa-residency/generator'
import type { Manifest } from '@mfa-residency/repository'
import { layoutJson } from './layout-json.js'
import { SnapshotPacker } from './pack-snapshots.js'
import { manifestDoc } from './recorded-versions.js'
import { type TimelinePointPlan, timelinePoints } from './timeline-points.js'
import { rawAddress } from './upstream-of.js'
import type { VersionRecord } from './version-record.js'

export interface LedgerInput {
  manifest: Manifest
  /** Each locale's versions, oldest first, the last the current document; source locale first. */
  versions: ReadonlyMap<string, readonly VersionRecord[]>
  /** The bytes of each version, by sha256. */
  bytes: ReadonlyMap<string, Uint8Array>
  /** Today's dataset, generated from the current documents: the memory ids are kept from. */
  dataset: Dataset
  vocabulary: Vocabulary | null
}

function sourceFile(
  manifest: Manifest,
  locale: string,
  version: VersionRecord,
  bytes: Uint8Array,
): SourceFile {
  const doc = manifestDoc(manifest, locale)
  const upstreamUrl =
    version.repository && version.path
      ? rawAddress(version.repository, version.path, version.commit)
      : null
  return {
    doc: {
      locale,
      format: version.format,
      path: version.file,
      pageUrl: doc.pageUrl,
      ...(upstreamUrl ? { upstreamUrl } : {}),
    },
    bytes,
  }
}

/** The dataset of one point: its versions, aligned as they stand, ids kept from `memory`. */
function pointDataset(input: LedgerInput, point: TimelinePointPlan, memory: Dataset): Dataset {
  const files = [...point.inForce].map(([locale, version]) => {
    const bytes = input.bytes.get(version.sha256)
    if (!bytes)
      throw new Error(`${version.file}: the bytes of ${locale} ${version.key} are missing`)
    return sourceFile(input.manifest, locale, version, bytes)
  })
  const translationBases = new Map(
    [...point.bases].map(([locale, version]) => {
      const bytes = input.bytes.get(version.sha256)!
      return [locale, sourceFile(input.manifest, input.manifest.sourceLocale, version, bytes)]
    }),
  )
  const { dataset } = extractDataset(input.manifest, files, {
    memory,
    translationBases,
    vocabulary: input.vocabulary,
  })
  for (const [locale, version] of point.inForce) {
    const described = dataset.sources[locale as 'en']
    if (described && version.repository && version.path)
      described.upstream = {
        repository: version.repository,
        path: version.path,
        commit: version.commit,
      }
  }
  return dataset
}

/**
 * The changes from one point to the next, entity by entity. A translation falling behind is not
 * an entity's change: the datasets' translation gaps say it, version by version.
 */
function ledgerChanges(before: Dataset, after: Dataset, packer: SnapshotPacker): LedgerChange[] {
  const changes = diffDatasets(before, after).filter(
    (change) => change.classification !== 'translation-drift',
  )
  return changes.map((change) => [
    packer.packValue(change.path) as string,
    change.action === 'added' || change.action === 'removed' ? change.action : 'changed',
    change.level,
    packer.packValue(change.before ?? null) as ChangeValue,
    packer.packValue(change.after ?? null) as ChangeValue,
  ])
}

function versionRef(locale: string, version: VersionRecord): VersionRef {
  const { key, date, dateSource, repository, path: file, commit, provenance, sha256 } = version
  return { key, locale, date, dateSource, repository, path: file, commit, provenance, sha256 }
}

/**
 * The history: a dataset for every point of the timeline, made newest first so that each takes
 * its ids from the one after it (today's dataset last), the changes between neighbours as the
 * comparison reports them, all packed into one pool.
 */
export function buildLedger(input: LedgerInput): History {
  const plans = timelinePoints(input.versions)
  const datasets: Dataset[] = new Array(plans.length)
  datasets[plans.length - 1] = input.dataset
  for (let index = plans.length - 2; index >= 0; index--)
    datasets[index] = pointDataset(input, plans[index]!, datasets[index + 1]!)
  const packer = new SnapshotPacker()
  // Newest first: each dataset is packed against the one after it, as its ids were made.
  const snapshots = new Array<Snapshot>(plans.length)
  for (let index = plans.length - 1; index >= 0; index--)
    snapshots[index] = packer.pack(datasets[index]!, datasets[index + 1] ?? null)
  const timeline: TimelinePoint[] = plans.map((plan, index) => ({
    key: plan.version.key,
    locale: plan.locale,
    date: plan.version.date,
    commit: plan.version.commit,
    inForce: Object.fromEntries(
      [...plan.inForce].map(([locale, version]) => [locale, version.key]),
    ),
    bases: Object.fromEntries([...plan.bases].map(([locale, version]) => [locale, version.key])),
    snapshot: snapshots[index]!,
    changes: index === 0 ? [] : ledgerChanges(datasets[index - 1]!, datasets[index]!, packer),
  }))
  return {
    schemaVersion: 1,
    versions: plans.map((plan) => versionRef(plan.locale, plan.version)),
    timeline,
    pool: Object.fromEntries(Object.entries(packer.pool).sort(([a], [b]) => (a < b ? -1 : 1))),
  }
}

/**
 * Two-space JSON down to each version, timeline change and pool entry, each of those on one line:
 * a fraction of the size, and a new version still shows as new lines.
 */
export function serializeHistory(history: History): string {
  return layoutJson(history, (key, depth) => {
    if (depth === 2 && key === 'timeline') return false
    if (depth === 3 && key === 'changes') return false
    return depth >= 2
  })
}

export async function readBytes(
  root: string,
  versions: Iterable<VersionRecord>,
): Promise<Map<string, Uint8Array>> {
  const bytes = new Map<string, Uint8Array>()
  for (const version of versions) {
    const content = await readFile(path.join(root, version.file)).catch(
      (error: NodeJS.ErrnoException) => {
        throw new Error(`${version.file}: cannot read ${version.key} (${error.code})`)
      },
    )
    bytes.set(version.sha256, content)
  }
  return bytes
}
