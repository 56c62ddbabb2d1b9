import type { Term, TermLink } from '@mfa-residency/dataset'
import { foldCase, normalizeName } from '@mfa-residency/dataset/terms'
import { comparedName } from './read-vocabulary.js'
import words from './vocabulary-words.json' with { type: 'json' }

interface Name {
  term: Term
  /** Place in the longest-first order, so candidates from several buckets merge back into it. */
  rank: number
  /** As compared: case-folded unless it matches as written. */
  text: string
  asWritten: boolean
  /** Stands for the term only as a whole value. */
  wholeValueOnly: boolean
}

interface Found {
  term: Term
  end: number
}

/** A locale's entry of a `{ en, sv }` object; the vocabulary's locales are data, not types. */
const inLocale = <T>(names: object | undefined, locale: string): T | undefined =>
  (names as Record<string, T | undefined> | undefined)?.[locale]

const wordCharacter = /[\p{L}\p{N}]/u
const separator = /[\s()/,;]/

/** A letter or digit of any script; ASCII is decided without the regular expression. */
function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false
  const code = char.charCodeAt(0)
  if (code >= 0x80) return wordCharacter.test(char)
  const letter = code | 0x20 // ASCII capitals and small letters differ in this one bit
  return (letter >= 0x61 && letter <= 0x7a) || (code >= 0x30 && code <= 0x39)
}

/** Whether the code point that ends at `index` is a letter or digit: `(?<=[\p{L}\p{N}])`. */
export function wordCharBefore(text: string, index: number): boolean {
  const low = text.charCodeAt(index - 1)
  if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) return wordCharacter.test(text.slice(index - 2, index))
  }
  return isWordChar(text[index - 1])
}

/** Whether the code point that starts at `index` is a letter or digit: `(?=[\p{L}\p{N}])`. */
export function wordCharAt(text: string, index: number): boolean {
  const code = text.codePointAt(index)
  if (code === undefined) return false
  return code > 0xffff ? wordCharacter.test(String.fromCodePoint(code)) : isWordChar(text[index])
}

/** The words of one locale that the matcher skips or treats as cues, from vocabulary-words.json. */
export function localeWords(locale: string): { fillers: string[]; exclusionCues: string[] } {
  return (
    (words as Record<string, { fillers: string[]; exclusionCues: string[] }>)[locale] ?? {
      fillers: [],
      exclusionCues: [],
    }
  )
}

/**
 * Finds a locale's terms in text by their names, longest name first, at word boundaries, so that
 * "Windows Server 2016 or 2019 AD FS adapter" wins over "AD FS adapter".
 */
export class TermMatcher {
  /**
   * Names by their first character, as compared (`w` + as written, `f` + case-folded), each list
   * longest first: a position is tried against the names that can start there, not all of them
   * (that scan was most of linking a sentence's mentions). Empty names can start anywhere.
   */
  readonly #startingWith = new Map<string, Name[]>()
  readonly #empty: Name[] = []
  /** `#candidates`, remembered by the pair of characters. */
  readonly #candidatesOf = new Map<string, Name[]>()
  readonly #fillers: string[]

  constructor(terms: readonly Term[], locale: string) {
    const names: Name[] = []
    for (const term of terms) {
      const add = (list: readonly string[] | undefined, wholeValueOnly: boolean) => {
        for (const name of list ?? [])
          names.push({ term, rank: 0, ...comparedName(name), wholeValueOnly })
      }
      const label = inLocale<string>(term.label, locale)
      add(label === undefined ? [] : [label], false)
      add(inLocale<string[]>(term.aliases, locale), false)
      add(inLocale<string[]>(term.valueAliases, locale), true)
    }
    names.sort((a, b) => b.text.length - a.text.length)
    for (const [rank, name] of names.entries()) {
      name.rank = rank
      if (name.text === '') this.#empty.push(name)
      else {
        const key = `${name.asWritten ? 'w' : 'f'}${name.text[0]}`
        const list = this.#startingWith.get(key)
        if (list) list.push(name)
        else this.#startingWith.set(key, [name])
      }
    }
    this.#fillers = localeWords(locale).fillers.map(foldCase)
  }

  /** The longest name that starts at `start` and ends at a word boundary. */
  #nameAt(original: string, folded: string, start: number, whole: boolean): Found | null {
    for (const name of this.#candidates(original[start], folded[start])) {
      if (name.wholeValueOnly && !(whole && start === 0 && name.text.length === folded.length))
        continue
      const text = name.asWritten ? original : folded
      if (!text.startsWith(name.text, start)) continue
      const end = start + name.text.length
      if (isWordChar(text[end]) && isWordChar(text[end - 1])) continue
      return { term: name.term, end }
    }
    return null
  }

  /** The names that can start with `written` as written or `folded` case-folded, longest first. */
  #candidates(written: string | undefined, folded: string | undefined): readonly Name[] {
    const key = `${written}${folded}`
    let names = this.#candidatesOf.get(key)
    if (names === undefined) {
      names = [
        ...(this.#startingWith.get(`w${written}`) ?? []),
        ...(this.#startingWith.get(`f${folded}`) ?? []),
        ...this.#empty,
      ].sort((a, b) => a.rank - b.rank)
      this.#candidatesOf.set(key, names)
    }
    return names
  }

  /**
   * What a whole value names, or `null` when some word of it is no name: the value is read as names
   * joined by spaces, brackets, slashes and the locale's filler words ("in"). A condition qualifies
   * the value; when it names a place and something else, the place is what it is ("MFA backend in
   * United States" is a location, qualified by the component).
   */
  link(value: string): TermLink | null {
    const original = normalizeName(value)
    const folded = foldCase(original)
    const found: Term[] = []
    let at = 0
    while (at < original.length) {
      if (separator.test(original[at] as string)) {
        at += 1
        continue
      }
      const name = this.#nameAt(original, folded, at, true)
      if (name) {
        found.push(name.term)
        at = name.end
        continue
      }
      const filler = this.#fillers.find(
        (word) => folded.startsWith(word, at) && !isWordChar(folded[at + word.length]),
      )
      if (!filler) return null
      at += filler.length
    }
    if (found.length === 0) return null
    const main = found.filter((term) => term.kind !== 'condition')
    const head = main.findLast((term) => term.kind === 'location') ?? main[0] ?? (found[0] as Term)
    const [first, ...rest] = new Set(found.filter((term) => term !== head).map((term) => term.id))
    return first === undefined ? { term: head.id } : { term: head.id, qualifiers: [first, ...rest] }
  }

  /** The terms a sentence names, in order of first mention, each once. */
  mentions(text: string): Term[] {
    const original = normalizeName(text)
    const folded = foldCase(original)
    const found = new Set<Term>()
    let at = 0
    while (at < original.length) {
      if (at > 0 && isWordChar(original[at - 1]) && isWordChar(original[at])) {
        at += 1
        continue
      }
      const name = this.#nameAt(original, folded, at, false)
      if (name) {
        found.add(name.term)
        at = name.end
      } else at += 1
    }
    return [...found]
  }
}
