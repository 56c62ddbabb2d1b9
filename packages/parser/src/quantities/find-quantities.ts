import quantityWords from './quantity-words.json' with { type: 'json' }

/*
 * Retention periods and deadlines are the facts in these articles that change between revisions
 * and must agree across translations. Reading them into ISO 8601 lets "retained for 90 days" and
 * "behålls i 90 dagar" compare equal without translating anything. One mechanism serves every
 * locale: the words are data in `quantity-words.json`, so a new locale is a JSON entry, not code.
 */

export interface Quantity {
  /** 'duration' or 'date' */
  type: 'duration' | 'date'
  /** ISO 8601: a duration such as 'P90D', 'P2W', 'P6M', 'P1Y'; a date 'YYYY-MM-DD', or 'YYYY-MM' when the text names only a month */
  value: string
  /** the words of the text it was read from, exactly as in the text, e.g. '90 days', '90 dagar', 'September 30, 2024', '30 september 2024' */
  text: string
  /** what a cue word before it says the duration is: 'retention' for "retained for 90 days", "stored for 30 days", "behålls i 90 dagar", "lagras i 30 dagar"; absent otherwise */
  role?: 'retention'
}

type Role = NonNullable<Quantity['role']>

interface LocaleWords {
  /** Number word → value. */
  numbers: Record<string, number>
  /** Unit word in every form → ISO 8601 designator (D, W, M, Y). */
  units: Record<string, string>
  /** Month names, January first. */
  months: string[]
  /** Phrases that, right before a duration, say what it is. */
  cues: Partial<Record<Role, string[]>>
}

interface Matcher {
  /** Every case of the words (`i`): for any text. */
  pattern: RegExp
  /** The lowercase words alone, for text lowercased first; `null` when a word is not Latin-1. */
  lowercasePattern: RegExp | null
  /** The first word of every unit: a text with no digit holds a quantity only after one. */
  unitStarts: string[]
  numbers: Map<string, number>
  units: Map<string, string>
  months: Map<string, number>
  roles: Map<string, Role>
}

const wordsByLocale: Record<string, LocaleWords> = quantityWords
const matchers = new Map<string, Matcher>()

// Not inside a word or a decimal number; letters and digits of any script count as word. The
// start is checked apart from each locale's pattern, at every match: the same assertion, compiled
// once instead of into each pattern, whose compiling its letter classes made twice as slow. No
// `i` flag is needed: these classes hold every case of what they hold.
const insideWord = /(?<=[\p{L}\p{M}\p{N}_]|\p{N}[.,])/uy
const after = String.raw`(?![\p{L}\p{M}\p{N}_]|[.,]\p{N})`

// Latin-1 but the micro sign, and general punctuation (dashes, quotes, spaces: no case): here
// lowercasing is exactly the folding that the `i` flag compares by (µ folds to Greek mu). Such
// text, lowercased, is matched without `i`, whose letter classes cost V8 a case closure to
// compile; other text takes the `i` pattern.
const foldsByLowercase = /^[\0-\xb4\xb6-\xff\u2000-\u206f]*$/

/** Every duration and date in `text`, in text order. A locale without word data gives []. */
export function findQuantities(text: string, locale: string): Quantity[] {
  const matcher = matcherFor(locale)
  if (!matcher) return []
  if (matcher.lowercasePattern && foldsByLowercase.test(text)) {
    const lowered = text.toLowerCase()
    // Most texts have no quantity: every date has digits, and every duration a unit word.
    if (!/\d/.test(lowered) && !matcher.unitStarts.some((start) => lowered.includes(start)))
      return []
    return readAll(text, lowered, matcher.lowercasePattern, matcher)
  }
  return readAll(text, text, matcher.pattern, matcher)
}

/** findQuantities through the `i` pattern on every text: what the lowercase path must equal. */
export function findQuantitiesIgnoringCase(text: string, locale: string): Quantity[] {
  const matcher = matcherFor(locale)
  return matcher ? readAll(text, text, matcher.pattern, matcher) : []
}

/** The quantities of `pattern`'s matches in `searched`, a same-length form of `text`. */
function readAll(text: string, searched: string, pattern: RegExp, matcher: Matcher): Quantity[] {
  const found: Quantity[] = []
  for (const match of wordStartMatches(searched, pattern)) {
    const quantity = read(match, text.slice(match.index, match.index + match[0].length), matcher)
    if (quantity) found.push(quantity)
  }
  return found
}

/** The matches of a global `pattern` in `text` that do not start inside a word, in text order. */
export function* wordStartMatches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    insideWord.lastIndex = match.index
    if (!insideWord.test(text)) yield match
    // Where the pattern would have gone on: the next code point.
    else pattern.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1)
  }
}

/** A locale's pattern, without the word-start check that findQuantities makes at each match. */
export function quantityPattern(locale: string): RegExp | undefined {
  return matcherFor(locale)?.pattern
}

function matcherFor(locale: string): Matcher | undefined {
  // `en-GB` falls back to `en`; own keys only, so `constructor` is no locale.
  const key = [locale, locale.split('-')[0]!.toLowerCase()].find((k) =>
    Object.hasOwn(wordsByLocale, k),
  )
  if (key === undefined) return undefined
  let matcher = matchers.get(key)
  if (!matcher) {
    matcher = compile(wordsByLocale[key]!)
    matchers.set(key, matcher)
  }
  return matcher
}

