import path from 'node:path'
import {
  MANIFEST_PATH,
  type Manifest,
  type ManifestDoc,
  resolveInside,
} from '@mfa-residency/repository'
import { PullError, quote, rejected, shortUrl } from './pull-error.js'
import { describeUpstreams, refuseUpstream, type UpstreamPolicy } from './upstream-policy.js'

const DOCS_FOLDER = 'docs-source'

/** A document to pull, once the manifest entry is known to fetch and write only where it may. */
export interface Target {
  doc: ManifestDoc
  url: URL
  /** Where it is stored now, and where it will be (a Learn page is kept as `.html`): absolute. */
  file: string
  newFile: string
  newPath: string
}

/** Markdown stays markdown; a Learn page arrives as HTML and is kept as HTML (`learn-html`). */
export const pulledFormat = (doc: ManifestDoc): ManifestDoc['format'] =>
  doc.format === 'gfm' ? 'gfm' : 'learn-html'

async function inside(root: string, relative: string, entry: string): Promise<string> {
  const resolved = await resolveInside(path.join(root, DOCS_FOLDER), relative, root)
  if (resolved.path !== undefined) return resolved.path
  throw rejected(`${MANIFEST_PATH}: ${entry} ${quote(relative)}`, {
    expected: `a path inside ${DOCS_FOLDER}/`,
    got: resolved.problem,
  })
}

function upstream(doc: ManifestDoc, entry: string, policy: UpstreamPolicy): URL {
  let url: URL
  try {
    url = new URL(doc.upstreamUrl)
  } catch {
    throw new PullError(
      `${MANIFEST_PATH}: ${entry} ${quote(doc.upstreamUrl)}: expected ${describeUpstreams(policy)}, got something that is not a URL`,
    )
  }
  const refused = refuseUpstream(url, policy)
  if (refused)
    throw rejected(`${MANIFEST_PATH}: ${entry} ${shortUrl(url)}`, {
      expected: describeUpstreams(policy),
      got: refused,
    })
  return url
}

/**
 * Check the manifest before anything is fetched: every path it names (the vocabulary's too, which
 * pull does not write but others read) stays inside docs-source/, and each wanted document's
 * upstream is on the allowlist. The manifest is input: it cannot widen either.
 */
export async function resolveTargets(
  root: string,
  manifest: Manifest,
  wanted: readonly string[],
  policy: UpstreamPolicy,
): Promise<Target[]> {
  if (manifest.vocabulary !== undefined) await inside(root, manifest.vocabulary, 'vocabulary')
  const targets: Target[] = []
  for (const [index, doc] of manifest.docs.entries()) {
    const entry = `docs[${index}] (${quote(doc.locale)})`
    const file = await inside(root, doc.path, `${entry}.path`)
    if (!wanted.includes(doc.locale)) continue
    const newPath = doc.format === 'gfm' ? doc.path : doc.path.replace(/\.[^./]+$/, '.html')
    const newFile = await inside(root, newPath, `${entry}.path, as .html,`)
    targets.push({
      doc,
      url: upstream(doc, `${entry}.upstreamUrl`, policy),
      file,
      newFile,
      newPath,
    })
  }
  return targets
}
