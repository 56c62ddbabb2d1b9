/** A text cut to about `max` characters at a word boundary, on one line: for names and facts. */
export function brief(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line.length <= max) return line
  const cut = line.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`
}

/** A text as a quoted name: `“Next steps”`. */
export const quoted = (text: string, max = 60) => `“${brief(text, max)}”`

/** `A, B, C and 4 more`: at most `max` names. */
export function someOf(names: readonly string[], max = Number.POSITIVE_INFINITY): string {
  if (names.length <= max) return names.join(', ')
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`
}

/** Names that repeat once each, with how often they came: `Blocked users (×4)`. */
export function counted(names: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1)
  return [...counts].map(([name, count]) => (count > 1 ? `${name} (×${count})` : name))
}

const units: Record<string, [string, string]> = {
  Y: ['year', 'years'],
  M: ['month', 'months'],
  W: ['week', 'weeks'],
  D: ['day', 'days'],
  H: ['hour', 'hours'],
  m: ['minute', 'minutes'],
  S: ['second', 'seconds'],
}

/** An ISO 8601 duration of one unit as people say it (`P90D` → 90 days), or `null`. */
export function spokenDuration(value: string): { amount: number; unit: string } | null {
  const match = /^P(?:(\d+)([YMWD])|T(\d+)([HMS]))$/.exec(value)
  if (!match) return null
  const amount = Number(match[1] ?? match[3])
  const letter = match[2] ?? (match[4] === 'M' ? 'm' : match[4]!)
  const [one, many] = units[letter]!
  return { amount, unit: amount === 1 ? one : many }
}

/** `90 → 60 days`, `1 year → 6 months`, or `null` when either is no duration. */
export function spokenChange(before: string, after: string): string | null {
  const from = spokenDuration(before)
  const to = spokenDuration(after)
  if (!from || !to) return null
  const sameUnit = from.unit.replace(/s$/, '') === to.unit.replace(/s$/, '')
  return sameUnit
    ? `${from.amount} → ${to.amount} ${to.unit}`
    : `${from.amount} ${from.unit} → ${to.amount} ${to.unit}`
}
