import type { Change } from '../report.js'
import { spokenChange } from './words.js'

/** `P90D (retention)` → value and role, as reports write quantities. */
const parts = (written: string) => {
  const [, value = written, role] = /^(\S+)(?: \((.+)\))?$/.exec(written) ?? []
  return { value, role }
}

const list = (value: Change['before']) => [value ?? []].flat()

/**
 * What a text states now, in words: `retention: P90D → P60D (90 → 60 days)` when one value took
 * another's place, else what it states more or no longer.
 */
export function quantityFact(change: Change): string {
  const before = list(change.before)
  const after = list(change.after)
  if (before.length === 1 && after.length === 1) {
    const from = parts(before[0]!)
    const to = parts(after[0]!)
    if (from.role === to.role) {
      const spoken = spokenChange(from.value, to.value)
      const lead = from.role ? `${from.role}: ` : ''
      return `${lead}${from.value} → ${to.value}${spoken ? ` (${spoken})` : ''}`
    }
  }
  const gone = before.filter((value) => !after.includes(value))
  const come = after.filter((value) => !before.includes(value))
  return [
    come.length > 0 ? `now states ${come.join(', ')}` : '',
    gone.length > 0 ? `no longer states ${gone.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ')
}
