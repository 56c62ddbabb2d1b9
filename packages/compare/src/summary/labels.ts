import type { EntityPath } from '@mfa-residency/dataset/paths'
import type { Change } from '../report.js'
import type { Names } from './names.js'
import { ownerOf } from './places.js'

/** How a field of an entity reads in a report. */
const fieldNames: Record<string, string> = {
  section: 'section',
  rows: 'row order',
  columns: 'column order',
  appliesTo: 'applies to',
  excludes: 'excludes',
  ordered: 'numbering',
  items: 'item order',
  text: 'text',
  kind: 'kind',
  level: 'level',
  quantities: 'durations and dates',
  mentions: 'mentions',
  links: 'links',
  marks: 'footnote marks',
  footnote: 'footnote',
}

const acted = (change: Change) =>
  change.action === 'added' || change.action === 'removed' ? ` ${change.action}` : ''

/**
 * What a row in its entity's section calls the place: the entity itself goes by its kind (the
 * section's heading names it); a heading, paragraph or item that came or went by its kind too
 * (its text is beside the label); a part of a table or a list by its name.
 */
function nameInSection(owner: EntityPath, ownerPath: string, whole: boolean, names: Names): string {
  if (whole && (owner.collection === 'headings' || owner.collection === 'paragraphs'))
    return owner.collection === 'headings' ? 'heading' : 'paragraph'
  if (whole && owner.item) return 'item'
  if (owner.collection === 'tables' && !owner.column && !owner.row) return 'table'
  if (owner.collection === 'lists' && !owner.item) return 'list'
  if (owner.collection === 'notes') return 'note'
  return names.place(ownerPath)
}

/**
 * A short name for the place a change touches, for the row that shows it: `Voice call · Data
 * store type`, `item removed`, `heading “Next steps”`, `location/china · code`. A translation's
 * change says its locale; a translation gap names its entity in full, table scope and all.
 */
export function labelOf(change: Change, names: Names): string {
  const locale =
    change.locale && change.locale !== names.source && change.classification === 'data'
      ? ` (${change.locale})`
      : ''
  if (change.kind === 'term' || change.path.startsWith('terms/')) {
    const id = change.entity ?? change.path.slice('terms/'.length)
    const field = change.path.slice(`terms/${id}`.length + 1)
    return field ? `${id} · ${field.replace('/', ' ')}` : `${id}${acted(change)}`
  }
  if (change.kind === 'formatting') {
    const lines = change.head ?? change.base
    const where = lines ? `lines ${lines.line}–${lines.endLine}` : change.path
    return `${change.locale ?? ''} ${where}`.trim()
  }
  const metadata = /^metadata\/([^/]+)\/(.+)$/.exec(change.path)
  if (metadata) return `${metadata[2]} (${metadata[1]})`
  if (/^sources\/[^/]+$/.test(change.path))
    return `${change.path.slice(8)} document${acted(change)}`
  const place = ownerOf(change.path)
  if (!place) return change.summary
  const { owner, field, ownerPath } = place
  const whole = field === '' ? acted(change) : ''
  const inSection = change.classification === 'data'
  const name = inSection
    ? nameInSection(owner, ownerPath, whole !== '', names)
    : names.placeAlone(ownerPath)
  const renamed = change.action === 'renamed' ? ' · id' : ''
  const what = field === '' ? '' : ` · ${fieldNames[field] ?? field.replaceAll('/', ' ')}`
  const label = `${name}${whole}${renamed}${what}${locale}`
  // A field of the section's own entity goes by the field alone: `section`, `row order`.
  return inSection && /^(table|list|note) · /.test(label)
    ? label.slice(label.indexOf(' · ') + 3)
    : label
}
