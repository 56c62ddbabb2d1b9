/**
 * How names are compared: a name in the article matches a term's label or alias when both read the
 * same after Unicode compatibility folding, with one kind of apostrophe, dash and space, and no
 * trailing punctuation. Case is folded unless the name is written in capitals ("US"), which must
 * match as written so that "us" in a sentence is not the United States.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .replaceAll(/[\u2018\u2019\u02bc]/g, "'")
    .replaceAll(/[\u2010-\u2015\u2212]/g, '-')
    .replaceAll(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]+$/, '')
}

/** Whether a name matches as written: it has letters and every letter is a capital. */
export function matchesAsWritten(name: string): boolean {
  return /\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name)
}

/** Fold case letter by letter, so positions in the folded text are positions in the original. */
export function foldCase(text: string): string {
  // Lowercasing the whole string gives the same, unless a letter's lowercase is longer (İ) or
  // depends on its neighbours (final sigma, Σ): one call instead of a string per letter.
  if (!text.includes('Σ')) {
    const lower = text.toLowerCase()
    if (lower.length === text.length) return lower
  }
  let folded = ''
  for (const char of text) {
    const lower = char.toLowerCase()
    folded += lower.length === char.length ? lower : char
  }
  return folded
}