function compile(words: LocaleWords): Matcher {
  const roles = new Map<string, Role>()
  for (const [role, cues] of Object.entries(words.cues) as [Role, string[]][])
    for (const cue of cues) roles.set(normalize(cue), role)
  const numbers = new Map(Object.entries(words.numbers).map(([w, n]) => [normalize(w), n]))
  const units = new Map(Object.entries(words.units).map(([w, d]) => [normalize(w), d]))
  const months = new Map(words.months.map((name, index) => [normalize(name), index + 1]))
  const month = alternation([...months.keys()])
  const unit = alternation([...units.keys()])
  const number = alternation([String.raw`\d{1,6}`, ...[...numbers.keys()].map(wordPattern)], false)
  const cue = roles.size > 0 ? String.raw`(?<cue>${alternation([...roles.keys()])}\s+)?` : ''
  const alternatives = [
    String.raw`(?<isoY>\d{4})-(?<isoM>\d{2})-(?<isoD>\d{2})`,
    month && String.raw`(?<mdyM>${month})\s+(?<mdyD>\d{1,2}),?\s+(?<mdyY>\d{4})`,
    month && String.raw`(?<dmyD>\d{1,2})\.?\s+(?<dmyM>${month})\s+(?<dmyY>\d{4})`,
    month && String.raw`(?<myM>${month})\s+(?<myY>\d{4})`,
    unit && String.raw`${cue}(?<count>${number})(?:\s+|-)(?<unit>${unit})`,
  ].filter(Boolean)
  const source = `(?:${alternatives.join('|')})${after}`
  const keys = [...roles.keys(), ...numbers.keys(), ...units.keys(), ...months.keys()]
  return {
    pattern: new RegExp(source, 'giu'),
    lowercasePattern: keys.every((key) => foldsByLowercase.test(key))
      ? compiledOnce(new RegExp(source, 'gu'))
      : null,
    unitStarts: [...units.keys()].map((unit) => unit.split(' ')[0]!),
    numbers,
    units,
    months,
    roles,
  }
}

/**
 * `pattern`, compiled to machine code now. V8 runs a new pattern in its interpreter first and
 * compiles it again, to machine code, on the next run, unless the first subject is long (1,000
 * code units): then it compiles once. It compiles apart for strings of one and two bytes a
 * character; texts are slices of their document, and one dash or curly quote anywhere in it
 * makes them all two-byte, so that is the kind compiled here. This pattern is large and runs
 * over nearly every text: compiling it twice cost a one-article run several milliseconds.
 */
function compiledOnce(pattern: RegExp): RegExp {
  pattern.exec(`${' '.repeat(999)}\u2014`)
  pattern.lastIndex = 0
  return pattern
}

/** The quantity of one match; `whole` is its text as written (the match may be lowercased). */
function read(match: RegExpExecArray, whole: string, matcher: Matcher): Quantity | undefined {
  const g = match.groups ?? {}
  if (g.isoY && g.isoM && g.isoD) return date(whole, g.isoY, Number(g.isoM), g.isoD)
  const monthName = g.mdyM ?? g.dmyM ?? g.myM
  if (monthName) {
    const month = matcher.months.get(normalize(monthName))
    const year = g.mdyY ?? g.dmyY ?? g.myY
    return month && year ? date(whole, year, month, g.mdyD ?? g.dmyD) : undefined
  }
  if (!g.count || !g.unit) return undefined
  const count = /^\d/.test(g.count) ? Number(g.count) : matcher.numbers.get(normalize(g.count))
  const designator = matcher.units.get(normalize(g.unit))
  if (count === undefined || designator === undefined) return undefined
  const role = g.cue ? matcher.roles.get(normalize(g.cue)) : undefined
  const text = g.cue ? whole.slice(g.cue.length) : whole
  return { type: 'duration', value: `P${count}${designator}`, text, ...(role ? { role } : {}) }
}

function date(text: string, year: string, month: number, day?: string): Quantity | undefined {
  if (month < 1 || month > 12) return undefined
  const yearMonth = `${year}-${String(month).padStart(2, '0')}`
  if (day === undefined) return { type: 'date', value: yearMonth, text }
  const d = Number(day)
  if (d < 1 || d > daysInMonth(Number(year), month)) return undefined
  return { type: 'date', value: `${yearMonth}-${String(d).padStart(2, '0')}`, text }
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

function normalize(words: string): string {
  return words.trim().replace(/\s+/g, ' ').toLowerCase()
}

/** Longest first, so "dagarna" is tried before "dagar"; inner spaces match any whitespace. */
function alternation(words: string[], quote = true): string {
  if (words.length === 0) return ''
  const sorted = [...words].sort((a, b) => b.length - a.length)
  return `(?:${sorted.map((word) => (quote ? wordPattern(word) : word)).join('|')})`
}

function wordPattern(words: string): string {
  return words
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`))
    .join(String.raw`\s+`)
}
