/* This file was generated from data/history.schema.json by scripts/generate-types.mjs.
 * DO NOT MODIFY BY HAND: edit the schema and run `pnpm --filter @mfa-residency/dataset types`. */

/**
 * The version's date and its ordinal among that locale's versions of the date: 2021-01-14.2.
 *
 * This interface was referenced by `History`'s JSON-Schema
 * via the `definition` "versionKey".
 */
export type VersionKey = string
/**
 * This interface was referenced by `History`'s JSON-Schema
 * via the `definition` "locale".
 */
export type VersionLocale = string
/**
 * This interface was referenced by `History`'s JSON-Schema
 * via the `definition` "date".
 */
export type IsoDate = string
/**
 * This interface was referenced by `History`'s JSON-Schema
 * via the `definition` "commit".
 */
export type CommitId = string | null
/**
 * This interface was referenced by `History`'s JSON-Schema
 * via the `definition` "sha256".
 */
export type Sha256 = string
/**
 * One change, as [path, kind, level, before, after]: the entity path in today's ids (tables/<id>/rows/<id>/cells/<column>, …; "#<hash>" for a pool entry), added, changed or removed, its SemVer level as the comparison decides it, and its texts.
 *
 * @minItems 5
 * @maxItems 5
 *
 * This interface was referenced by `History`'s JSON-Schema
 * via the `definition` "ledgerChange".
 */
export type LedgerChange = [
  string,
  'added' | 'changed' | 'removed',
  'major' | 'minor' | 'patch' | 'none',
  ChangeValue,
  ChangeValue
]
/**
 * A change's text: a string, a list of strings (a cell's values) or null; a string "#<hash>" stands for the pool entry <hash>.
 *
 * This interface was referenced by `History`'s JSON-Schema
 * via the `definition` "text".
 */
export type ChangeValue = string | string[] | null

/**
 * The article through time: every upstream version of each locale, the datasets they make (packed: shared entity objects once, source lines apart) with today's ids, and what changed from each version to the next.
 */
export interface History {
  schemaVersion: 1
  /**
   * Every version of every locale, in timeline order.
   */
  versions: VersionRef[]
  /**
   * One point per version, oldest first: the versions in force once it appeared, its dataset and the changes it made.
   */
  timeline: TimelinePoint[]
  /**
   * The packed datasets' parts by hash (see unpackSnapshot): strings, and JSON in which "#<hash>" stands for another entry, {"$from", "$set"} for an object told as another with some fields replaced, {"$from", "$items"} for an array told as another, and "source": 0 for the next source span.
   */
  pool: {
    [k: string]: unknown
  }
}
/**
 * This interface was referenced by `History`'s JSON-Schema
 * via the `definition` "versionRef".
 */
export interface VersionRef {
  key: VersionKey
  locale: VersionLocale
  date: IsoDate
  /**
   * Where the date comes from: the document's ms.date, its commit's date, its ms.lasthandoff, or the day it entered docs-source.
   */
  dateSource: 'ms.date' | 'commit-date' | 'lasthandoff' | 'entered-docs-source'
  /**
   * The upstream repository (owner/name), when known.
   */
  repository: string | null
  /**
   * The file's path in that repository, when known.
   */
  path: string | null
  commit: CommitId
  /**
   * commit: the commit is known; presumed: the repository or path is presumed; unknown: neither a commit nor a presumption.
   */
  provenance: 'commit' | 'presumed' | 'unknown'
  sha256: Sha256
}
/**
 * This interface was referenced by `History`'s JSON-Schema
 * via the `definition` "point".
 */
export interface TimelinePoint {
  key: VersionKey
  locale: VersionLocale
  date: IsoDate
  commit: CommitId
  /**
   * The version of each locale the dataset is made from. Before a locale's first version its first version stands in: the dataset has the shape of today's.
   */
  inForce: {
    [k: string]: VersionKey
  }
  /**
   * For each translation, the version of the source locale it is read through: the one in force when the translation appeared, so that what the source changed since shows as stale.
   */
  bases: {
    [k: string]: VersionKey
  }
  snapshot: Snapshot
  /**
   * What this version changed against the point before it (none for the first), entity by entity, as the comparison reports it; a translation falling behind is in the datasets' translation gaps instead.
   */
  changes: LedgerChange[]
}
/**
 * A packed dataset: the pool entry of its skeleton, and per locale the pool entry of its source spans.
 *
 * This interface was referenced by `History`'s JSON-Schema
 * via the `definition` "snapshot".
 */
export interface Snapshot {
  root: string
  spans: {
    [k: string]: string
  }
}
