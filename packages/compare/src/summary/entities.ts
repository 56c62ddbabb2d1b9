import type { Change, SummaryEntity } from '../report.js'
import { maxLevel } from '../report.js'
import type { Fact } from './fact.js'
import { factOf, sayFacts } from './facts.js'
import type { Names } from './names.js'
import { type Group, groupOf, groupRank } from './places.js'
import { isWholeEntity } from './text-facts.js'

const groupNames: Record<string, string> = {
  prose: 'Prose',
  terms: 'Vocabulary',
  metadata: 'Metadata',
}

function nameOf(group: Group, names: Names): string {
  const [, id = ''] = group.path.split('/')
  if (group.kind === 'table') return names.tableName(id)
  if (group.kind === 'list') return names.listName(id)
  if (group.kind === 'note') return names.noteName(id)
  return groupNames[group.path] ?? group.path
}

/**
 * The data changes by the entity they belong to, each entity with its name, its level and its
 * facts in words. Every data change belongs to exactly one.
 */
export function entitiesOf(
  changes: readonly Change[],
  names: Names,
  labels: readonly string[],
): SummaryEntity[] {
  const groups = new Map<string, { group: Group; indexes: number[]; facts: Fact[] }>()
  changes.forEach((change, index) => {
    if (change.classification !== 'data') return
    const group = groupOf(change)
    const entry = groups.get(group.path) ?? { group, indexes: [], facts: [] }
    entry.indexes.push(index)
    entry.facts.push(factOf(change, names, labels[index]!))
    groups.set(group.path, entry)
  })
  return [...groups.values()]
    .sort((a, b) => groupRank(a.group.kind) - groupRank(b.group.kind))
    .map(({ group, indexes, facts }) => {
      const whole = indexes
        .map((index) => changes[index]!)
        .find(
          (change) =>
            change.path === group.path &&
            isWholeEntity(change.path) &&
            (change.action === 'added' || change.action === 'removed'),
        )
      return {
        path: group.path,
        kind: group.kind,
        name: nameOf(group, names),
        ...(whole ? { action: whole.action as 'added' | 'removed' } : {}),
        level: maxLevel(indexes.map((index) => changes[index]!.level)),
        facts: sayFacts(facts, 3).filter((fact) => fact !== ''),
        changes: indexes,
      }
    })
}
